// Statement suggestion on the long lines that made it quadratic (issue 13, finding 7): one 200,000-unit line with a
// one-letter source alias, a long run of commas or spaces inside a clause, thousands of quotations no verb claims.
// Each test checks what the suggestions say. HANG_GUARD_MS is a hang guard, not a timing assertion: the quadratic
// code spent 56 s to 9 minutes on the first three lines, the linear one about a second on a loaded machine; the
// figures per size are in bench/suggestion-scaling.ts. The quotation test and the property check the rewritten
// look-ups (nearest verb, mentions by head word) on long lines; the old code passed them (the first in about 8 s).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/limits.ts';
import { suggestStatements, type SourceLike, type Suggestion } from '../../domain/suggest-statements.ts';

const HANG_GUARD_MS = 10_000;

function buildSource(id: string, aliases: string[]): SourceLike {
  return { id, name: aliases[0] ?? id, aliases };
}

const SOURCES: SourceLike[] = [
  buildSource('azerbaijani-mod', ['وزارة الدفاع الأذربيجانية', "Azerbaijan's defence ministry"]),
  buildSource('kremlin', ['الكرملين', 'بوتين', 'Kremlin', 'Putin']),
  buildSource('elysee', ['ماكرون', 'Macron']),
];
/** A source with a one-letter alias: every `ق` standing alone names it. */
const QAF = buildSource('qaf', ['ق']);

/** `unit` repeated as often as it fits whole in `length` units. */
function repeatWithin(unit: string, length: number): string {
  return unit.repeat(Math.floor(length / unit.length));
}

function described(suggestions: Suggestion[]) {
  return suggestions.map((s) => ({ exact: s.exact, sourceId: s.sourceId, kind: s.reason.kind, verb: s.reason.verb }));
}

describe('suggestStatements on one line at the article size limit', () => {
  it(
    'reads "the ministry" as the ministry named at the start of a line full of one-letter alias mentions',
    () => {
      const opening = 'وقالت وزارة الدفاع الأذربيجانية إن القوات تقدمت نحو المدينة، ';
      const closing = 'وقالت الوزارة إن الهدنة ما زالت صامدة';
      // Thousands of frames, each with a definite noun after the verb and a mention of the one-letter alias before it.
      const filler = repeatWithin('ق، قال الجيشان، ', LIMITS.articleText - opening.length - closing.length);
      const text = opening + filler + closing;
      expect(text.length).toBeGreaterThan(LIMITS.articleText - 20);

      const suggestions = suggestStatements(text, 'ar', [...SOURCES, QAF]);
      expect(suggestions.map((s) => s.sourceId)).toEqual(['azerbaijani-mod', 'azerbaijani-mod']);
      expect(described(suggestions.slice(-1))).toEqual([{ exact: 'الهدنة ما زالت صامدة', sourceId: 'azerbaijani-mod', kind: 'reported', verb: 'وقالت' }]);
    },
    HANG_GUARD_MS,
  );

  it.each([
    ['commas', 'ar', 'قال بوتين إن ', 'قال', 'الحرب ', '،', ' انتهت الآن'],
    ['spaces', 'en', 'Putin said that ', 'said', 'the war', ' ', ' is over now'],
  ])(
    'trims a reported clause that holds a long run of %s',
    (_run, language, frame, verb, head, mark, tail) => {
      const text = frame + head + mark.repeat(LIMITS.articleText - frame.length - head.length - tail.length) + tail;
      const clause = text.slice(frame.length);
      expect(described(suggestStatements(text, language, SOURCES))).toEqual([{ exact: clause, sourceId: 'kremlin', kind: 'reported', verb }]);
    },
    HANG_GUARD_MS,
  );

  it(
    'gives each of thousands of unclaimed quotations in one sentence the verb nearest to it',
    () => {
      // Two speakers in turn: each quotation goes to the verb just before it, not to the first or the last one.
      const turns = 'قال بوتين كلا؛ “نحن مستعدون الآن” كلمة قال ماكرون لا؛ “لسنا مستعدين بعد” كلمة ';
      // Then no speaker known, two verbs to a quotation: each goes to the verb after it, which names nobody.
      const nobody = '“ا ب ج” ك قال ك قال ك ';
      const text = repeatWithin(turns, LIMITS.articleText / 4) + repeatWithin(nobody, (3 * LIMITS.articleText) / 4);
      const copies = (unit: string) => Math.floor(text.split(unit).length - 1);
      expect(described(suggestStatements(text, 'ar', SOURCES))).toEqual([
        ...Array.from({ length: copies(turns) }, () => [
          { exact: 'نحن مستعدون الآن', sourceId: 'kremlin', kind: 'quote', verb: 'قال' },
          { exact: 'لسنا مستعدين بعد', sourceId: 'elysee', kind: 'quote', verb: 'قال' },
        ]).flat(),
        ...Array.from({ length: copies(nobody) }, () => ({ exact: 'ا ب ج', sourceId: null, kind: 'quote', verb: 'قال' })),
      ]);
    },
    HANG_GUARD_MS,
  );
});

