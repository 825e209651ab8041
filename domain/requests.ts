// Request bodies and query strings of the HTTP API, validated by the server and typed for the client.
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { REFUSAL_MESSAGES as REFUSED } from './refusals.ts';
import { looksBinary, normalizeText } from './text.ts';
import { CountryCodeSchema, SourceKindSchema } from './source-directory.ts';
import {
  DirectionSchema,
  HttpUrlSchema,
  IdSchema,
  IsoDateSchema,
  LanguageSchema,
  ReviewStateSchema,
  RoleSchema,
  SuggestionSchema,
  SuggestionThresholdSchema,
  UsernameSchema,
  VerdictSchema,
  UiLanguageSchema,
  multiLine,
  singleLine,
  userText,
} from './schemas.ts';

/** A one-line field that must hold more than spaces. */
const requiredLine = (max: number) => singleLine(max).refine((s) => s.trim().length > 0, REFUSED.not_empty);

/**
 * A whole number in a query string, in decimal digits only: no sign, exponent, hex, fraction or spaces, which
 * `Number()` would otherwise read (`0x10` → 16, `1e2` → 100; issue 13, finding 16).
 */
export const queryInteger = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]+$/, REFUSED.query_integer)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** One text per language tag, each a line with more than spaces. */
const localizedLines = (max: number) => z.record(LanguageSchema, requiredLine(max).transform((s) => s.trim()));

/** A person of a source as an editor sends it: `id` absent for a new one, names in at least one language. */
export const SourcePersonBodySchema = z
  .strictObject({
    id: IdSchema.optional(),
    names: localizedLines(LIMITS.sourceName).refine((names) => Object.keys(names).length > 0, REFUSED.not_empty),
    aliases: z.array(requiredLine(LIMITS.alias)).max(LIMITS.sourceAliases).optional(),
    roles: localizedLines(LIMITS.rolePhrase).optional(),
    from: IsoDateSchema.nullable().optional(),
    to: IsoDateSchema.nullable().optional(),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: REFUSED.dates_in_order, path: ['to'] });
export type SourcePersonBody = z.infer<typeof SourcePersonBodySchema>;

/** An institution under a source as an editor sends it. */
export const SourceInstitutionBodySchema = z.strictObject({
  id: IdSchema.optional(),
  names: localizedLines(LIMITS.sourceName).refine((names) => Object.keys(names).length > 0, REFUSED.not_empty),
  aliases: z.array(requiredLine(LIMITS.alias)).max(LIMITS.sourceAliases).optional(),
});
export type SourceInstitutionBody = z.infer<typeof SourceInstitutionBodySchema>;

/** A source as an editor sends it; every field but `name` may be left out (older clients send only the first five). */
export const CreateSourceBodySchema = z.strictObject({
  name: requiredLine(LIMITS.sourceName).transform((s) => s.trim()),
  /** null clears it (on an update). */
  kind: SourceKindSchema.nullable().optional(),
  country: CountryCodeSchema.nullable().optional(),
  names: z.record(LanguageSchema, requiredLine(LIMITS.sourceName)).optional(),
  aliases: z.array(requiredLine(LIMITS.alias)).max(LIMITS.sourceAliases).optional(),
  sameAs: HttpUrlSchema.nullable().optional(),
  people: z.array(SourcePersonBodySchema).max(LIMITS.sourcePeople).optional(),
  institutions: z.array(SourceInstitutionBodySchema).max(LIMITS.sourceInstitutions).optional(),
});
export type CreateSourceBody = z.infer<typeof CreateSourceBodySchema>;

export const UpdateSourceBodySchema = CreateSourceBodySchema.partial();
export type UpdateSourceBody = z.infer<typeof UpdateSourceBodySchema>;

/** DELETE /api/sources/:id?moveClaimsTo=…: where the claims of a source in use go. */
export const DeleteSourceQuerySchema = z.strictObject({ moveClaimsTo: IdSchema.optional() });
export type DeleteSourceQuery = z.infer<typeof DeleteSourceQuerySchema>;

