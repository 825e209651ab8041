// JSON that stays data inside HTML: a `<script type="application/ld+json">` block (ClaimReview is made to be pasted
// into the page that publishes the fact-check) ends at the first `</script`, whatever JSON string holds it (issue 13,
// finding 10). Every JSON Claimdesk writes for such a place goes through here.

const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;

/**
 * Escapes `<`, `>`, `&`, U+2028 and U+2029 in JSON text as `\u003c`… escapes. These characters only occur inside JSON
 * strings, where the escape means the same character, so the JSON parses to the same value; chunks of one JSON text
 * can be escaped one by one.
 */
export function escapeJsonForHtml(json: string): string {
  return json.replace(UNSAFE_IN_HTML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `JSON.stringify(value, null, space)`, safe to place inside an HTML `<script>` element. */
export function jsonForHtml(value: unknown, space?: number): string {
  return escapeJsonForHtml(JSON.stringify(value, null, space));
}
