// UI state for feedback and undo: the one visible toast, the latest announcement, the undo history, the shortcuts
// dialog.
import type { Claim, Verdict } from '@domain/schemas.ts';
import type { UiSlice } from '../lib/ui-store.ts';

export type UndoEntry =
  | { kind: 'claim-deleted'; claim: Claim }
  | { kind: 'verdict-changed'; claimId: string; articleId: string; previous: Verdict }
  /** "Accept all" made these claims: one undo deletes them all. */
  | { kind: 'claims-accepted'; articleId: string; claims: Claim[] };

export interface Toast {
  id: number;
  /** What just happened, already in the interface language (callers translate). */
  message: string;
  tone: 'info' | 'error';
  /** Shows an Undo button that undoes the newest undo entry. */
  undoable: boolean;
  /** A button of its own, outside the claim undo history (e.g. Undo for a deleted article). */
  action?: ToastAction;
}

export interface ToastAction {
  /** The button's text, already in the interface language. */
  label: string;
  run: () => void;
}

/** A sentence for screen readers (saved, failed, approved...), already in the interface language. */
export interface Announcement {
  id: number;
  message: string;
}

export interface ToastSlice {
  toast: Toast | null;
  announcement: Announcement | null;
  undoStack: UndoEntry[];
  shortcutsOpen: boolean;
  toastShown: (message: string, tone?: Toast['tone'], action?: ToastAction) => void;
  /** Says `message` in the app's polite live region; the same words twice are said twice. */
  announced: (message: string) => void;
  toastDismissed: (id: number) => void;
  undoRecorded: (entry: UndoEntry, message: string) => void;
  undoTaken: () => UndoEntry | undefined;
  /** Forgets an entry whose change failed after all (it was recorded as soon as the user acted). */
  undoDropped: (entry: UndoEntry) => void;
  shortcutsToggled: (open: boolean) => void;
}

declare module '../lib/ui-store.ts' {
  interface UiState extends ToastSlice {}
}

const UNDO_HISTORY = 20;
let nextToastId = 1;

export const createToastSlice: UiSlice<ToastSlice> = (set, get) => ({
  toast: null,
  announcement: null,
  undoStack: [],
  shortcutsOpen: false,
  toastShown: (message, tone = 'info', action) =>
    set({ toast: { id: nextToastId++, message, tone, undoable: false, ...(action ? { action } : {}) } }),
  announced: (message) => set({ announcement: { id: nextToastId++, message } }),
  toastDismissed: (id) => set((state) => (state.toast?.id === id ? { toast: null } : state)),
  undoRecorded: (entry, message) =>
    set((state) => ({
      undoStack: [...state.undoStack.slice(-(UNDO_HISTORY - 1)), entry],
      toast: { id: nextToastId++, message, tone: 'info', undoable: true },
    })),
  undoDropped: (entry) => set((state) => ({ undoStack: state.undoStack.filter((e) => e !== entry) })),
  undoTaken: () => {
    const entry = get().undoStack.at(-1);
    if (entry) set((state) => ({ undoStack: state.undoStack.slice(0, -1), toast: null }));
    return entry;
  },
  shortcutsToggled: (open) => set({ shortcutsOpen: open }),
});
