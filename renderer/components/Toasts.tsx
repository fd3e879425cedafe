import { useEffect } from 'react';
import { useAppStore } from '../store';

/** Long enough to read; longer when there is something to undo. */
const INFO_MS = 5_000;
const UNDO_MS = 10_000;

/** Notices at the bottom of the window; one with an Undo action also answers Ctrl/Cmd+Z. */
export function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  const dismiss = useAppStore((s) => s.dismissToast);

  useEffect(() => {
    const timers = toasts
      .filter((t) => t.tone === 'info')
      .map((t) => setTimeout(() => dismiss(t.id), t.createdAt + (t.action ? UNDO_MS : INFO_MS) - Date.now()));
    return () => timers.forEach(clearTimeout);
  }, [toasts, dismiss]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const undoable = [...toasts].reverse().find((t) => t.action?.label === 'Undo');
      if (!undoable?.action) return;
      event.preventDefault();
      dismiss(undoable.id);
      undoable.action.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toasts, dismiss]);

  return (
    <div className="toasts" role="region" aria-label="Notifications">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
          <span className="toast__message">{toast.message}</span>
          {toast.action ? (
            <button
              type="button"
              className="button button--ghost toast__action"
              onClick={() => {
                dismiss(toast.id);
                toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss notification"
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
