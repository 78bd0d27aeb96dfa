import { useEffect, useRef } from 'react';

export interface Shortcuts {
  previous: () => void;
  next: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  escape: () => void;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range'].includes(target.type);
  }
  return false;
}

/** ← → previous/next event, + − zoom, Esc closes; never while typing in a text field. */
export function useKeyboardShortcuts(shortcuts: Shortcuts) {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextField(event.target)) return;
      const action = {
        ArrowLeft: latest.current.previous,
        ArrowRight: latest.current.next,
        '+': latest.current.zoomIn,
        '=': latest.current.zoomIn,
        '-': latest.current.zoomOut,
        _: latest.current.zoomOut,
        Escape: latest.current.escape,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
