// UI state of suggestions: the one the keyboard is on, sources picked for those that named none, failed accepts.
import type { UiSlice } from '../../lib/ui-store.ts';

export interface SuggestionsSlice {
  /** The current suggestion (last focused); the text paints it stronger than the others. */
  focusedSuggestionKey: string | null;
  /** Sources the user picked for suggestions that found no speaker, by suggestion key. */
  suggestionSources: Record<string, string>;
  /** Why accepting a suggestion did not go through, by suggestion key. */
  suggestionErrors: Record<string, string>;
  suggestionFocused: (key: string | null) => void;
  suggestionSourceChosen: (key: string, sourceId: string) => void;
  suggestionFailed: (key: string, message: string) => void;
}

declare module '../../lib/ui-store.ts' {
  interface UiState extends SuggestionsSlice {}
}

export const createSuggestionsSlice: UiSlice<SuggestionsSlice> = (set) => ({
  focusedSuggestionKey: null,
  suggestionSources: {},
  suggestionErrors: {},
  suggestionFocused: (key) => set({ focusedSuggestionKey: key }),
  suggestionSourceChosen: (key, sourceId) =>
    set((state) => {
      const { [key]: _cleared, ...errors } = state.suggestionErrors;
      return { suggestionSources: { ...state.suggestionSources, [key]: sourceId }, suggestionErrors: errors };
    }),
  suggestionFailed: (key, message) => set((state) => ({ suggestionErrors: { ...state.suggestionErrors, [key]: message } })),
});
