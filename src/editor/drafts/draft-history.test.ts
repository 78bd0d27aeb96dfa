import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  COALESCE_MS,
  recordChange,
  redoChange,
  startHistory,
  undoChange,
  type DraftHistory,
} from './draft-history.ts';

const type = (history: DraftHistory<string>, text: string, at: number, label = 'title') =>
  recordChange(history, text, { label, at });

describe('draft history', () => {
  it('undoes and redoes each change in turn', () => {
    let history = startHistory('a');
    history = recordChange(history, 'ab', { at: 0 });
    history = recordChange(history, 'abc', { at: 1 });
    history = undoChange(history);
    expect(history.present).toBe('ab');
    history = undoChange(history);
    expect(history.present).toBe('a');
    expect(canUndo(history)).toBe(false);
    expect(undoChange(history)).toBe(history);
    history = redoChange(redoChange(history));
    expect(history.present).toBe('abc');
    expect(canRedo(history)).toBe(false);
    expect(redoChange(history)).toBe(history);
  });

  it('merges keystrokes with one label inside the window into one step', () => {
    let history = startHistory('');
    history = type(history, 'A', 0);
    history = type(history, 'Ar', COALESCE_MS - 1);
    history = type(history, 'Ars', 2 * COALESCE_MS - 2);
    expect(history.past).toEqual(['']);
    expect(undoChange(history).present).toBe('');
  });

  it.each([
    ['a pause longer than the window', 'title', COALESCE_MS + 1],
    ['another label', 'summary', 10],
  ])('starts a new step after %s', (_, label, at) => {
    let history = type(startHistory(''), 'A', 0);
    history = type(history, 'Ab', at, label);
    expect(undoChange(history).present).toBe('A');
  });

  it('never merges unlabelled changes, nor typing after an undo', () => {
    let history = recordChange(startHistory(''), 'A', { at: 0 });
    history = recordChange(history, 'AB', { at: 1 });
    expect(history.past).toEqual(['', 'A']);
    let typed = type(type(startHistory(''), 'A', 0), 'AB', 1);
    typed = type(undoChange(typed), 'x', 2);
    expect(typed.past).toEqual(['']);
    expect(canRedo(typed)).toBe(false);
  });

  it('forgets the oldest steps beyond its limit', () => {
    let history = startHistory(0);
    for (let value = 1; value <= 5; value += 1) {
      history = recordChange(history, value, { at: value, limit: 3 });
    }
    expect(history.past).toEqual([2, 3, 4]);
  });

  it('takes no step for a change that changes nothing', () => {
    const history = startHistory('same');
    expect(recordChange(history, 'same', { at: 0 })).toBe(history);
  });
});
