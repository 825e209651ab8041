// The policy (domain/policy.ts) at the API: a 403 `forbidden` naming what is not allowed, raised before anything
// changes. Routes check record-free actions with `permit` and a record's with `authorize` inside their store update,
// against the record as the store has it at that moment.
import type { RequestHandler } from 'express';
import { refusalMessage, refusalOf, type Action, type RecordFacts } from '../../domain/policy.ts';
import type { User } from '../../domain/schemas.ts';
import { HttpError } from '../errors.ts';
import { currentUser } from './sessions.ts';

/** Throws 403 forbidden unless the policy lets `user` do `action` to a record with these facts. */
export function authorize(user: User, action: Action, facts?: RecordFacts): void {
  const kind = refusalOf(user.role, action, facts);
  if (kind) throw new HttpError(403, 'forbidden', refusalMessage(action, kind), undefined, { params: { kind, action } });
}

/** Middleware for an action on no particular record (a whole editors' screen, settings, adding something). */
export const permit =
  (action: Action): RequestHandler =>
  (_req, res, next) => {
    authorize(currentUser(res.locals), action);
    next();
  };
