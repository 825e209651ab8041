// UI state of claims: which one is active, the panel's filters, unsaved note drafts, save states and conflicts.
import type { Claim, Verdict } from '@domain/schemas.ts';
import type { UiSlice } from '../../lib/ui-store.ts';
import type { ClaimChanges } from './api/update-claim.ts';

export interface SaveState {
  pending: number;
  /** Why the last save failed (the server's or the network's error, worded when shown), with what it tried to save. */
  error: Error | null;
  failedChanges: ClaimChanges | null;
  savedOnce: boolean;
}

export interface Conflict {
  mine: ClaimChanges;
  theirs: Claim;
}

export interface ClaimsSlice {
  activeClaimId: string | null;
  /** A verdict key of the desk's scale, or 'all'. */
  verdictFilter: string | 'all';
  sourceFilter: string | 'all';
  noteDrafts: Record<string, string>;
  saves: Record<string, SaveState>;
  conflicts: Record<string, Conflict>;
  /** The approved claim the user agreed to edit, knowing an edit sends it back to review. */
  approvedEditConfirmed: string | null;
  approvedEditAccepted: (claimId: string) => void;
  claimSelected: (claimId: string | null) => void;
  verdictFilterChanged: (verdict: string | 'all') => void;
  sourceFilterChanged: (sourceId: string | 'all') => void;
  noteEdited: (claimId: string, note: string) => void;
  noteSaved: (claimId: string, note: string) => void;
  noteDiscarded: (claimId: string) => void;
  saveStarted: (claimId: string) => void;
  saveSucceeded: (claimId: string) => void;
  saveFailed: (claimId: string, error: Error, changes: ClaimChanges) => void;
  conflictDetected: (claimId: string, conflict: Conflict) => void;
  conflictResolved: (claimId: string) => void;
}

declare module '../../lib/ui-store.ts' {
  interface UiState extends ClaimsSlice {}
}

const idleSave: SaveState = { pending: 0, error: null, failedChanges: null, savedOnce: false };

export const createClaimsSlice: UiSlice<ClaimsSlice> = (set) => {
  const patchSave = (claimId: string, change: (save: SaveState) => SaveState) =>
    set((state) => ({ saves: { ...state.saves, [claimId]: change(state.saves[claimId] ?? idleSave) } }));
  return {
    activeClaimId: null,
    verdictFilter: 'all',
    sourceFilter: 'all',
    noteDrafts: {},
    saves: {},
    conflicts: {},
    approvedEditConfirmed: null,
    approvedEditAccepted: (claimId) => set({ approvedEditConfirmed: claimId }),
    claimSelected: (claimId) => set({ activeClaimId: claimId }),
    verdictFilterChanged: (verdict) => set({ verdictFilter: verdict }),
    sourceFilterChanged: (sourceId) => set({ sourceFilter: sourceId }),
    noteEdited: (claimId, note) => set((state) => ({ noteDrafts: { ...state.noteDrafts, [claimId]: note } })),
    noteSaved: (claimId, note) =>
      set((state) => {
        if (state.noteDrafts[claimId] !== note) return state;
        const { [claimId]: _saved, ...rest } = state.noteDrafts;
        return { noteDrafts: rest };
      }),
    noteDiscarded: (claimId) =>
      set((state) => {
        const { [claimId]: _dropped, ...rest } = state.noteDrafts;
        return { noteDrafts: rest };
      }),
    saveStarted: (claimId) => patchSave(claimId, (s) => ({ ...s, pending: s.pending + 1 })),
    saveSucceeded: (claimId) =>
      patchSave(claimId, (s) => ({ pending: Math.max(0, s.pending - 1), error: null, failedChanges: null, savedOnce: true })),
    saveFailed: (claimId, error, changes) =>
      patchSave(claimId, (s) => ({ ...s, pending: Math.max(0, s.pending - 1), error, failedChanges: changes })),
    conflictDetected: (claimId, conflict) => set((state) => ({ conflicts: { ...state.conflicts, [claimId]: conflict } })),
    conflictResolved: (claimId) =>
      set((state) => {
        const { [claimId]: _resolved, ...rest } = state.conflicts;
        return { conflicts: rest };
      }),
  };
};
