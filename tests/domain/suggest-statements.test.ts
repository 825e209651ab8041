import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRange } from '../../domain/anchoring.ts';
import { splitSentences } from '../../domain/split-sentences.ts';
import { normalizeText } from '../../domain/text.ts';
import { suggestionKey, suggestStatements, type SourceLike, type Suggestion } from '../../domain/suggest-statements.ts';
import { scoreSuggestions, spansMatch } from '../../domain/suggestion-score.ts';
import { attributed as attributedWith, suggest as suggestWith } from '../support/suggest.ts';

function buildSource(id: string, aliases: string[], extra: Partial<SourceLike> = {}): SourceLike {
  return { id, name: aliases[0] ?? id, aliases, ...extra };
}

const SOURCES: SourceLike[] = [
  buildSource('armenian-government', ['الحكومة الأرمينية', 'باشينيان', 'يريفان', 'Pashinyan', 'Yerevan', 'gouvernement arménien'], {
    kind: 'government',
    country: 'AM',
  }),
  buildSource('azerbaijani-mod', ['وزارة الدفاع الأذربيجانية', 'الجيش الأذربيجاني', "Azerbaijan's defence ministry", 'ministère azerbaïdjanais de la Défense']),
  buildSource('kremlin', ['الكرملين', 'بوتين', 'Kremlin', 'Putin', 'Poutine']),
  buildSource('elysee', ['الرئاسة الفرنسية', 'الإليزيه', 'Élysée', 'Macron', 'présidence française']),
];

/** The suggester against this file's sources unless others are given. */
const suggest = (text: string, language: string, sources: SourceLike[] = SOURCES): Suggestion[] => suggestWith(text, language, sources);
const attributed = (text: string, language: string, sources: SourceLike[] = SOURCES) => attributedWith(text, language, sources);

describe('suggestStatements: quotations', () => {
  it.each([
    ['“…”', 'en', 'Putin said: “The fighting must stop now.”', 'The fighting must stop now.', 'kremlin'],
    ['«…»', 'fr', 'Poutine a déclaré : «Les combats doivent cesser.»', 'Les combats doivent cesser.', 'kremlin'],
    ['« … » with no-break spaces', 'fr', 'Poutine a déclaré\u00a0: «\u00a0Les combats doivent cesser\u00a0».', 'Les combats doivent cesser', 'kremlin'],
    ['« … » with narrow no-break spaces', 'fr', '«\u202fNous sommes prêts\u202f», a dit Pashinyan.', 'Nous sommes prêts', 'armenian-government'],
    ['"…"', 'en', '"We are ready to talk," Pashinyan said.', 'We are ready to talk', 'armenian-government'],
    ['‹…›', 'fr', '‹Nous sommes prêts à négocier›, a dit Pashinyan.', 'Nous sommes prêts à négocier', 'armenian-government'],
    ['“…” in Arabic', 'ar', 'وقال بوتين “يجب وقف القتال فورا”.', 'يجب وقف القتال فورا', 'kremlin'],
  ])('finds a quotation in %s with its speaker', (_style, language, text, exact, sourceId) => {
    expect(attributed(text, language)).toEqual([[exact, sourceId]]);
  });

  it('finds „…“ and suggests a quotation whose speaker it cannot name with no source', () => {
    const [suggestion] = suggest('„Wir sind bereit zu verhandeln“, sagte Paschinjan.', 'de');
    expect(suggestion).toMatchObject({ exact: 'Wir sind bereit zu verhandeln', sourceId: null, reason: { kind: 'quote', verb: null, alias: null } });
  });

  it('keeps a quotation that runs over two sentences as one statement', () => {
    expect(attributed('“We are ready. We have always been ready,” Pashinyan said.', 'en')).toEqual([
      ['We are ready. We have always been ready', 'armenian-government'],
    ]);
  });

  it('follows a quotation over paragraphs when each paragraph reopens it', () => {
    const text = '“We are ready to resume the peace process.\n“But we will not give up our positions,” Pashinyan said.';
    expect(attributed(text, 'en')).toEqual([
      ['We are ready to resume the peace process.\n“But we will not give up our positions', 'armenian-government'],
    ]);
  });

  it('drops a quotation its paragraph never closes', () => {
    expect(attributed('“We are ready to talk to everyone.\nThe talks start on Friday.', 'en')).toEqual([]);
  });

  it('does not suggest a one-word scare quote on its own', () => {
    expect(attributed('The situation in the region remains “fragile” for now.', 'en')).toEqual([]);
  });

  it('suggests the whole reported clause when a scare quote is only part of it', () => {
    expect(attributed('Pashinyan said Armenia was “ready” to resume talks.', 'en')).toEqual([
      ['Armenia was “ready” to resume talks', 'armenian-government'],
    ]);
  });
});

