// Refuses a JSON body nested deeper than LIMITS.jsonDepth before it is parsed: one pass over its characters counts
// brackets outside strings, so no parse, walk or schema ever sees a body that is deep (issue 13, finding 5).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIMITS } from '../domain/limits.ts';
import { HttpError, invalid } from './errors.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/** The index of the quote that closes the string opened at `open`, or the text's length when none does. */
function endOfString(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    // Escaped when an odd number of backslashes stand before it; each backslash is looked at once at most.
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return text.length;
}

/**
 * Whether the JSON `text` opens more than `max` arrays or objects inside one another. One pass, stopping at the first
 * level too many: linear in the text's length whatever it holds (valid JSON or not; JSON.parse judges that after).
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = endOfString(text, i);
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > max) return true;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
  return false;
}

/** Decodes a JSON body in the charset express.json accepted (UTF-8 unless the request said otherwise). */
function decode(body: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    // A utf-* charset that TextDecoder does not know (utf-32, utf-7): no JSON client sends one (RFC 8259 says UTF-8).
    throw new HttpError(415, 'unsupported_charset', 'The request body charset is not supported', 'body');
  }
}

/**
 * express.json's `verify` hook: throws a 400 naming the body when it nests too deep. body-parser passes a thrown error
 * on to the error middleware with the status it carries.
 */
export function refuseDeepJson(_req: IncomingMessage, _res: ServerResponse, body: Buffer, charset: string): void {
  if (nestsDeeperThan(decode(body, charset), LIMITS.jsonDepth)) throw invalid('body', 'too_deep');
}
