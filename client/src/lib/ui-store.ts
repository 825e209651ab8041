// The one zustand store for UI state; server data stays in React Query. Each feature owns a slice of it and adds the
// slice to UiState with a `declare module` beside the slice; the app layer merges the slices into the store
// (app/ui-store.ts) before the first render. So features reach the store through lib without importing each other,
// and lib imports no feature.
import { create, type StateCreator } from 'zustand';

/** Every slice's state and actions, merged: each slice's module adds its own (e.g. features/claims/claims-slice.ts). */
export interface UiState {}

/** A slice of the store. Its actions set its own fields; rules that span features are the app layer's (app/ui-store.ts). */
export type UiSlice<T> = StateCreator<UiState, [], [], T>;

/** Empty until the app layer builds it from the slices (buildUiStore); nothing reads it before that. */
export const useUiStore = create<UiState>()(() => ({}) as UiState);

let initialState: UiState = useUiStore.getState();

/** Sets the whole state from the merged slices as the app starts; that state is also where sign-out returns to. */
export function buildUiStore(slices: StateCreator<UiState>): void {
  initialState = slices(useUiStore.setState, useUiStore.getState, useUiStore);
  useUiStore.setState(initialState, true);
}

/** On sign-out: forget the previous person's selection, drafts, toasts and undo history. */
export function uiSignedOut(): void {
  useUiStore.setState(initialState, true);
}
