// UI state of the text: the span being turned into a claim (the draft), its chosen source, the focused sentence.
import type { TextRange } from '@domain/anchoring.ts';
import type { UiSlice } from '../../lib/ui-store.ts';

export interface SelectionSlice {
  /** The span the user picked (snapped to words) and has not yet made into a claim. */
  draft: TextRange | null;
  draftSourceId: string | null;
  /** Why the last attempt to make a claim did not go through (e.g. no source chosen). */
  draftError: string | null;
  focusedSentence: number;
  textSelected: (range: TextRange, preselectedSourceId: string | null) => void;
  draftSourceChosen: (sourceId: string | null) => void;
  draftFailed: (message: string) => void;
  draftDiscarded: () => void;
  sentenceFocused: (index: number) => void;
}

declare module '../../lib/ui-store.ts' {
  interface UiState extends SelectionSlice {}
}

export const createSelectionSlice: UiSlice<SelectionSlice> = (set) => ({
  draft: null,
  draftSourceId: null,
  draftError: null,
  focusedSentence: 0,
  textSelected: (range, preselectedSourceId) =>
    set((state) =>
      state.draft?.start === range.start && state.draft.end === range.end
        ? state
        : { draft: range, draftSourceId: preselectedSourceId, draftError: null },
    ),
  draftSourceChosen: (sourceId) => set({ draftSourceId: sourceId, draftError: null }),
  draftFailed: (message) => set({ draftError: message }),
  draftDiscarded: () => set({ draft: null, draftSourceId: null, draftError: null }),
  sentenceFocused: (index) => set({ focusedSentence: index }),
});