/** POST /api/sources/:id/merge: the source that takes this one's claims, aliases, people and institutions. */
export const MergeSourceBodySchema = z.strictObject({ into: IdSchema });
export type MergeSourceBody = z.infer<typeof MergeSourceBodySchema>;

/** Article text as stored: well-formed, printable, normalised (NFC, `\n` line ends, no trailing whitespace), not empty. */
export const ArticleTextSchema = userText(LIMITS.articleText)
  .refine((s) => !looksBinary(s), REFUSED.binary_text)
  .transform(normalizeText)
  .refine((s) => s.length > 0, REFUSED.not_empty);

const articleMetaFields = {
  title: requiredLine(LIMITS.title).transform((s) => s.trim()),
  outlet: singleLine(LIMITS.outlet).transform((s) => s.trim()),
  url: HttpUrlSchema.nullable(),
  language: LanguageSchema,
  direction: DirectionSchema,
  publishedAt: IsoDateSchema.nullable(),
};

/**
 * A new article: `text`, or `html` to be reduced to its article text. The title may be left out with `html`
 * (the page's own title is used), and language and direction may be left out (detected from the text).
 */
const articleIntakeFields = z.strictObject({
  text: z.string().max(LIMITS.articleText).optional(),
  html: z.string().max(LIMITS.html).optional(),
  title: articleMetaFields.title.optional(),
  outlet: articleMetaFields.outlet.default(''),
  url: articleMetaFields.url.default(null),
  language: articleMetaFields.language.optional(),
  direction: articleMetaFields.direction.optional(),
  publishedAt: articleMetaFields.publishedAt.default(null),
});

const textOrHtml = (body: { text?: string; html?: string }, ctx: z.RefinementCtx) => {
  if ((body.text === undefined) === (body.html === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['text'], message: REFUSED.text_or_html });
  }
};

/**
 * A new article: `text`, or `html` to be reduced to its article text. The title may be left out with `html`
 * (the page's own title is used), and language and direction may be left out (detected from the text).
 */
export const CreateArticleBodySchema = articleIntakeFields.superRefine((body, ctx) => {
  textOrHtml(body, ctx);
  if (body.text !== undefined && body.html === undefined && body.title === undefined) {
    ctx.addIssue({ code: 'custom', path: ['title'], message: REFUSED.required });
  }
});
export type CreateArticleBody = z.input<typeof CreateArticleBodySchema>;

/** What intake shows before saving: the same fields as a new article, with the title optional. */
export const PreviewArticleBodySchema = articleIntakeFields.superRefine(textOrHtml);

/** Metadata can change at any time; the text only while the article has no claims. */
export const UpdateArticleBodySchema = z.strictObject({
  text: z.string().max(LIMITS.articleText).optional(),
  title: articleMetaFields.title.optional(),
  outlet: articleMetaFields.outlet.optional(),
  url: articleMetaFields.url.optional(),
  language: articleMetaFields.language.optional(),
  direction: articleMetaFields.direction.optional(),
  publishedAt: articleMetaFields.publishedAt.optional(),
});
export type UpdateArticleBody = z.input<typeof UpdateArticleBodySchema>;

/** An evidence link as sent: its title is one line, its note may run over several. */
export const EvidenceBodySchema = z.object({
  url: HttpUrlSchema,
  title: singleLine(LIMITS.evidenceTitle).optional(),
  note: multiLine(LIMITS.evidenceNote).optional(),
});

const rangeFields = {
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1).max(LIMITS.articleText),
};

export const CreateClaimBodySchema = z.strictObject({
  ...rangeFields,
  sourceId: IdSchema,
  verdict: VerdictSchema.default('unreviewed'),
  note: multiLine(LIMITS.note).default(''),
  evidence: z.array(EvidenceBodySchema).max(LIMITS.evidenceItems).default([]),
});
export type CreateClaimBody = z.input<typeof CreateClaimBodySchema>;

