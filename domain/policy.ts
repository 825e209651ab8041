// Who may change what: one table of role × action, each cell saying whose records (anyone's, one's own, one's own
// until an editor approves them, nobody's). The server refuses by it (server/auth/policy.ts); the client reads it to
// offer only what the server allows.
import type { Claim, Role } from './schemas.ts';

export const ACTIONS = [
  'claim.create',
  'claim.edit',
  'claim.delete',
  'claim.restore',
  'claim.review',
  'suggestion.accept',
  'suggestion.reject',
  'article.create',
  'article.edit',
  'article.delete',
  'article.restore',
  'article.publish',
  'source.create',
  'source.edit',
  'source.delete',
  'user.list',
  'user.create',
  'user.edit',
  'user.locale',
  'settings.edit',
  'scale.edit',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Whose records a role may act on: `any`; `own` (records they made, or their own account); `own-unapproved` (their
 * own, while no editor has approved it); `none`.
 */
export type Reach = 'any' | 'own' | 'own-unapproved' | 'none';

/** What the policy needs to know of the record acted on; absent for actions on no record (settings, a new claim). */
export interface RecordFacts {
  own?: boolean;
  approved?: boolean;
}

export const POLICY: Readonly<Record<Action, Readonly<Record<Role, Reach>>>> = {
  'claim.create': { factchecker: 'any', editor: 'any' },
  'claim.edit': { factchecker: 'own-unapproved', editor: 'any' },
  'claim.delete': { factchecker: 'own-unapproved', editor: 'any' },
  'claim.restore': { factchecker: 'own-unapproved', editor: 'any' },
  'claim.review': { factchecker: 'none', editor: 'any' },
  // Accepting a suggestion makes a claim of one's own; rejecting one only stops it being proposed again.
  'suggestion.accept': { factchecker: 'any', editor: 'any' },
  'suggestion.reject': { factchecker: 'any', editor: 'any' },
  // Articles record no author; anyone may add one and correct its details, only editors take one away.
  'article.create': { factchecker: 'any', editor: 'any' },
  'article.edit': { factchecker: 'any', editor: 'any' },
  'article.delete': { factchecker: 'none', editor: 'any' },
  'article.restore': { factchecker: 'none', editor: 'any' },
  // Publishing speaks for the newsroom to the public: editors only (issue 15).
  'article.publish': { factchecker: 'none', editor: 'any' },
  // Sources are shared by every claim: anyone may add one, only editors change or remove one.
  'source.create': { factchecker: 'any', editor: 'any' },
  'source.edit': { factchecker: 'none', editor: 'any' },
  'source.delete': { factchecker: 'none', editor: 'any' },
  'user.list': { factchecker: 'none', editor: 'any' },
  'user.create': { factchecker: 'none', editor: 'any' },
  'user.edit': { factchecker: 'none', editor: 'any' },
  'user.locale': { factchecker: 'own', editor: 'any' },
  'settings.edit': { factchecker: 'none', editor: 'any' },
  // The rating scale is the desk's vocabulary: changing it re-rates claims (issue 18).
  'scale.edit': { factchecker: 'none', editor: 'any' },
};

/** Why the table refuses: the role never may, the record is someone else's, or it is approved. */
export type RefusalKind = 'role' | 'not_own' | 'approved';

/** Why `role` may not do `action` to a record with these facts, or null when it may. */
export function refusalOf(role: Role, action: Action, facts: RecordFacts = {}): RefusalKind | null {
  const reach = POLICY[action][role];
  if (reach === 'any') return null;
  if (reach === 'none') return 'role';
  if (!facts.own) return 'not_own';
  if (reach === 'own-unapproved' && facts.approved) return 'approved';
  return null;
}

export const can = (role: Role, action: Action, facts?: RecordFacts): boolean => refusalOf(role, action, facts) === null;

/** A claim as the policy sees it from `userId`: made by them (claims made before accounts existed are nobody's), approved. */
export function claimFacts(claim: Pick<Claim, 'createdBy' | 'review'>, userId: string): RecordFacts {
  return { own: claim.createdBy !== null && claim.createdBy === userId, approved: claim.review.state === 'approved' };
}

const WHAT: Record<Action, string> = {
  'claim.create': 'add a claim',
  'claim.edit': 'change a claim',
  'claim.delete': 'delete a claim',
  'claim.restore': 'restore a claim',
  'claim.review': 'approve or return a claim',
  'suggestion.accept': 'accept a suggestion',
  'suggestion.reject': 'reject a suggestion',
  'article.create': 'add an article',
  'article.edit': 'change an article',
  'article.delete': 'delete an article',
  'article.restore': 'restore an article',
  'article.publish': 'publish or withdraw a fact-check',
  'source.create': 'add a source',
  'source.edit': 'change a source',
  'source.delete': 'delete a source',
  'user.list': 'see the accounts',
  'user.create': 'add a person',
  'user.edit': 'change an account',
  'user.locale': "change another person's interface language",
  'settings.edit': "change the newsroom's settings",
  'scale.edit': "change the newsroom's rating scale",
};

/** The English sentence of a refusal, for logs and API clients (the interface words it by `kind`). */
export function refusalMessage(action: Action, kind: RefusalKind): string {
  if (kind === 'approved') return `Only an editor can ${WHAT[action].replace(/\ba claim\b/, 'an approved claim')}`;
  if (kind === 'not_own' && action !== 'user.locale') return `Only an editor can ${WHAT[action].replace(/\ba claim\b/, "someone else's claim")}`;
  return `Only an editor can ${WHAT[action]}`;
}
