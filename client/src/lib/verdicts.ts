// The three verdicts: keys and the highlight each one paints. Their names are messages (common:verdict.*).
// Type-only import: the zod schemas stay out of the first-load bundle.
import type { Verdict } from '@domain/schemas.ts';

export interface VerdictMeta {
  verdict: Verdict;
  /** Keys that set this verdict on the active claim. */
  keys: readonly string[];
  highlight: string;
}

export const VERDICT_META: Record<Verdict, VerdictMeta> = {
  corroborated: { verdict: 'corroborated', keys: ['1', 'c'], highlight: 'claim-corroborated' },
  disputed: { verdict: 'disputed', keys: ['2', 'd'], highlight: 'claim-disputed' },
  unreviewed: { verdict: 'unreviewed', keys: ['3', 'u'], highlight: 'claim-unreviewed' },
};

/** The order of the verdict buttons (and of the number keys 1, 2, 3). */
export const VERDICT_ORDER: readonly Verdict[] = ['corroborated', 'disputed', 'unreviewed'];

export function verdictForKey(key: string): Verdict | undefined {
  return VERDICT_ORDER.find((v) => VERDICT_META[v].keys.includes(key.toLowerCase()));
}
