import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATING_SCALE, RATING_SCALE_PRESETS, RatingScaleBodySchema, scaleProblems, verdictForKey, publishableVerdicts,
  emptyVerdictCounts, verdictLabel,
} from '../../domain/rating-scale.ts';

const body = () => structuredClone({ verdicts: DEFAULT_RATING_SCALE.verdicts, worstRating: 1, bestRating: 5 });

describe('rating scale', () => {
  it('accepts the default scale with every preset added', () => {
    expect(scaleProblems({ ...body(), verdicts: [...body().verdicts, ...RATING_SCALE_PRESETS] })).toEqual([]);
  });

  it('refuses a colour too pale for the page, naming the field', () => {
    const scale = body();
    scale.verdicts[1]!.colour = '#f0a0a0';
    const result = RatingScaleBodySchema.safeParse(scale);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('verdicts.1.colour');
  });

  it('refuses a colour too close to another verdict', () => {
    const scale = body();
    scale.verdicts[1]!.colour = '#1b7f38';
    expect(scaleProblems(scale).map((p) => p.path.join('.'))).toEqual(['verdicts.1.colour']);
  });

  it('refuses duplicate keys and shortcuts, a scale without unreviewed, and ratings off the scale', () => {
    const scale = body();
    scale.verdicts[1]!.key = 'corroborated';
    scale.verdicts[1]!.shortcut = 'c';
    scale.verdicts[0]!.rating!.value = 9;
    const paths = scaleProblems(scale).map((p) => p.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['verdicts.1.key', 'verdicts.1.shortcut', 'verdicts.0.rating.value']));
    const noUnreviewed = body();
    noUnreviewed.verdicts = noUnreviewed.verdicts.filter((v) => v.key !== 'unreviewed');
    expect(scaleProblems(noUnreviewed).map((p) => p.path.join('.'))).toContain('verdicts');
  });

  it('maps keys by place and by letter, and lists what is published', () => {
    expect(verdictForKey(DEFAULT_RATING_SCALE, '2')?.key).toBe('disputed');
    expect(verdictForKey(DEFAULT_RATING_SCALE, 'U')?.key).toBe('unreviewed');
    expect(verdictForKey(DEFAULT_RATING_SCALE, '7')).toBeUndefined();
    expect(publishableVerdicts(DEFAULT_RATING_SCALE).map((v) => v.key)).toEqual(['corroborated', 'disputed']);
    expect(emptyVerdictCounts(DEFAULT_RATING_SCALE)).toEqual({ corroborated: 0, disputed: 0, unreviewed: 0 });
    expect(verdictLabel(DEFAULT_RATING_SCALE, 'disputed', 'ar')).toBe('مُتنازَع عليه');
  });
});
