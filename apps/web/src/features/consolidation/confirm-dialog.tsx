import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * A modal confirmation: the browser's `<dialog>` opened with `showModal()`, so the page behind is inert and Tab
 * stays within it; Escape or "Cancel" closes it and focus goes back to the button that opened it (`returnTo`).
 */
export function ConfirmDialog({
  open,
  titleId,
  title,
  children,
  actions,
  onClose,
  returnTo,
}: {
  open: boolean;
  titleId: string;
  title: string;
  children: ReactNode;
  actions: ReactNode;
  onClose: () => void;
  returnTo: RefObject<HTMLElement | null>;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) {
      return;
    }
    if (open && !dialog.open) {
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      // Escape fires `cancel` at once and `close` a task later: the state closes on `cancel`, so the opening
      // button pressed again at once opens the dialog again, and a late `close` of a dialog opened since is
      // ignored.
      onCancel={onClose}
      onClose={() => {
        if (ref.current?.open === true) {
          return;
        }
        onClose();
        returnTo.current?.focus();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="form__actions">{actions}</div>
    </dialog>
  );
}