export const UpdateClaimBodySchema = z
  .strictObject({
    version: z.number().int().positive(),
    start: rangeFields.start.optional(),
    end: rangeFields.end.optional(),
    exact: rangeFields.exact.optional(),
    sourceId: IdSchema.optional(),
    verdict: VerdictSchema.optional(),
    note: multiLine(LIMITS.note).optional(),
    evidence: z.array(EvidenceBodySchema).max(LIMITS.evidenceItems).optional(),
  })
  .superRefine((body, ctx) => {
    const given = (['start', 'end', 'exact'] as const).filter((k) => body[k] !== undefined);
    if (given.length > 0 && given.length < 3) {
      const missing = (['start', 'end', 'exact'] as const).find((k) => body[k] === undefined)!;
      ctx.addIssue({ code: 'custom', path: [missing], message: REFUSED.range_together });
    }
  });
export type UpdateClaimBody = z.input<typeof UpdateClaimBodySchema>;

export const CLAIM_SORTS = ['-updatedAt', 'updatedAt', '-createdAt', 'createdAt', 'source', 'article', 'verdict', 'returnedFirst'] as const;

/** Filters of `GET /api/claims` (and of the review queue and reports): all optional, combined with AND. */
export const ClaimsQuerySchema = z.strictObject({
  verdict: VerdictSchema.optional(),
  sourceId: IdSchema.optional(),
  articleId: IdSchema.optional(),
  review: ReviewStateSchema.optional(),
  /** The fact-checker: claims this user made. `me` stands for the caller. */
  userId: z.union([IdSchema, z.literal('me')]).optional(),
  /** First and last day (inclusive) of the claim's last change. */
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  sort: z.enum(CLAIM_SORTS).optional(),
  /**
   * Words to find in the claim's quote or note, tolerant of spelling (domain/search-normalize.ts): Arabic tashkeel,
   * tatweel, alef and hamza forms, ta marbuta, alef maqsura; accents and case. Blank matches every claim.
   */
  q: singleLine(LIMITS.searchQuery).optional(),
});
export type ClaimsQuery = z.infer<typeof ClaimsQuerySchema>;

/** One page of the claims a filter matches, in its order: `offset` claims skipped, at most `limit` given. */
export const ClaimsPageQuerySchema = ClaimsQuerySchema.extend({
  offset: queryInteger(0, LIMITS.claimsOffsetMax).optional(),
  limit: queryInteger(1, LIMITS.claimsPageMax).optional(),
});

export const IdParamsSchema = z.object({ id: IdSchema });

export const UpdateSettingsBodySchema = z.strictObject({
  newsroomName: requiredLine(LIMITS.title).transform((s) => s.trim()).optional(),
  newsroomUrl: HttpUrlSchema.nullable().optional(),
  newsroomNames: z.partialRecord(UiLanguageSchema, requiredLine(LIMITS.title).transform((s) => s.trim())).optional(),
  publicBaseUrl: HttpUrlSchema.transform((u) => u.replace(/\/+$/, '')).nullable().optional(),
  logoUrl: HttpUrlSchema.nullable().optional(),
  defaultReportLanguage: UiLanguageSchema.optional(),
  suggestionThreshold: SuggestionThresholdSchema.optional(),
});
export type UpdateSettingsBody = z.input<typeof UpdateSettingsBodySchema>;

/** POST /api/articles/:id/publication: publish (or republish) the article's approved claims. */
export const PublishBodySchema = z.strictObject({
  /** Required when a verdict changed since the last version: shown dated on the page (issue 15, item 4). */
  correction: multiLine(LIMITS.note).transform((s) => s.trim()).optional(),
});
export type PublishBody = z.input<typeof PublishBodySchema>;

/** POST /api/articles/:id/publication/withdrawal: take the public page down, saying why. */
export const WithdrawBodySchema = z.strictObject({
  reason: multiLine(LIMITS.note).refine((s) => s.trim().length > 0, REFUSED.not_empty).transform((s) => s.trim()),
});
export type WithdrawBody = z.input<typeof WithdrawBodySchema>;

const passwordField = z
  .string()
  .min(LIMITS.passwordMin, REFUSED.password_too_short)
  .max(LIMITS.passwordMax);
const displayNameField = requiredLine(LIMITS.displayName).transform((s) => s.trim());

/** The first editor, created on a store with no account. */
export const SetupBodySchema = z.strictObject({
  username: UsernameSchema,
  displayName: displayNameField,
  password: passwordField,
});
export type SetupBody = z.input<typeof SetupBodySchema>;