describe('suggestStatements: speakers', () => {
  it('matches an Arabic alias written without hamza, with a prefixed ل and ال', () => {
    expect(attributed('وأكد المركز الاعلامي للحكومة الارمينية أن القصف استمر على خط المواجهة.', 'ar')).toEqual([
      ['القصف استمر على خط المواجهة', 'armenian-government'],
    ]);
  });

  it('matches an alias after وفقا ل (للكرملين = ل + الكرملين)', () => {
    expect(attributed('ووفقا للكرملين، بدأت المفاوضات في موسكو.', 'ar')).toEqual([['بدأت المفاوضات في موسكو', 'kremlin']]);
  });

  it('matches an alias after وفقا ل with no article (لوزارة = ل + وزارة)', () => {
    expect(attributed('ووفقا لوزارة الدفاع الأذربيجانية، قتل ثلاثة مدنيين في القصف.', 'ar')).toEqual([
      ['قتل ثلاثة مدنيين في القصف', 'azerbaijani-mod'],
    ]);
  });

  it('reads reporting verbs written without hamza and with و', () => {
    expect(attributed('واكد الكرملين ان المحادثات ستبدأ غدا في موسكو.', 'ar')).toEqual([['المحادثات ستبدأ غدا في موسكو', 'kremlin']]);
  });

  it('takes the speaker from the sentence before for a quotation with no verb', () => {
    const text = 'Pashinyan said on Friday that Armenia was ready. “We have always been ready to talk.”';
    expect(attributed(text, 'en')).toEqual([
      ['Armenia was ready', 'armenian-government'],
      ['We have always been ready to talk.', 'armenian-government'],
    ]);
  });

  it('takes the speaker of "he said" from the sentence before', () => {
    const text = 'Putin spoke to both leaders on Friday. “The fighting must stop for humanitarian reasons,” he said.';
    expect(attributed(text, 'en')).toEqual([['The fighting must stop for humanitarian reasons', 'kremlin']]);
  });

  it('continues the speaker of the sentence before when an Arabic verb has no subject', () => {
    const text = 'وقال الكرملين إن المحادثات ستبدأ غدا في موسكو. وأضاف أن وزيري الخارجية سيلتقيان ظهرا.';
    expect(attributed(text, 'ar').map(([, id]) => id)).toEqual(['kremlin', 'kremlin']);
  });

  it('names no source for a statement made jointly with another party', () => {
    expect(attributed('Baku and Yerevan both said the situation at the front remained tense.', 'en')).toEqual([
      ['the situation at the front remained tense', null],
    ]);
    expect(attributed('وأكدت باكو ويريفان أن الوضع ما زال متوترا على الجبهة.', 'ar')).toEqual([['الوضع ما زال متوترا على الجبهة', null]]);
  });

  it('names no source when the subject is someone else', () => {
    expect(attributed('An AFP journalist said the night had been calm in Stepanakert.', 'en')).toEqual([
      ['the night had been calm in Stepanakert', null],
    ]);
  });

  it('looks past a relative clause to the speaker before it', () => {
    expect(attributed('Putin, who met Pashinyan on Friday, called for an immediate halt to the fighting.', 'en')).toEqual([
      ['an immediate halt to the fighting', 'kremlin'],
    ]);
  });

  it('gives a participle the subject of its sentence', () => {
    expect(attributed('Macron welcomed the truce, saying it remained fragile.', 'en')).toEqual([['it remained fragile', 'elysee']]);
  });

  it('reads "the ministry" as the ministry named just before', () => {
    const text = "Azerbaijan's defence ministry reported clashes overnight. \"The enemy is shelling our villages,\" the ministry said.";
    expect(attributed(text, 'en').at(-1)).toEqual(['The enemy is shelling our villages', 'azerbaijani-mod']);
  });

  it.each([
    ['en', 'Armenia said it was ready to resume talks.', 'it was ready to resume talks'],
    ['ar', 'قالت أرمينيا إنها مستعدة لاستئناف المحادثات.', 'إنها مستعدة لاستئناف المحادثات'],
    ['fr', "L'Arménie a affirmé qu'elle était prête à reprendre les discussions.", 'elle était prête à reprendre les discussions'],
  ])('reads a country as its government (%s)', (language, text, exact) => {
    expect(attributed(text, language)).toEqual([[exact, 'armenian-government']]);
    const withoutKind = SOURCES.map((s) => ({ ...s, kind: undefined }));
    expect(attributed(text, language, withoutKind)).toEqual([[exact, null]]);
  });
});

