// Query keys for claim histories; under the claims prefix, so invalidating every claim query refreshes them too.
import { claimKeys } from '../../../lib/queries/claim-keys.ts';

export const historyKeys = {
  all: () => [...claimKeys.all, 'history'] as const,
  /** The version is in the key: a claim that changes is read again, and an older timeline never shows a newer claim. */
  detail: (claimId: string, version: number) => [...historyKeys.all(), claimId, version] as const,
};
