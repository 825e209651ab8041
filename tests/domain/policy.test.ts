// The access policy table (domain/policy.ts) on its own: what the server refuses by and the client hides by.
import { describe, expect, it } from 'vitest';
import { ACTIONS, POLICY, can, claimFacts, refusalMessage, refusalOf } from '../../domain/policy.ts';
import { PENDING_REVIEW } from '../../domain/schemas.ts';

const approved = { ...PENDING_REVIEW, state: 'approved' as const };

describe('the access policy', () => {
  it('lets an editor do every action to anyone’s record, approved or not', () => {
    for (const action of ACTIONS) {
      for (const own of [true, false]) for (const isApproved of [true, false]) expect(can('editor', action, { own, approved: isApproved })).toBe(true);
    }
  });

  it('has a cell for every action and role', () => {
    expect(Object.keys(POLICY).sort()).toEqual([...ACTIONS].sort());
  });

  it.each([
    ['own, pending', { createdBy: 'u1', review: PENDING_REVIEW }, null],
    ['own, returned', { createdBy: 'u1', review: { ...PENDING_REVIEW, state: 'returned' as const } }, null],
    ['own, approved', { createdBy: 'u1', review: approved }, 'approved'],
    ["someone else's", { createdBy: 'u2', review: PENDING_REVIEW }, 'not_own'],
    ["someone else's, approved", { createdBy: 'u2', review: approved }, 'not_own'],
    ['made before accounts existed', { createdBy: null, review: PENDING_REVIEW }, 'not_own'],
  ] as const)('decides a fact-checker’s change to a claim that is %s (refusal: %s)', (_name, claim, refusal) => {
    expect(refusalOf('factchecker', 'claim.edit', claimFacts(claim, 'u1'))).toBe(refusal);
  });

  it('says what is refused in words an API client can read', () => {
    expect(refusalMessage('claim.delete', 'not_own')).toBe("Only an editor can delete someone else's claim");
    expect(refusalMessage('claim.edit', 'approved')).toBe('Only an editor can change an approved claim');
    expect(refusalMessage('source.edit', 'role')).toBe('Only an editor can change a source');
  });
});