describe('suggestStatements on pathological lines (property)', () => {
  // Tokens that stress each rule at once: reporting verbs, negation and auxiliaries, complementizers, definite nouns,
  // one- and two-letter aliases, whole quotations, runs of punctuation and spaces, sentence ends, tashkeel.
  const token = fc.constantFrom(
    ...['قال', 'قالت', 'وقال', 'مشيرا', 'حسب', 'اتهم', 'لم', 'لا', 'إن', 'أن', 'إنه', 'حيث', 'في', 'بيان', 'الجمعة', 'الذي', 'ثم'],
    ...['بوتين', 'الكرملين', 'الوزارة', 'وزارة', 'الجيشان', 'ق', 'قق', 'وق', 'قَالَ', 'الْوِزَارَةُ'],
    ...['said', 'told', 'according', 'to', 'that', 'has', 'not', 'the', 'a', 'ministry', 'Putin', 'Kremlin', 'he', 'and'],
    ...['who', 'while', 'on', 'Friday', 'reporters', 'accused', 'was', 'Macron', 'dit', 'selon', "qu'", 'il', 'ne', 'pas'],
    ...['“ا ب ج”', '«a b c»', '"x y z"', '“we are ready now”', '،', ',', '؛', ';', ':', '(', ')', '…', '.', '؟', '!'],
    ...[',,,,,,', '،،،،،،', '      '],
  );
  const unit = fc.array(fc.tuple(token, fc.boolean()), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([t, space]) => (space ? `${t} ` : t)).join('') + ' ');
  const sources = fc.constantFrom<SourceLike[]>(SOURCES, [...SOURCES, QAF], [...SOURCES, buildSource('short', ['a', 'قق', 'ق ق']), buildSource('ministry', ['the ministry', 'الوزارة'])]);

  it('suggests the same for every copy of a unit repeated on one line: nothing depends on how long the line is', () => {
    fc.assert(
      fc.property(unit, fc.constantFrom('ar', 'en', 'fr', 'de'), sources, (piece, language, known) => {
        const copies = 12;
        const text = piece.repeat(copies);
        const suggestions = suggestStatements(text, language, known);
        for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.exact);
        // Two copies at a time (a quotation mark may pair across copies), far from both ends of the line.
        const window = (from: number) =>
          suggestions
            .filter((s) => s.start >= from && s.start < from + 2 * piece.length)
            .map((s) => ({ start: s.start - from, end: s.end - from, sourceId: s.sourceId, kind: s.reason.kind, verb: s.reason.verb, alias: s.reason.alias }));
        expect(window(6 * piece.length)).toEqual(window(4 * piece.length));
      }),
      { numRuns: 300 },
    );
  });
});
