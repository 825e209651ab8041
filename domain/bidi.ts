// User text inside a sentence of a report template or of the interface (an article's title, a source's or a person's
// name) is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode's bidi algorithm, UAX #9): a Latin
// title ending in "?" inside an Arabic sentence, or an Arabic title inside a French one, keeps its own direction with
// its punctuation at its end, and the words and quotation marks around it stay in place. The two marks are
// invisible; plain text (a toast, Markdown, JSON) keeps them, as plain text with mixed directions should. Markup
// isolates with <bdi> instead.
const FSI = '\u2068';
const PDI = '\u2069';

export const isolate = (text: string): string => `${FSI}${text}${PDI}`;
