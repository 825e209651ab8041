// User text inside a template's sentence (an article's title, a source's or a person's name) is wrapped in FIRST
// STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode's bidi algorithm, UAX #9): a Latin title ending in "?" inside an
// Arabic sentence, or an Arabic title inside a French one, keeps its own direction with its punctuation at its end,
// and the template's words and quotation marks around it stay in place. The two marks are invisible; the plain-text
// formats (Markdown, JSON) keep them, as plain text with mixed directions should.
export const FSI = '\u2068';
export const PDI = '\u2069';

export const isolate = (text: string): string => `${FSI}${text}${PDI}`;
