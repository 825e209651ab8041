// The audit log of claims: every change appended with who, when, and the values before and after. Append-only:
// nothing in the server edits or removes an entry. Written in the unit of work of the change it records.
import type { AuditAction, AuditEntry, Claim } from '../../domain/schemas.ts';
import type { Repositories } from '../store/repositories.ts';
import type { ChangeContext } from './context.ts';

export interface AuditChange {
  action: AuditAction;
  before: unknown;
  after: unknown;
}

/** Appends one entry per change to `claim`, in order. */
export async function appendAudit(tx: Repositories, claim: Claim, changes: AuditChange[], ctx: ChangeContext): Promise<void> {
  const entries: AuditEntry[] = changes.map((c) => ({
    id: ctx.newId(),
    at: ctx.now,
    userId: ctx.userId,
    claimId: claim.id,
    articleId: claim.articleId,
    action: c.action,
    before: c.before ?? null,
    after: c.after ?? null,
  }));
  await tx.audit.append(entries);
}
