import { describe, expect, it } from 'vitest';
import { OUTSIDE_LABEL, poolScores } from '../../domain/suggestion-score-groups.ts';

const span = (start: number, end: number, sourceId: string | null) => ({ start, end, sourceId });

describe('poolScores', () => {
  const pooled = poolScores([
    { language: 'en', gold: [span(0, 10, 'kremlin'), span(20, 30, null)], suggested: [span(0, 10, 'kremlin'), span(20, 30, 'elysee')] },
    { language: 'fr', gold: [span(0, 10, null)], suggested: [span(1, 10, null), span(40, 50, null)] },
  ]);

  it('adds counts up over articles before dividing', () => {
    expect(pooled.overall).toMatchObject({ gold: 3, suggested: 4, found: 2, right: 2, recall: 2 / 3, precision: 0.5 });
  });

  it('splits by language', () => {
    expect(pooled.byLanguage.get('en')).toMatchObject({ recall: 0.5, precision: 0.5 });
    expect(pooled.byLanguage.get('fr')).toMatchObject({ recall: 1, precision: 0.5 });
  });

  it('counts recall by the gold source and precision by the suggested one, outside speakers apart', () => {
    expect(pooled.bySource.get('kremlin')).toMatchObject({ gold: 1, found: 1, suggested: 1, right: 1 });
    expect(pooled.bySource.get('elysee')).toMatchObject({ gold: 0, suggested: 1, right: 0, recall: 1, precision: 0 });
    expect(pooled.bySource.get(OUTSIDE_LABEL)).toMatchObject({ gold: 2, found: 1, suggested: 2, right: 1 });
  });
});
