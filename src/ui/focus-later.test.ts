import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusLater } from './focus-later.ts';

function button(name: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.textContent = name;
  document.body.append(element);
  return element;
}

describe('focusLater', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves focus once the next view is rendered', () => {
    const closed = button('Close');
    const entry = button('The closed event');
    closed.focus();
    focusLater(() => entry);
    expect(closed).toHaveFocus();
    vi.runAllTimers();
    expect(entry).toHaveFocus();
  });

  it('moves focus that fell to the page, or was rescued to the view’s home', () => {
    const closed = button('Close');
    const entry = button('The closed event');
    closed.focus();
    focusLater(() => entry);
    closed.remove();
    vi.runAllTimers();
    expect(entry).toHaveFocus();

    const home = document.createElement('h2');
    home.tabIndex = -1;
    home.setAttribute('data-focus-home', '');
    document.body.append(home);
    const other = button('Close again');
    other.focus();
    focusLater(() => entry);
    home.focus();
    vi.runAllTimers();
    expect(entry).toHaveFocus();
  });

  it('gives way when the reader has moved focus to another control meanwhile', () => {
    const entry = button('The closed event');
    const previous = button('Previous event');
    entry.focus();
    focusLater(() => entry);
    // Esc closed the event; before the move, the reader went to "Previous event".
    previous.focus();
    vi.runAllTimers();
    expect(previous).toHaveFocus();
  });
});
