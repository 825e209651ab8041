// The three verdicts as the interface shows them: label, keys and the highlight each one paints.
// Type-only import: the zod schemas stay out of the first-load bundle.
import type { Verdict } from '../../../../domain/schemas.ts';

export interface VerdictMeta {
  verdict: Verdict;
  label: string;
  /** Keys that set this verdict on the active claim. */
  keys: readonly string[];
  highlight: string;
}

export const VERDICT_META: Record<Verdict, VerdictMeta> = {
  corroborated: { verdict: 'corroborated', label: 'Corroborated', keys: ['1', 'c'], highlight: 'claim-corroborated' },
  disputed: { verdict: 'disputed', label: 'Disputed', keys: ['2', 'd'], highlight: 'claim-disputed' },
  unreviewed: { verdict: 'unreviewed', label: 'Unreviewed', keys: ['3', 'u'], highlight: 'claim-unreviewed' },
};

/** The order of the verdict buttons (and of the number keys 1, 2, 3). */
export const VERDICT_ORDER: readonly Verdict[] = ['corroborated', 'disputed', 'unreviewed'];

export function verdictForKey(key: string): Verdict | undefined {
  return VERDICT_ORDER.find((v) => VERDICT_META[v].keys.includes(key.toLowerCase()));
}
