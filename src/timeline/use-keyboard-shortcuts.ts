import { useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { COMMANDS, commandForKey, type Command, type CommandActions } from './commands.ts';

/** What each command's keys run (see COMMANDS), and what Esc does. */
export type Shortcuts = Partial<Record<Command['id'], () => void>> & { escape: () => void };

/** The shortcuts of the commands' table, run on `actions`, and Esc. */
export function commandKeys(actions: CommandActions, escape: () => void): Shortcuts {
  const shortcuts: Shortcuts = { escape };
  for (const command of COMMANDS) shortcuts[command.id] = () => command.run(actions);
  return shortcuts;
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

/** Where single-key shortcuts act: the timeline, the event list and the open event. */
const SCOPE = '[data-shortcut-scope]';

/** The single-key shortcut a key press asks for, or undefined (WCAG 2.1.4: never with a modifier). */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
): Command['id'] | undefined {
  return commandForKey(event)?.id;
}

/**
 * Esc closes what is open anywhere in the app; the single-key shortcuts (← → + − [ ]) act only
 * when focus is in the timeline, the list or the open event, never in a text field, never while
 * text is selected, and not at all when the reader has switched them off. Returns the handler
 * for the app's root element: React's own bubbling lets a menu take its Esc first.
 */
export function useKeyboardShortcuts(shortcuts: Shortcuts, enabled: boolean) {
  return (event: ReactKeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTextField(event.target)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      shortcuts.escape();
      return;
    }
    if (!enabled) return;
    if (!(event.target instanceof Element) || !event.target.closest(SCOPE)) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const name = shortcutFor(event);
    if (!name) return;
    const run = shortcuts[name];
    if (!run) return;
    event.preventDefault();
    run();
  };
}

const SETTING_KEY = 'source-timeline.single-key-shortcuts';

function readSetting(): boolean {
  try {
    return window.localStorage.getItem(SETTING_KEY) !== 'off';
  } catch {
    // Storage refused (a privacy setting): the shortcuts stay on for this visit.
    return true;
  }
}

/** Whether single-key shortcuts are on: remembered in this browser, on unless switched off. */
export function useShortcutSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(readSetting);
  const change = (next: boolean) => {
    setOn(next);
    try {
      if (next) window.localStorage.removeItem(SETTING_KEY);
      else window.localStorage.setItem(SETTING_KEY, 'off');
    } catch {
      // Not remembered; it still holds for this visit.
    }
  };
  return [on, change];
}
