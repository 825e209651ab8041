// The desk's rating scale (issue 18): reading it, checking a claim's verdict against it, and changing it. A change
// names the version it was made from; removing a verdict that claims use needs `moves[key]`, a verdict of the new
// scale, and those claims move in the same unit of work (each audited as a `verdict` change, back to pending review).
import {
  emptyVerdictCounts,
  UNREVIEWED,
  type RatingScale,
  type RatingScaleUpdate,
  type VerdictUsage,
} from '../../domain/rating-scale.ts';
import { PENDING_REVIEW, type Claim } from '../../domain/schemas.ts';
import { conflict, invalid } from '../errors.ts';
import type { Repositories } from '../store/repositories.ts';
import type { ChangeContext } from './context.ts';
import { saveClaim } from './claims.ts';

/** Live claims per verdict of the scale (0 for those unused), and any key claims use that the scale lacks. */
export async function verdictUsage(read: Repositories): Promise<VerdictUsage> {
  const [scale, used] = await Promise.all([read.ratingScale.get(), read.claims.verdictUsage()]);
  return { counts: { ...emptyVerdictCounts(scale), ...used } };
}

const plural = (n: number) => (n === 1 ? '1 claim uses' : `${n} claims use`);

/** Stores `body` as the desk's scale, moving the claims of the verdicts it drops. */
export async function updateRatingScale(tx: Repositories, body: RatingScaleUpdate, ctx: ChangeContext): Promise<RatingScale> {
  const current = await tx.ratingScale.get();
  if (body.version !== current.version) {
    throw conflict('version_conflict', `The rating scale was changed by someone else (now version ${current.version}; you edited version ${body.version})`, 'version', {
      params: { version: current.version },
    });
  }
  const moves = body.moves ?? {};
  const kept = new Set(body.verdicts.map((v) => v.key));
  const removed = current.verdicts.filter((v) => !kept.has(v.key)).map((v) => v.key);
  for (const [from, to] of Object.entries(moves)) {
    if (!removed.includes(from)) throw invalid(`moves.${from}`, 'unknown_verdict', `"${from}" is not a verdict this change removes`);
    if (!kept.has(to)) throw invalid(`moves.${from}`, 'unknown_verdict', `The new scale has no verdict "${to}"`);
  }
  const usage = await tx.claims.verdictUsage();
  for (const key of removed) {
    const n = usage[key] ?? 0;
    if (n > 0 && moves[key] === undefined) {
      throw conflict('verdict_in_use', `${plural(n)} "${key}": say which verdict of the new scale they move to`, `moves.${key}`, {
        params: { count: n, verdict: key },
      });
    }
  }
  const next: RatingScale = {
    verdicts: body.verdicts,
    worstRating: body.worstRating,
    bestRating: body.bestRating,
    version: current.version + 1,
    updatedAt: ctx.now,
  };
  // Deleted claims move too (to unreviewed, unless a move names another), so that undoing a deletion never brings
  // back a verdict the scale lacks.
  let movedClaims = 0;
  for (const key of removed) {
    const to = moves[key] ?? UNREVIEWED;
    for (const claim of await tx.claims.withVerdict(key)) {
      await moveClaim(tx, claim, to, ctx);
      movedClaims += 1;
    }
  }
  const change = {
    id: ctx.newId(),
    at: ctx.now,
    userId: ctx.userId,
    fromVersion: current.version,
    toVersion: next.version,
    before: { verdicts: current.verdicts, worstRating: current.worstRating, bestRating: current.bestRating },
    after: { verdicts: next.verdicts, worstRating: next.worstRating, bestRating: next.bestRating },
    moves,
    movedClaims,
  };
  if (!(await tx.ratingScale.put(next, current.version, change))) {
    throw conflict('version_conflict', 'The rating scale was changed by someone else meanwhile; reload it', 'version');
  }
  return next;
}

async function moveClaim(tx: Repositories, claim: Claim, to: string, ctx: ChangeContext): Promise<void> {
  const next: Claim = { ...claim, verdict: to, version: claim.version + 1, updatedAt: ctx.now, updatedBy: ctx.userId, review: PENDING_REVIEW };
  await saveClaim(tx, claim, next, [{ action: 'verdict', before: claim.verdict, after: to }], ctx);
}
