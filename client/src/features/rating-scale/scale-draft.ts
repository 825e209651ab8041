// The Rating scale page's draft: the scale being edited, the claims moves its deletions call for, and the edits
// (add, preset, reorder, delete) as pure functions, so each is unit-tested (tests/client/rating-scale/scale-draft.test.ts).
import {
  RATING_SCALE_LIMITS,
  UNREVIEWED,
  type RatingScale,
  type RatingScaleBody,
  type VerdictDefinition,
} from '@domain/rating-scale.ts';

export interface ScaleDraft {
  scale: RatingScaleBody;
  /** The keys of the saved scale: their key cannot change (claims store it). */
  savedKeys: readonly string[];
  /** Removed key → the verdict its claims move to, sent as `moves` on saving. */
  moves: Record<string, string>;
  /** A stable id per verdict (its place in `scale.verdicts`), for React keys while a new verdict's key is typed. */
  ids: readonly string[];
}

export function draftOf(saved: RatingScale): ScaleDraft {
  return {
    scale: { verdicts: saved.verdicts, worstRating: saved.worstRating, bestRating: saved.bestRating },
    savedKeys: saved.verdicts.map((v) => v.key),
    moves: {},
    ids: saved.verdicts.map((v) => v.key),
  };
}

const withVerdicts = (draft: ScaleDraft, verdicts: VerdictDefinition[]): ScaleDraft => ({ ...draft, scale: { ...draft.scale, verdicts } });

export function verdictChanged(draft: ScaleDraft, index: number, change: Partial<VerdictDefinition>): ScaleDraft {
  return withVerdicts(draft, draft.scale.verdicts.map((v, i) => (i === index ? { ...v, ...change } : v)));
}

/** Swaps the verdict at `index` with its neighbour above (-1) or below (+1); nothing at either end. */
export function verdictMoved(draft: ScaleDraft, index: number, by: -1 | 1): ScaleDraft {
  const to = index + by;
  const verdicts = [...draft.scale.verdicts];
  if (to < 0 || to >= verdicts.length) return draft;
  [verdicts[index], verdicts[to]] = [verdicts[to]!, verdicts[index]!];
  const ids = [...draft.ids];
  [ids[index], ids[to]] = [ids[to]!, ids[index]!];
  return { ...withVerdicts(draft, verdicts), ids };
}

/**
 * Removes the verdict at `index`; with `moveTo`, its claims (and any claims already on their way to it) go there on
 * saving. A verdict added in this draft and removed again needs no move.
 */
export function verdictRemoved(draft: ScaleDraft, index: number, moveTo?: string): ScaleDraft {
  const removed = draft.scale.verdicts[index];
  if (!removed || removed.key === UNREVIEWED) return draft;
  const moves = Object.fromEntries(
    Object.entries(draft.moves).map(([from, to]) => [from, to === removed.key && moveTo ? moveTo : to]),
  );
  if (moveTo && draft.savedKeys.includes(removed.key)) moves[removed.key] = moveTo;
  return {
    ...withVerdicts(draft, draft.scale.verdicts.filter((_, i) => i !== index)),
    moves,
    ids: draft.ids.filter((_, i) => i !== index),
  };
}

/** A new verdict, added last: a free key and shortcut, a dark colour unlike the others is left to the user. */
export function blankVerdict(draft: ScaleDraft): VerdictDefinition {
  const keys = new Set(draft.scale.verdicts.map((v) => v.key));
  let n = draft.scale.verdicts.length + 1;
  while (keys.has(`verdict-${n}`)) n++;
  const taken = new Set(draft.scale.verdicts.map((v) => v.shortcut));
  const shortcut = [...'qwertyuiopasdfghjklzxcvbnm'].find((c) => !taken.has(c)) ?? 'z';
  const empty = { en: '', fr: '', ar: '' };
  return {
    key: `verdict-${n}`,
    labels: empty,
    description: empty,
    colour: '#24292f',
    sign: '•',
    shortcut,
    needsReview: false,
    rating: null,
  };
}

export function verdictAdded(draft: ScaleDraft, verdict: VerdictDefinition): ScaleDraft {
  if (draft.scale.verdicts.length >= RATING_SCALE_LIMITS.verdicts) return draft;
  // A preset whose verdict was removed in this draft comes back: its claims stay where they are.
  const moves = Object.fromEntries(Object.entries(draft.moves).filter(([from]) => from !== verdict.key));
  let n = draft.ids.length;
  while (draft.ids.includes(`new-${n}`)) n++;
  return { ...withVerdicts(draft, [...draft.scale.verdicts, verdict]), moves, ids: [...draft.ids, `new-${n}`] };
}

/** The moves that still apply: removed keys whose target is on the scale being saved. */
export function movesToSend(draft: ScaleDraft): Record<string, string> {
  const keys = new Set(draft.scale.verdicts.map((v) => v.key));
  return Object.fromEntries(Object.entries(draft.moves).filter(([from, to]) => !keys.has(from) && keys.has(to)));
}
