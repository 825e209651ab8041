// The app's one polite live region: the toast (what just happened, with Undo when it can be undone; it stays while
// hovered or focused) and, unseen, the announcements of saves, failures and review decisions (issue 16).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../lib/ui-store.ts';

const TOAST_MS = 8_000;

export function Toast({ onUndo }: { onUndo: () => void }) {
  const { t } = useTranslation();
  const toast = useUiStore((s) => s.toast);
  const toastDismissed = useUiStore((s) => s.toastDismissed);
  const announcement = useUiStore((s) => s.announcement);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(() => toastDismissed(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, held, toastDismissed]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {/* A new node per announcement, so a second "Saved" is read again. */}
      <span key={announcement?.id} className="visually-hidden" data-announcement>
        {announcement?.message}
      </span>
      {toast && (
        <div
          className={`toast toast-${toast.tone}`}
          onMouseEnter={() => setHeld(true)}
          onMouseLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
        >
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toastDismissed(toast.id);
                toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
          {toast.undoable && (
            <button type="button" onClick={onUndo} aria-keyshortcuts="Control+Z Meta+Z">
              {t('actions.undo')}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={t('actions.dismiss')} onClick={() => toastDismissed(toast.id)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
