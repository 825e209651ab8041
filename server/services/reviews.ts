// The editor's decision on a claim's verdict: approve it, or send it back to the fact-checker with a comment. The
// decision and its audit entry are one unit of work, written only over the version the editor saw.
import type { z } from 'zod';
import type { ReviewBodySchema } from '../../domain/requests.ts';
import type { Claim } from '../../domain/schemas.ts';
import type { Repositories } from '../store/repositories.ts';
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
