import { useEffect, useRef, type ReactNode } from 'react';
import './dialogs.css';

interface ModalProps {
  title: string;
  /** Escape, the close button or a click on the backdrop. */
  onCancel: () => void;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  size?: 'small' | 'medium' | 'large';
}

/** A modal <dialog> (the browser traps focus and handles Escape); the newest one shown is on top. */
export function Modal({ title, onCancel, children, footer, testId, size = 'small' }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal?.();
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      cancel.current();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      if (dialog.open) dialog.close();
    };
  }, []);
  const titleId = `${testId ?? 'dialog'}-title`;
  return (
    <dialog
      ref={ref}
      className={`modal modal--${size}`}
      data-testid={testId}
      aria-labelledby={titleId}
      onMouseDown={(e) => {
        if (e.target === ref.current) cancel.current();
      }}
    >
      <div className="modal__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn--ghost btn--small modal__close" onClick={() => cancel.current()} aria-label="Close">
          ✕
        </button>
      </div>
      <div className="modal__body">{children}</div>
      {footer && <div className="modal__footer">{footer}</div>}
    </dialog>
  );
}
