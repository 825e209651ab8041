import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findSourceMentions,
  matchKey,
  preselectSource,
  toMatchText,
  type MatchableSource,
} from '../../domain/source-match.ts';
import { splitSentences } from '../../domain/split-sentences.ts';

const seed = (path: string) => readFileSync(new URL(`../../data/seed/${path}`, import.meta.url), 'utf8');
const { sources } = JSON.parse(seed('sources.json')) as { sources: MatchableSource[] };
const demoArticle = seed('afp-karabakh-2020-10-09.ar.txt');

function buildSource(id: string, aliases: string[], name = id): MatchableSource {
  return { id, name, aliases };
}

/** The texts found in `text`, as written there, with the source each names. */
function mentioned(text: string, list: readonly MatchableSource[] = sources): Array<[string, string]> {
  return findSourceMentions(text, list).map((m) => [m.sourceId, text.slice(m.start, m.end)]);
}

/** The demo article's sentence that starts line `n` (counted from 1). */
function demoSentence(n: number): string {
  const lineStart = demoArticle.split('\n').slice(0, n - 1).join('\n').length + (n > 1 ? 1 : 0);
  const sentence = splitSentences(demoArticle, 'ar').find((s) => s.start === lineStart);
  if (!sentence) throw new Error(`no sentence starts line ${n}`);
  return sentence.text;
}

describe('matchKey', () => {
  it('unifies hamza forms, alif maqsura and ta marbuta', () => {
    expect(matchKey('أإآٱ ؤ ئ ى ة')).toBe('اااا و ي ي ه');
    expect(matchKey('الأرمينية')).toBe(matchKey('الارمينية'));
    expect(matchKey('الأذربيجانية')).toBe(matchKey('الاذربيجانيه'));
  });

  it('drops harakat, the superscript alif and tatweel', () => {
    expect(matchKey('مُسْتَعِدَّةٌ')).toBe('مستعده');
    expect(matchKey('الرحمٰن')).toBe('الرحمن');
    expect(matchKey('الكـــرملين')).toBe('الكرملين');
  });

  it('folds case and Latin accents, and collapses spaces', () => {
    expect(matchKey('  Élysée   Présidence  ')).toBe('elysee presidence');
    expect(matchKey('KREMLIN')).toBe('kremlin');
    expect(matchKey('Azerbaijan’s')).toBe("azerbaijan's");
  });
});

describe('toMatchText', () => {
  it('maps every folded unit back to the original offset it came from', () => {
    const text = 'قالَ  الـرئاسةُ 😀 Élysée';
    const { key, origins } = toMatchText(text);
    expect(key).toBe('قال الرياسه 😀 elysee');
    expect(origins).toHaveLength(key.length + 1);
    const at = key.indexOf('الرياسه');
    expect(text.slice(origins[at], origins[at + 'الرياسه'.length])).toBe('الـرئاسةُ');
    const latin = key.indexOf('elysee');
    expect(text.slice(origins[latin], origins[latin + 6])).toBe('Élysée');
  });
});

describe('findSourceMentions', () => {
  it('matches across hamza spellings and Arabic proclitics, with ranges into the original text', () => {
    const government = buildSource('armenian-government', ['الحكومة الأرمينية', 'باشينيان']);
    const kremlin = buildSource('kremlin', ['الكرملين']);
    expect(mentioned('أعلن المركز الاعلامي للحكومة الارمينية ذلك', [government])).toEqual([
      ['armenian-government', 'للحكومة الارمينية'],
    ]);
    expect(mentioned('وقال بالكرملين وباشينيان والحكومة الأرمينية', [government, kremlin])).toEqual([
      ['kremlin', 'بالكرملين'],
      ['armenian-government', 'وباشينيان'],
      ['armenian-government', 'والحكومة الأرمينية'],
    ]);
  });

  it('finds a long alias whose inner words differ from the text only by hamza', () => {
    expect(mentioned(demoSentence(6))).toEqual([['armenian-government', 'المركز الاعلامي للحكومة الارمينية']]);
  });

  it('prefers the longest match where matches overlap', () => {
    expect(mentioned('التقى نيكول باشينيان ثم باشينيان وحده')).toEqual([
      ['armenian-government', 'نيكول باشينيان'],
      ['armenian-government', 'باشينيان'],
    ]);
    expect(findSourceMentions('نيكول باشينيان', sources)[0]?.alias).toBe('نيكول باشينيان');
  });

  it('matches Latin names ignoring case and accents, at word boundaries only', () => {
    expect(mentioned('The kremlin said so; the Elysee agreed; l’Élysée too.')).toEqual([
      ['kremlin', 'kremlin'],
      ['elysee', 'Elysee'],
      ['elysee', 'Élysée'],
    ]);
    expect(mentioned('Putinism is not Putin, nor is Putin’s party.')).toEqual([
      ['kremlin', 'Putin'],
      ['kremlin', 'Putin'],
    ]);
    expect(mentioned('Emmanuel Macron and the présidence française')).toEqual([
      ['elysee', 'Emmanuel Macron'],
      ['elysee', 'présidence française'],
    ]);
  });

  it('does not match inside a longer Arabic word', () => {
    expect(mentioned('البوتينية والكرملينات')).toEqual([]);
  });

  it('finds every source the demo article names, in text order', () => {
    const found = findSourceMentions(demoArticle, sources);
    expect(found.map((m) => m.start)).toEqual([...found.map((m) => m.start)].sort((a, b) => a - b));
    expect(new Set(found.map((m) => m.sourceId))).toEqual(
      new Set(['armenian-government', 'azerbaijani-mod', 'kremlin', 'elysee']),
    );
    expect(found.map((m) => demoArticle.slice(m.start, m.end))).toContain('الكرملين');
  });

  it('finds nothing with no sources or no text', () => {
    expect(findSourceMentions(demoArticle, [])).toEqual([]);
    expect(findSourceMentions('', sources)).toEqual([]);
  });
});

describe('preselectSource', () => {
  it.each([
    [6, 'armenian-government'],
    [9, 'kremlin'],
    [3, 'elysee'],
    [7, 'azerbaijani-mod'],
  ])('preselects from the sentence of line %i of the demo article: %s', (line, sourceId) => {
    expect(preselectSource(sources, '', demoSentence(line))).toBe(sourceId);
  });

  it('prefers the source the claimed text names over the first one in its sentence', () => {
    const sentence = demoSentence(3);
    expect(preselectSource(sources, 'رئيس الوزراء الأرميني نيكول باشينيان', sentence)).toBe('armenian-government');
    expect(preselectSource(sources, 'تنحرك باتجاه هدنة الليلة', sentence)).toBe('elysee');
  });

  it('returns null when neither the claim nor its sentence names a source', () => {
    expect(preselectSource(sources, 'اندلع القتال', demoSentence(10))).toBeNull();
  });
});
