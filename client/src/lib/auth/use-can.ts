// What the signed-in person may do, read off the same policy table the server refuses by (domain/policy.ts), so the
// interface offers only what will be allowed.
import { useCallback } from 'react';
import { can, claimFacts, refusalOf, type Action, type RecordFacts, type RefusalKind } from '@domain/policy.ts';
import type { Claim } from '@domain/schemas.ts';
import { useSession } from './get-session.ts';

/** `(action, facts?) => boolean` for the signed-in person; nothing is allowed while nobody is signed in. */
export function useCan(): (action: Action, facts?: RecordFacts) => boolean {
  const { data: session } = useSession();
  const role = session?.user.role;
  return useCallback((action, facts) => (role ? can(role, action, facts) : false), [role]);
}

/** Why the signed-in person may not `action` this claim (someone else's, approved), or null when they may. */
export function useClaimRefusal(): (action: Action, claim: Pick<Claim, 'createdBy' | 'review'>) => RefusalKind | null {
  const { data: session } = useSession();
  const user = session?.user;
  return useCallback((action, claim) => (user ? refusalOf(user.role, action, claimFacts(claim, user.id)) : 'role'), [user]);
}
