import { useRef } from 'react';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { EventListHandle } from '../events-list/EventList.tsx';
import type { SourcePanelHandle } from '../reader/SourcePanel.tsx';
import { useFocusAfterRender } from '../ui/use-focus-after-render.ts';
import type { Navigate } from '../url-state/use-url-state.ts';

/**
 * How the aside (the open event, the letter or About) closes, and where focus goes then: each
 * part keeps a ref for it, and focus moves once the next view is on the page.
 */
export function useAsideClosers(
  navigate: Navigate,
  open: { selected: PreparedEvent | undefined; reading: string | undefined; about: boolean },
) {
  const focusAfterRender = useFocusAfterRender();
  const listRef = useRef<EventListHandle>(null);
  const panelRef = useRef<SourcePanelHandle>(null);
  const readRef = useRef<HTMLButtonElement>(null);
  const aboutRef = useRef<HTMLAnchorElement>(null);
  const { selected, reading, about } = open;

  /** Closes the open event; from the keyboard or its button, focus returns to its list entry. */
  const close = (restoreFocus = true) => {
    const id = selected?.id;
    navigate({ event: undefined });
    if (id && restoreFocus) focusAfterRender(() => listRef.current?.entry(id));
  };
  /** Closes the letter; focus returns to the open event, or to "Read the letter". */
  const closeReader = () => {
    navigate({ read: undefined });
    focusAfterRender(() => (selected ? panelRef.current?.heading() : readRef.current));
  };
  /** Closes "About this timeline"; focus returns to the link that opens it. */
  const closeAbout = () => {
    navigate({ about: undefined });
    focusAfterRender(() => aboutRef.current);
  };
  /** Esc: closes the innermost of About, the letter and the open event. */
  const escape = () =>
    about ? closeAbout() : reading !== undefined ? closeReader() : selected ? close() : undefined;
  /**
   * After an event is opened from the list, its entry keeps focus and is scrolled clear of
   * the phone's sheet (the page's scroll padding), which would otherwise be drawn over it.
   */
  const revealEntry = (id: string) =>
    focusAfterRender(() => {
      const entry = listRef.current?.entry(id);
      entry?.scrollIntoView({ block: 'nearest' });
      return entry;
    });
  /** After an event is opened from the letter, focus goes to its heading. */
  const focusPanel = () => focusAfterRender(() => panelRef.current?.heading());

  return {
    close,
    closeReader,
    closeAbout,
    escape,
    focusPanel,
    revealEntry,
    refs: { listRef, panelRef, readRef, aboutRef },
  };
}
