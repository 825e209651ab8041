import { describe, expect, it } from 'vitest';
import { suggestStatements } from '../../domain/suggest-statements.ts';
import { poolScores } from '../../domain/suggestion-score-groups.ts';
import { isNormalizedText } from '../../domain/text.ts';
import { loadAllRealGold } from '../fixtures/gold-real/real-gold-files.ts';
import { seedSources } from '../fixtures/gold/gold-files.ts';

const sources = seedSources();
const sourceIds = new Set(sources.map((s) => s.id));
const articles = loadAllRealGold();

/**
 * What the rules reach on the real-text gold (issue 17, item 6), each measured value rounded down by 0.05, so that a
 * change losing statements fails. Raise them when the rules improve; the figures are in bench/suggestion-quality.ts.
 */
const FLOORS = {
  overall: { recall: 0.85, precision: 0.87 },
  ar: { recall: 0.82, precision: 0.85 },
  en: { recall: 0.86, precision: 0.93 },
  fr: { recall: 0.86, precision: 0.85 },
};

describe('the real-text gold', () => {
  it('holds at least 150 statements, at least 40 in each of Arabic, English and French', () => {
    const count = (language: string) => articles.filter((a) => a.language === language).reduce((n, a) => n + a.statements.length, 0);
    expect(articles.reduce((n, a) => n + a.statements.length, 0)).toBeGreaterThanOrEqual(150);
    for (const language of ['ar', 'en', 'fr']) expect(count(language), language).toBeGreaterThanOrEqual(40);
  });

  it('has several articles on other subjects than Nagorno-Karabakh, in every language', () => {
    for (const language of ['ar', 'en', 'fr']) {
      expect(articles.filter((a) => a.language === language && a.topic !== 'Nagorno-Karabakh').length, language).toBeGreaterThanOrEqual(1);
    }
    expect(articles.filter((a) => a.topic !== 'Nagorno-Karabakh').length).toBeGreaterThanOrEqual(10);
  });

  it('names each article by its file: slug and language', () => {
    for (const article of articles) expect(article.file.endsWith(`.${article.language}.gold.json`), article.file).toBe(true);
  });
});

describe.each(articles.map((a) => [a.file, a] as const))('real gold file %s', (_file, article) => {
  it('holds a stored-form text and statements whose offsets slice to their exact text, in order', () => {
    expect(isNormalizedText(article.text)).toBe(true);
    expect(article.text.normalize('NFC')).toBe(article.text);
    let previousStart = 0;
    for (const statement of article.statements) {
      expect(article.text.slice(statement.start, statement.end)).toBe(statement.exact);
      expect(statement.start).toBeGreaterThanOrEqual(previousStart);
      previousStart = statement.start;
    }
  });

  it('names only seeded sources, or none', () => {
    for (const { sourceId } of article.statements) if (sourceId !== null) expect(sourceIds).toContain(sourceId);
  });
});

describe('suggestions on the real-text gold', () => {
  const pooled = poolScores(articles.map((a) => ({ language: a.language, suggested: suggestStatements(a.text, a.language, sources), gold: a.statements })));

  it('reach their floors overall, span and source right', () => {
    expect(pooled.overall.recall).toBeGreaterThanOrEqual(FLOORS.overall.recall);
    expect(pooled.overall.precision).toBeGreaterThanOrEqual(FLOORS.overall.precision);
  });

  it.each(['ar', 'en', 'fr'] as const)('reach their floors in %s', (language) => {
    const rates = pooled.byLanguage.get(language);
    expect(rates?.recall).toBeGreaterThanOrEqual(FLOORS[language].recall);
    expect(rates?.precision).toBeGreaterThanOrEqual(FLOORS[language].precision);
  });
});
