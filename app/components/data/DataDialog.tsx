import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import '../../styles/dataTools.css';

interface DataDialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal dialog on the native <dialog>: it takes focus, keeps it inside, and Escape or the
 * close button closes it (the caller decides what closing means).
 */
export function DataDialog({ title, onClose, children, className }: DataDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`data-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="data-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="data-dialog-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