export const LoginBodySchema = z.strictObject({
  username: singleLine(LIMITS.username, 1),
  password: z.string().min(1).max(LIMITS.passwordMax),
});
export type LoginBody = z.input<typeof LoginBodySchema>;

export const CreateUserBodySchema = SetupBodySchema.extend({ role: RoleSchema });
export type CreateUserBody = z.input<typeof CreateUserBodySchema>;

/** Editors change people: name, role, a new password, disabled or not. Anyone changes their own locale. */
export const UpdateUserBodySchema = z.strictObject({
  displayName: displayNameField.optional(),
  role: RoleSchema.optional(),
  password: passwordField.optional(),
  disabled: z.boolean().optional(),
  locale: UiLanguageSchema.nullable().optional(),
});
export type UpdateUserBody = z.input<typeof UpdateUserBodySchema>;

export const REVIEW_DECISIONS = ['approve', 'return'] as const;
export const ReviewBodySchema = z
  .strictObject({
    decision: z.enum(REVIEW_DECISIONS),
    comment: multiLine(LIMITS.reviewComment).default(''),
    /** The version of the claim the editor looked at. */
    version: z.number().int().positive(),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'return' && body.comment.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: REFUSED.return_needs_comment });
    }
  });
export type ReviewBody = z.input<typeof ReviewBodySchema>;

/** An editor takes back an approval: the claim goes back to pending review, with the reason kept as the comment. */
export const WithdrawApprovalBodySchema = z.strictObject({
  reason: multiLine(LIMITS.reviewComment).refine((s) => s.trim() !== '', REFUSED.withdraw_needs_reason),
  /** The version of the claim the editor looked at. */
  version: z.number().int().positive(),
});
export type WithdrawApprovalBody = z.input<typeof WithdrawApprovalBodySchema>;

// The formats are listed once, in domain/reports/formats.ts; re-exported here where the request schemas use them.
import { REPORT_FORMATS } from './reports/formats.ts';
export { PUBLICATION_FORMATS, REPORT_FORMATS, type ReportFormat } from './reports/formats.ts';

/** `GET /api/reports`: a format and a scope, either one article (`articleId`) or any filter of the claims queue. */
export const ReportQuerySchema = ClaimsQuerySchema.extend({
  format: z.enum(REPORT_FORMATS),
  /** `only`: claims an editor approved; `all`: every claim in scope. Default: `only` for publication formats. */
  approved: z.enum(['only', 'all']).optional(),
  /** Language of the report's template (headings, labels, dates), independent of the articles' language; default English. */
  lang: UiLanguageSchema.optional(),
  /** One part of a scope too large for one file (LIMITS.reportPartClaims claims each), counted from 1; decimal digits only. */
  part: z.string().regex(/^[1-9][0-9]{0,5}$/).transform(Number).optional(),
  /** `preview`: the export screen's preview, which counts only against the server's limit of reports built at once. */
  purpose: z.enum(['download', 'preview']).optional(),
});
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

/**
 * Suggestions to accept: each becomes a claim, attributed to the source given (the suggested one, or the user's pick).
 * A suggestion may come back as it was proposed: its speaker, score and cue (issue 17) are allowed and ignored.
 */
const { speaker, score, cue } = SuggestionSchema.shape;
export const AcceptSuggestionsBodySchema = z.strictObject({
  suggestions: z
    .array(z.strictObject({ key: z.string().min(1).max(100), start: rangeFields.start, end: rangeFields.end, exact: rangeFields.exact, sourceId: IdSchema, speaker, score, cue }))
    .min(1)
    .max(LIMITS.suggestionBatch),
});
export type AcceptSuggestionsBody = z.input<typeof AcceptSuggestionsBodySchema>;

export const RejectSuggestionsBodySchema = z.strictObject({
  suggestions: z.array(z.strictObject({ key: z.string().min(1).max(100) })).min(1).max(LIMITS.suggestionBatch),
});
export type RejectSuggestionsBody = z.input<typeof RejectSuggestionsBodySchema>;
