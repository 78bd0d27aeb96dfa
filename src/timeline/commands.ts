import type { MessageId } from '../i18n/i18n.ts';

/** What the timeline's commands act on: the view and the open event (see use-view-steps). */
export interface CommandActions {
  step: (direction: -1 | 1) => void;
  zoom: (factor: number) => void;
  pan: (fraction: number) => void;
  showAll: () => void;
}

export interface Command {
  id: 'previous' | 'next' | 'zoomIn' | 'zoomOut' | 'earlier' | 'later' | 'showAll';
  /** The keys (`KeyboardEvent.key`) that run it while focus is in a shortcut area; the first is announced. */
  keys: readonly string[];
  /** The keys as printed on the keyboard (the same in every language). */
  printed?: string;
  /** The button's and the shortcut help's name. */
  label: MessageId;
  /** The button's visible words, when shorter than its name (which contains them). */
  text?: MessageId;
  /** The button shows its glyph alone (its name is then its tooltip too). */
  glyphOnly?: true;
  /** A glyph shown beside the words, before (`start`) or after them; `phone`: only where the words are hidden. */
  glyph?: { text: string; at: 'start' | 'end'; phone?: true };
  run: (actions: CommandActions) => void;
}

/**
 * The timeline's commands, once: the toolbar's buttons, the single-key shortcuts and the
 * shortcut help are all made from this table, so a command is one entry.
 */
export const COMMANDS: readonly Command[] = [
  {
    id: 'previous',
    keys: ['ArrowLeft'],
    printed: '←',
    label: 'timeline.previous',
    text: 'timeline.previousShort',
    glyph: { text: '←', at: 'start' },
    run: (a) => a.step(-1),
  },
  {
    id: 'next',
    keys: ['ArrowRight'],
    printed: '→',
    label: 'timeline.next',
    text: 'timeline.nextShort',
    glyph: { text: '→', at: 'end' },
    run: (a) => a.step(1),
  },
  {
    id: 'zoomIn',
    keys: ['+', '='],
    printed: '+',
    label: 'timeline.zoomIn',
    glyphOnly: true,
    glyph: { text: '+', at: 'start' },
    run: (a) => a.zoom(0.5),
  },
  {
    id: 'zoomOut',
    keys: ['-'],
    printed: '−',
    label: 'timeline.zoomOut',
    glyphOnly: true,
    glyph: { text: '−', at: 'start' },
    run: (a) => a.zoom(2),
  },
  {
    id: 'earlier',
    keys: ['['],
    printed: '[',
    label: 'timeline.earlier',
    glyph: { text: '«', at: 'start' },
    run: (a) => a.pan(-0.5),
  },
  {
    id: 'later',
    keys: [']'],
    printed: ']',
    label: 'timeline.later',
    glyph: { text: '»', at: 'end' },
    run: (a) => a.pan(0.5),
  },
  {
    id: 'showAll',
    keys: [],
    label: 'timeline.showAll',
    glyph: { text: '↔', at: 'start', phone: true },
    run: (a) => a.showAll(),
  },
];

/**
 * The command a key press asks for, or undefined (WCAG 2.1.4: never with a modifier; "+"
 * takes Shift on many keyboards, the others are never taken with Shift, which selects text).
 */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): Command | undefined {
  if (event.shiftKey && event.key !== '+') return undefined;
  return COMMANDS.find((command) => command.keys.includes(event.key));
}
