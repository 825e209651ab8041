// Builds the one UI store from the features' slices and the toast's, as soon as the app shell is imported (the tests
// that use the store import it from here for the same reason), and owns the UI rules that span features.
import { createToastSlice } from '../components/toast-slice.ts';
import { createSelectionSlice } from '../features/articles/selection-slice.ts';
import { createClaimsSlice } from '../features/claims/claims-slice.ts';
import { createReviewSlice } from '../features/review/review-slice.ts';
import { createSuggestionsSlice } from '../features/suggestions/suggestions-slice.ts';
import { buildUiStore } from '../lib/ui-store.ts';

buildUiStore((set, get, store) => {
  const selection = createSelectionSlice(set, get, store);
  const claims = createClaimsSlice(set, get, store);
  return {
    ...selection,
    ...claims,
    ...createToastSlice(set, get, store),
    ...createSuggestionsSlice(set, get, store),
    ...createReviewSlice(set, get, store),
    // A draft span (articles) and an active claim (claims) exclude each other: picking one drops the other.
    textSelected: (range, preselectedSourceId) => {
      const before = get().draft;
      selection.textSelected(range, preselectedSourceId);
      if (get().draft !== before) set({ activeClaimId: null });
    },
    claimSelected: (claimId) => {
      claims.claimSelected(claimId);
      if (claimId !== null) set({ draft: null, draftError: null });
    },
  };
});

export { uiSignedOut, useUiStore, type UiState } from '../lib/ui-store.ts';
