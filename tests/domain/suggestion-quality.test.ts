import { describe, expect, it } from 'vitest';
import { suggestStatements } from '../../domain/suggest-statements.ts';
import { scoreSuggestions, type Rates } from '../../domain/suggestion-score.ts';
import { poolScores } from '../../domain/suggestion-score-groups.ts';
import { isNormalizedText } from '../../domain/text.ts';
import { GOLD_FILES, loadGold, seedSources } from '../fixtures/gold/gold-files.ts';

const sources = seedSources();
const sourceIds = new Set(sources.map((s) => s.id));

/**
 * The floors each article reaches (span + source, then span alone). The demo's is the aim; the others are what
 * the rules reach, so that a change that loses a statement shows. The articles written with the rules reach 1; the
 * ceasefire ones were written after them (their first-run scores are in their notes) and still miss a few statements.
 */
const FLOORS: Record<string, { spanAndSource: Pick<Rates, 'precision' | 'recall'>; span: Pick<Rates, 'precision' | 'recall'> }> = {
  'afp-karabakh-2020-10-09.ar.gold.json': { spanAndSource: { precision: 0.8, recall: 0.9 }, span: { precision: 0.8, recall: 0.9 } },
  'karabakh.en.gold.json': { spanAndSource: { precision: 1, recall: 1 }, span: { precision: 1, recall: 1 } },
  // Issue 17 carries "il a ajouté" within a paragraph only: « Il a ajouté que les séparatistes… » opens a paragraph.
  'karabakh.fr.gold.json': { spanAndSource: { precision: 14 / 15, recall: 14 / 15 }, span: { precision: 1, recall: 1 } },
  'ceasefire.en.gold.json': { spanAndSource: { precision: 18 / 20, recall: 18 / 19 }, span: { precision: 18 / 20, recall: 18 / 19 } },
  'ceasefire.fr.gold.json': { spanAndSource: { precision: 10 / 13, recall: 10 / 13 }, span: { precision: 12 / 13, recall: 12 / 13 } },
};

describe.each(GOLD_FILES)('gold file $file', ({ file }) => {
  const gold = loadGold(file);

  it('holds a stored-form article and statements that are exactly its text, in order, never overlapping', () => {
    expect(isNormalizedText(gold.text)).toBe(true);
    let previousEnd = 0;
    for (const statement of gold.statements) {
      expect(gold.text.slice(statement.start, statement.end)).toBe(statement.exact);
      expect(statement.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = statement.end;
    }
  });

  it('names only seeded sources, or none', () => {
    for (const { sourceId } of gold.statements) if (sourceId !== null) expect(sourceIds).toContain(sourceId);
  });

  it('is matched by the suggestions at or above its floors', () => {
    const score = scoreSuggestions(suggestStatements(gold.text, gold.language, sources), gold.statements);
    const floors = FLOORS[file];
    expect(floors, `no floors for ${file}`).toBeDefined();
    for (const measure of ['spanAndSource', 'span'] as const) {
      expect(score[measure].precision, `${measure} precision`).toBeGreaterThanOrEqual(floors?.[measure].precision ?? 1);
      expect(score[measure].recall, `${measure} recall`).toBeGreaterThanOrEqual(floors?.[measure].recall ?? 1);
    }
  });
});

describe('suggestion quality on the demo article', () => {
  it('reaches the aim of issue 4: recall ≥ 0.9 and precision ≥ 0.8 with the source right', () => {
    const gold = loadGold('afp-karabakh-2020-10-09.ar.gold.json');
    const { spanAndSource } = scoreSuggestions(suggestStatements(gold.text, 'ar', sources), gold.statements);
    expect(spanAndSource.recall).toBeGreaterThanOrEqual(0.9);
    expect(spanAndSource.precision).toBeGreaterThanOrEqual(0.8);
  });
});

describe('suggestion quality on the original gold, pooled', () => {
  it('reaches the target of issue 17: recall and precision ≥ 0.85 with the source right, in every language', () => {
    const pooled = poolScores(GOLD_FILES.map(({ file }) => {
      const gold = loadGold(file);
      return { language: gold.language, suggested: suggestStatements(gold.text, gold.language, sources), gold: gold.statements };
    }));
    for (const [language, rates] of pooled.byLanguage) {
      expect(rates.recall, `${language} recall`).toBeGreaterThanOrEqual(0.85);
      expect(rates.precision, `${language} precision`).toBeGreaterThanOrEqual(0.85);
    }
    expect(pooled.byLanguage.size).toBe(3);
  });
});
