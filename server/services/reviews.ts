// The editor's decision on a claim's verdict: approve it, send it back to the fact-checker with a comment, or take an
// approval back with a reason. Each decision and its audit entry are one unit of work, written only over the version
// the editor saw.
import type { z } from 'zod';
import type { ReviewBodySchema, WithdrawApprovalBodySchema } from '../../domain/requests.ts';
import type { Claim } from '../../domain/schemas.ts';
import type { Repositories } from '../store/repositories.ts';
import { conflict } from '../errors.ts';
import { findClaim, saveClaim, versionConflict } from './claims.ts';
import type { ChangeContext } from './context.ts';

export async function reviewClaim(tx: Repositories, id: string, body: z.output<typeof ReviewBodySchema>, ctx: ChangeContext): Promise<Claim> {
  const current = await findClaim(tx, id);
  if (body.version !== current.version) {
    throw versionConflict(current, body.version, `This claim changed while you reviewed it (now version ${current.version})`);
  }
  const review = {
    state: body.decision === 'approve' ? ('approved' as const) : ('returned' as const),
    comment: body.comment,
    decidedBy: ctx.userId,
    decidedAt: ctx.now,
  };
  const next: Claim = { ...current, review, version: current.version + 1, updatedAt: ctx.now, updatedBy: ctx.userId };
  return saveClaim(tx, current, next, [{ action: 'review', before: current.review, after: review }], ctx);
}

/**
 * Takes back an editor's approval: the claim is pending review again, its comment the reason, and the audit entry
 * (action `review`, from the approval to the pending review) names who withdrew it and why.
 */
export async function withdrawApproval(
  tx: Repositories,
  id: string,
  body: z.output<typeof WithdrawApprovalBodySchema>,
  ctx: ChangeContext,
): Promise<Claim> {
  const current = await findClaim(tx, id);
  if (body.version !== current.version) {
    throw versionConflict(current, body.version, `This claim changed while you reviewed it (now version ${current.version})`);
  }
  if (current.review.state !== 'approved') {
    throw conflict('not_approved', 'This claim is not approved, so there is no approval to withdraw', 'id', { current });
  }
  const review = { state: 'pending' as const, comment: body.reason, decidedBy: ctx.userId, decidedAt: ctx.now };
  const next: Claim = { ...current, review, version: current.version + 1, updatedAt: ctx.now, updatedBy: ctx.userId };
  return saveClaim(tx, current, next, [{ action: 'review', before: current.review, after: review }], ctx);
}
