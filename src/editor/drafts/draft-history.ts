/**
 * Undo and redo as a pure history of whole values. Values are immutable and changes share what
 * they do not touch, so a step costs what it changed, not a copy of the document.
 */
export interface DraftHistory<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** The last change's label and time, to merge a run of keystrokes into one step. */
  last?: { label: string; at: number };
}

/** At most this many steps back; the oldest are forgotten first. */
export const HISTORY_LIMIT = 200;
/** Changes with the same label this close together (ms) are one step. */
export const COALESCE_MS = 1000;

export interface ChangeOptions {
  /** What the change is ("title of jmg-office-arson"); unlabelled changes are always steps. */
  label?: string;
  /** The time of the change (ms), from the caller's clock. */
  at: number;
  limit?: number;
  windowMs?: number;
}

export function startHistory<T>(present: T): DraftHistory<T> {
  return { past: [], present, future: [] };
}

/** The history after a change to `next`; a change that changes nothing is no step. */
export function recordChange<T>(
  history: DraftHistory<T>,
  next: T,
  { label, at, limit = HISTORY_LIMIT, windowMs = COALESCE_MS }: ChangeOptions,
): DraftHistory<T> {
  if (Object.is(next, history.present)) return history;
  const last = label === undefined ? undefined : { label, at };
  const merges =
    label !== undefined &&
    history.last !== undefined &&
    history.last.label === label &&
    at - history.last.at <= windowMs &&
    at >= history.last.at;
  if (merges) return { past: history.past, present: next, future: [], last };
  const past = [...history.past, history.present];
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: next,
    future: [],
    ...(last ? { last } : {}),
  };
}

export const canUndo = (history: DraftHistory<unknown>): boolean => history.past.length > 0;
export const canRedo = (history: DraftHistory<unknown>): boolean => history.future.length > 0;

/** One step back; typing after an undo starts a new step. */
export function undoChange<T>(history: DraftHistory<T>): DraftHistory<T> {
  const previous = history.past.at(-1);
  if (!canUndo(history)) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
  };
}

export function redoChange<T>(history: DraftHistory<T>): DraftHistory<T> {
  const [next, ...future] = history.future;
  if (!canRedo(history)) return history;
  return { past: [...history.past, history.present], present: next as T, future };
}
