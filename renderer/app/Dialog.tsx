// A modal dialog: named by its heading, focus moved in on opening, kept in while open (Tab wraps),
// Escape closes it, and the focus goes back where it was. The page behind is inert.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './dialog.css';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]';

export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.current?.querySelector<HTMLElement>(focusable)?.focus();
    const behind = document.querySelector<HTMLElement>('.app');
    behind?.setAttribute('inert', '');
    return () => {
      behind?.removeAttribute('inert');
      before?.focus();
    };
  }, []);

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const inside = [...box.current.querySelectorAll<HTMLElement>(focusable)];
    const first = inside[0];
    const last = inside.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  // Outside the page's root, so making the page inert leaves the dialog alive.
  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        className="dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={headingId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
