import { type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  heading: string;
  children: ReactNode;
  /** Escape, or the dialog's own cancel: close without doing anything (ignored while busy). */
  onCancel: () => void;
  busy?: boolean;
  /** Where focus goes when the dialog closes and what opened it is gone (the thing was deleted). */
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * A modal question over the page, rendered while it is asked: the browser's own <dialog>, so the
 * page behind is inert, focus stays inside and Escape cancels. Focus goes to its heading (the
 * question is read first) and, once it closes, back to what opened it.
 */
export function Dialog({ heading, children, onCancel, busy = false, fallbackFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const opener = useRef<Element | null>(null);
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    opener.current = document.activeElement;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('.dialog-heading')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
      else fallback.current?.()?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={headingId} className="dialog-heading" tabIndex={-1}>
        {heading}
      </h2>
      {children}
    </dialog>
  );
}
