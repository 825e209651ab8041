// The one zustand store for UI state, merged from feature slices; server data stays in React Query.
import { create } from 'zustand';
import { createSelectionSlice, type SelectionSlice } from '../features/articles/selection-slice.ts';
import { createClaimsSlice, type ClaimsSlice } from '../features/claims/claims-slice.ts';
import { createToastSlice, type ToastSlice } from '../components/toast-slice.ts';
import { createSuggestionsSlice, type SuggestionsSlice } from '../features/suggestions/suggestions-slice.ts';
import { createReviewSlice, type ReviewSlice } from '../features/review/review-slice.ts';

export type UiState = SelectionSlice & ClaimsSlice & ToastSlice & SuggestionsSlice & ReviewSlice;

export const useUiStore = create<UiState>()((...args) => ({
  ...createSelectionSlice(...args),
  ...createClaimsSlice(...args),
  ...createToastSlice(...args),
  ...createSuggestionsSlice(...args),
  ...createReviewSlice(...args),
}));

/** On sign-out: forget the previous person's selection, drafts, toasts and undo history. */
export function uiSignedOut(): void {
  useUiStore.setState(useUiStore.getInitialState(), true);
}
