// UI state of the review queue: the active row, the return comment being written, and each row's last refusal.
import type { UiSlice } from '../../lib/ui-store.ts';

export interface ReturnDraft {
  claimId: string;
  comment: string;
}

export interface ReviewSlice {
  activeQueueClaimId: string | null;
  /** The open "return" box; its comment survives leaving the page until it is sent or dropped. */
  returnDraft: ReturnDraft | null;
  /** Why the last decision or verdict change on a row did not go through (a 409 conflict names the newer version). */
  queueErrors: Record<string, string>;
  queueRowActivated: (claimId: string | null) => void;
  returnStarted: (claimId: string) => void;
  returnCommentEdited: (comment: string) => void;
  returnDropped: () => void;
  queueActionFailed: (claimId: string, message: string) => void;
  queueActionSucceeded: (claimId: string) => void;
}

declare module '../../lib/ui-store.ts' {
  interface UiState extends ReviewSlice {}
}

export const createReviewSlice: UiSlice<ReviewSlice> = (set) => ({
  activeQueueClaimId: null,
  returnDraft: null,
  queueErrors: {},
  queueRowActivated: (claimId) => set({ activeQueueClaimId: claimId }),
  returnStarted: (claimId) =>
    set((state) =>
      state.returnDraft?.claimId === claimId
        ? { activeQueueClaimId: claimId }
        : { activeQueueClaimId: claimId, returnDraft: { claimId, comment: '' } },
    ),
  returnCommentEdited: (comment) => set((state) => (state.returnDraft ? { returnDraft: { ...state.returnDraft, comment } } : state)),
  returnDropped: () => set({ returnDraft: null }),
  queueActionFailed: (claimId, message) => set((state) => ({ queueErrors: { ...state.queueErrors, [claimId]: message } })),
  queueActionSucceeded: (claimId) =>
    set((state) => {
      if (!(claimId in state.queueErrors)) return state;
      const { [claimId]: _cleared, ...rest } = state.queueErrors;
      return { queueErrors: rest };
    }),
});