describe('suggestStatements: reported speech', () => {
  it.each([
    ['en', 'said (that)', 'The Kremlin said on Friday that talks would begin in Moscow.', 'talks would begin in Moscow', 'kremlin'],
    ['en', '…, X said', 'Talks will begin in Moscow on Friday, the Kremlin said.', 'Talks will begin in Moscow on Friday', 'kremlin'],
    ['en', 'told X that', 'Pashinyan told the Armenian parliament that the country was ready.', 'the country was ready', 'armenian-government'],
    ['en', '…, according to X', 'Half of the residents have fled, according to the Kremlin.', 'Half of the residents have fled', 'kremlin'],
    ['en', 'According to X, …', 'According to the Élysée, a truce is close.', 'a truce is close', 'elysee'],
    ['en', 'denied', "Azerbaijan's defence ministry denied targeting the cathedral.", 'targeting the cathedral', 'azerbaijani-mod'],
    ['fr', 'a déclaré que', 'Le Kremlin a déclaré que les négociations commenceraient vendredi.', 'les négociations commenceraient vendredi', 'kremlin'],
    ['fr', '…, selon X', 'La moitié des habitants ont fui, selon le Kremlin.', 'La moitié des habitants ont fui', 'kremlin'],
    ['fr', 'D’après X, …', 'D’après l’Élysée, une trêve est proche.', 'une trêve est proche', 'elysee'],
    ['fr', 'a appelé à', 'Poutine a appelé à un arrêt immédiat des combats.', 'à un arrêt immédiat des combats', 'kremlin'],
    ['ar', 'إن … up to حيث', 'قالت الرئاسة الفرنسية إن الهدنة باتت قريبة جدا حيث تستمر المحادثات.', 'الهدنة باتت قريبة جدا', 'elysee'],
    ['ar', 'أفادت ب…', 'أفادت وزارة الدفاع الأذربيجانية باندلاع اشتباكات عنيفة ليلا.', 'باندلاع اشتباكات عنيفة ليلا', 'azerbaijani-mod'],
    ['ar', 'نفى', 'ونفى الجيش الأذربيجاني إطلاق النار على الكاتدرائية.', 'إطلاق النار على الكاتدرائية', 'azerbaijani-mod'],
    ['ar', 'مشيرا إلى أن', 'وقال بوتين إن القتال يجب أن يتوقف مشيرا إلى أن الأسرى سيتم تبادلهم.', 'الأسرى سيتم تبادلهم', 'kremlin'],
  ])('%s: %s', (language, _rule, text, exact, sourceId) => {
    expect(attributed(text, language)).toContainEqual([exact, sourceId]);
  });

  it('splits a sentence at a second reporting verb', () => {
    const text = 'قال صحافي إنه شهد ليلة هادئة في ستيباناكرت، فيما أكدت وزارة الدفاع الأذربيجانية أن المعارك مستمرة على الجبهة.';
    expect(attributed(text, 'ar')).toEqual([
      ['إنه شهد ليلة هادئة في ستيباناكرت', null],
      ['المعارك مستمرة على الجبهة', 'azerbaijani-mod'],
    ]);
  });

  it('suggests the charge of an accusation', () => {
    expect(attributed('واتهم كل جانب الآخر باستهداف المدنيين.', 'ar')).toEqual([['الآخر باستهداف المدنيين', null]]);
    expect(attributed('Turkey has been accused of sending fighters to the region.', 'en')).toEqual([
      ['Turkey has been accused of sending fighters to the region', null],
    ]);
  });

  it.each([
    ['en', 'Putin met Pashinyan in Moscow on Friday.'],
    ['ar', 'التقى بوتين باشينيان في موسكو الجمعة.'],
    ['fr', "Poutine a rencontré Pashinyan à Moscou vendredi, à l'invitation du Kremlin."],
    ['en', 'The Kremlin did not say when the talks would begin.'],
    ['ar', 'ولم تعلن وزارة الدفاع الأذربيجانية عن خسائرها العسكرية.'],
    ['en', "Azerbaijan's defence ministry denied the claim."],
  ])('suggests nothing for a mention without a statement (%s: %s)', (language, text) => {
    expect(attributed(text, language)).toEqual([]);
  });
});

