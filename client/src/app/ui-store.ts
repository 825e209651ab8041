// Builds the one UI store from the features' slices and the toast's, as soon as the app shell is imported; the tests
// that use the store import it from here for the same reason.
import { createToastSlice } from '../components/toast-slice.ts';
import { createSelectionSlice } from '../features/articles/selection-slice.ts';
import { createClaimsSlice } from '../features/claims/claims-slice.ts';
import { createReviewSlice } from '../features/review/review-slice.ts';
import { createSuggestionsSlice } from '../features/suggestions/suggestions-slice.ts';
import { buildUiStore } from '../lib/ui-store.ts';

buildUiStore((...args) => ({
  ...createSelectionSlice(...args),
  ...createClaimsSlice(...args),
  ...createToastSlice(...args),
  ...createSuggestionsSlice(...args),
  ...createReviewSlice(...args),
}));

export { uiSignedOut, useUiStore, type UiState } from '../lib/ui-store.ts';
