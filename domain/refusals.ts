// Why the API refuses a field: a stable reason key, sent as `params.reason` beside the English message, that the client
// says in the user's language (errors:reasons.<key>). Schemas and the server take the words of every refusal they word
// themselves from REFUSAL_MESSAGES, so the reason of a zod issue is found from its message with no second copy of it.
import { LIMITS } from './limits.ts';

/** The English words of each refusal, by reason; the server prefixes the field (`title: is required`). */
export const REFUSAL_MESSAGES = {
  // Schemas (domain/schemas.ts, domain/requests.ts)
  not_empty: 'must not be empty',
  id_characters: 'may hold only letters, digits, "-" and "_"',
  lone_surrogate: 'contains a lone surrogate (malformed Unicode)',
  language_tag: 'must be a language tag such as "ar", "en" or "fr"',
  date_format: 'must be a date as YYYY-MM-DD',
  http_url: 'must be an http(s) URL',
  normalized_text: 'must be normalised (NFC, \\n line ends, no trailing whitespace)',
  username_characters: 'may hold only lowercase letters, digits, ".", "_" and "-"',
  binary_text: 'looks like a binary file, not text',
  text_or_html: 'give either text or html',
  required: 'is required',
  range_together: 'start, end and exact must be changed together',
  password_too_short: `must be at least ${LIMITS.passwordMin} characters`,
  return_needs_comment: 'say why the claim is sent back',
  withdraw_needs_reason: 'say why the approval is withdrawn',
  control_character: 'contains a control character',
  single_line: 'must be one line (no line break or tab)',
  bidi_control: 'contains an invisible bidi control character',
  query_integer: 'must be a whole number in decimal digits',
  dates_in_order: 'must not be before the start date',
  country_code: 'must be a two-letter country code such as "AM"',
  // Anchoring a claim in its article's text (domain/anchoring.ts)
  anchor_empty: 'must be greater than start (the range may not be empty)',
  anchor_split_pair: 'splits a surrogate pair',
  anchor_mismatch: 'does not equal the article text at [start, end)',
  // The server's own checks
  unknown_field: 'is not a known field',
  forbidden_key: 'is not an allowed key',
  too_deep: `nests arrays and objects more than ${LIMITS.jsonDepth} levels deep`,
  no_article_text: 'holds no article text',
  title_required: 'is required (the page has no title either)',
} as const;

export type WordedRefusal = keyof typeof REFUSAL_MESSAGES;

/**
 * Every reason: the worded ones, those whose words name a value and are written where they are made (the text
 * length, the id asked for), and `generic` for a schema message that has no reason of its own.
 */
export type RefusalReason = WordedRefusal | 'anchor_out_of_range' | 'unknown_source' | 'unknown_verdict' | 'generic';

const BY_MESSAGE = new Map<string, WordedRefusal>(
  Object.entries(REFUSAL_MESSAGES).map(([reason, message]) => [message, reason as WordedRefusal]),
);

/** The reason whose words `message` is, if any. */
export function refusalReason(message: string): WordedRefusal | undefined {
  return BY_MESSAGE.get(message);
}