describe('suggestStatements: suggestions', () => {
  it('explains each suggestion with its verb, alias and sentence', () => {
    const [suggestion] = suggest('The talks were tense.\nوقالت الرئاسة الفرنسية “نتحرك باتجاه هدنة الليلة أو غدا”.', 'ar');
    expect(suggestion?.reason).toEqual({ kind: 'quote', verb: 'وقالت', alias: 'الرئاسة الفرنسية', sentenceIndex: 1 });
  });

  it('keys a suggestion by its offsets and exact text', () => {
    const [suggestion] = suggest('Pashinyan said Armenia was ready to talk.', 'en');
    expect(suggestion?.key).toBe(suggestionKey(suggestion?.start ?? 0, suggestion?.end ?? 0, 'Armenia was ready to talk'));
    expect(suggestionKey(15, 40, 'Armenia was ready to talk')).not.toBe(suggestionKey(15, 40, 'Armenia was eager to talk'));
    expect(suggestionKey(15, 40, 'Armenia was ready to talk')).toMatch(/^15-40-[0-9a-z]+$/);
  });

  it('returns suggestions in text order without overlaps', () => {
    const text = 'Putin said: “The fighting must stop.” “We will help,” he added, according to the Kremlin.';
    const suggestions = suggest(text, 'en');
    for (let i = 1; i < suggestions.length; i++) expect(suggestions[i]?.start).toBeGreaterThanOrEqual(suggestions[i - 1]?.end ?? 0);
  });

  it('suggests nothing in an empty or quote-less, verb-less text', () => {
    expect(suggest('', 'en')).toEqual([]);
    expect(suggest('Fighting resumed overnight.', 'fr')).toEqual([]);
  });
});

describe('scoreSuggestions', () => {
  const span = (start: number, end: number, sourceId: string | null = 'kremlin') => ({ start, end, sourceId });

  it('matches spans that overlap by 80% of the longer one', () => {
    expect(spansMatch(span(0, 100), span(0, 80))).toBe(true);
    expect(spansMatch(span(0, 100), span(0, 79))).toBe(false);
    expect(spansMatch(span(0, 100), span(10, 100))).toBe(true);
    expect(spansMatch(span(0, 100), span(100, 200))).toBe(false);
  });

  it('counts span matches and span-and-source matches apart', () => {
    const score = scoreSuggestions([span(0, 10, 'elysee'), span(20, 30)], [span(0, 10), span(20, 30), span(40, 50)]);
    expect(score.span).toEqual({ matched: 2, precision: 1, recall: 2 / 3 });
    expect(score.spanAndSource).toEqual({ matched: 1, precision: 0.5, recall: 1 / 3 });
    expect(score.missed).toEqual([span(0, 10), span(40, 50)]);
    expect(score.wrong).toEqual([span(0, 10, 'elysee')]);
  });

  it('pairs one suggestion with one gold statement at most', () => {
    const score = scoreSuggestions([span(0, 10)], [span(0, 10), span(1, 10)]);
    expect(score.span.matched).toBe(1);
  });

  it('rates empty lists as perfect precision and recall', () => {
    expect(scoreSuggestions([], []).spanAndSource).toEqual({ matched: 0, precision: 1, recall: 1 });
    expect(scoreSuggestions([], [span(0, 10)]).span).toEqual({ matched: 0, precision: 1, recall: 0 });
  });
});

describe('suggestStatements: properties', () => {
  /** Wire copy in pieces: verbs, complementizers, aliases, every quote style, stops, commas, spaces, line breaks, emoji. */
  const piece = fc.constantFrom(
    ...['قال', 'وقالت', 'أكد', 'أن', 'إنها', 'وفق', 'مشيرا', 'إلى', 'حيث', 'الكرملين', 'للحكومة الأرمينية', 'ويريفان', 'باكو'],
    ...['said', 'that', 'according to', 'told', 'he', 'and', 'Putin', 'Yerevan', 'the ministry', 'Armenia', 'while', 'denied'],
    ...['a déclaré', 'que', "qu'", 'selon', 'd’après', 'Poutine', 'il', 'et'],
    ...['“', '”', '«', '»', '\u00a0', '"', '„', '‹', '›', '.', '. ', ', ', '، ', ': ', ';', ' ', ' ', ' ', '\n', '\n“', '😀', 'word'],
  );
  const wireText = fc.array(piece, { maxLength: 80 }).map((parts) => normalizeText(parts.join(' ').replace(/ {2,}/g, ' ')));

  it('returns well-formed suggestions for any text: exact slices, in order, apart, keyed once, named sources only', () => {
    fc.assert(
      fc.property(wireText, fc.constantFrom('ar', 'en', 'fr', 'de'), (text, language) => {
        const suggestions = suggestStatements(text, language, SOURCES);
        const sentences = splitSentences(text, language).length;
        let previousEnd = 0;
        for (const s of suggestions) {
          expect(checkRange(text, s)).toBeNull();
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = s.end;
          expect(s.sourceId === null || SOURCES.some((source) => source.id === s.sourceId)).toBe(true);
          expect(s.reason.sentenceIndex).toBeLessThan(Math.max(sentences, 1));
        }
        expect(new Set(suggestions.map((s) => s.key)).size).toBe(suggestions.length);
      }),
      { numRuns: 400 },
    );
  });
});
