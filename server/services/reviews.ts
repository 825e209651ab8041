// The editor's decision on a claim's verdict: approve it, or send it back to the fact-checker with a comment.
import type { z } from 'zod';
import type { ReviewBodySchema } from '../../domain/requests.ts';
import type { Claim, StoreData } from '../../domain/schemas.ts';
import { conflict } from '../errors.ts';
import type { Change } from '../store/store.ts';
import { appendAudit } from './audit.ts';
import { findClaim } from './claims.ts';
import type { ChangeContext } from './context.ts';

export function reviewClaim(data: StoreData, id: string, body: z.output<typeof ReviewBodySchema>, ctx: ChangeContext): Change<Claim> {
  const current = findClaim(data, id);
  if (body.version !== current.version) {
    throw conflict('version_conflict', `This claim changed while you reviewed it (now version ${current.version})`, 'version', {
      current,
      params: { version: current.version },
    });
  }
  const review = {
    state: body.decision === 'approve' ? ('approved' as const) : ('returned' as const),
    comment: body.comment,
    decidedBy: ctx.userId,
    decidedAt: ctx.now,
  };
  const next: Claim = { ...current, review, version: current.version + 1, updatedAt: ctx.now, updatedBy: ctx.userId };
  const claims = data.claims.map((c) => (c.id === id ? next : c));
  return { data: appendAudit({ ...data, claims }, next, [{ action: 'review', before: current.review, after: review }], ctx), result: next };
}
