import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

/**
 * A button that shows and hides a panel (the disclosure pattern): `aria-expanded` on the
 * button; Esc closes the panel and returns focus to the button; a click elsewhere or focus
 * moving elsewhere closes it; while it is open, the app's single-key shortcuts do not act. Spread `rootProps` on the element that holds both.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  return {
    open,
    close,
    buttonProps: {
      ref: buttonRef,
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => setOpen((was) => !was),
    },
    panelProps: { id: panelId, hidden: !open },
    rootProps: {
      ref: rootRef,
      onKeyDown: (event: KeyboardEvent) => {
        if (!open) return;
        // While the panel is open its keys are its own: the app's shortcuts (← → stepping
        // events, Esc closing the open event) must not run behind it. Tab still moves on.
        if (event.key !== 'Tab') event.stopPropagation();
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close(true);
      },
      onBlur: (event: FocusEvent) => {
        const next = event.relatedTarget;
        if (open && next instanceof Node && !rootRef.current?.contains(next)) setOpen(false);
      },
    },
  };
}
