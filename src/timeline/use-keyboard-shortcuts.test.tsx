import { render, renderHook, act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  useKeyboardShortcuts,
  useShortcutSetting,
  type Shortcuts,
} from './use-keyboard-shortcuts.ts';

function App({ shortcuts, enabled }: { shortcuts: Shortcuts; enabled: boolean }) {
  const onKeyDown = useKeyboardShortcuts(shortcuts, enabled);
  return (
    <div onKeyDown={onKeyDown}>
      <button type="button">Outside</button>
      <section data-shortcut-scope>
        <button type="button">Inside</button>
        <input aria-label="Search" />
        <p>Some words to select.</p>
      </section>
    </div>
  );
}

function setup(enabled = true) {
  const shortcuts = {
    previous: vi.fn(),
    next: vi.fn(),
    zoomIn: vi.fn(),
    zoomOut: vi.fn(),
    earlier: vi.fn(),
    later: vi.fn(),
    escape: vi.fn(),
  };
  render(<App shortcuts={shortcuts} enabled={enabled} />);
  return shortcuts;
}

describe('useKeyboardShortcuts', () => {
  it.each([
    ['{ArrowLeft}', 'previous'],
    ['{ArrowRight}', 'next'],
    ['+', 'zoomIn'],
    ['=', 'zoomIn'],
    ['-', 'zoomOut'],
    ['[[', 'earlier'],
    [']', 'later'],
    ['{Escape}', 'escape'],
  ] as const)('%s on a control in the timeline or list calls %s', async (keys, action) => {
    const shortcuts = setup();
    screen.getByRole('button', { name: 'Inside' }).focus();
    await userEvent.keyboard(keys);
    expect(shortcuts[action]).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['with Shift (which selects text)', '{Shift>}{ArrowRight}{/Shift}'],
    ['with Ctrl', '{Control>}{ArrowRight}{/Control}'],
    ['with Alt', '{Alt>}{ArrowRight}{/Alt}'],
    ['with Meta', '{Meta>}{ArrowRight}{/Meta}'],
  ])('does nothing %s', async (_what, keys) => {
    const shortcuts = setup();
    screen.getByRole('button', { name: 'Inside' }).focus();
    await userEvent.keyboard(keys);
    expect(shortcuts.next).not.toHaveBeenCalled();
  });

  it('does nothing outside the timeline and the list, where Esc still closes', async () => {
    const shortcuts = setup();
    screen.getByRole('button', { name: 'Outside' }).focus();
    await userEvent.keyboard('{ArrowRight}+{Escape}');
    expect(shortcuts.next).not.toHaveBeenCalled();
    expect(shortcuts.zoomIn).not.toHaveBeenCalled();
    expect(shortcuts.escape).toHaveBeenCalledTimes(1);
  });

  it('leaves keys typed in a text field to the field', async () => {
    const shortcuts = setup();
    await userEvent.type(screen.getByRole('textbox', { name: 'Search' }), '+-{ArrowLeft}');
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('+-');
    expect(Object.values(shortcuts).some((fn) => fn.mock.calls.length > 0)).toBe(false);
  });

  it('does nothing while text is selected', async () => {
    const shortcuts = setup();
    screen.getByRole('button', { name: 'Inside' }).focus();
    window.getSelection()?.selectAllChildren(screen.getByText('Some words to select.'));
    await userEvent.keyboard('{ArrowRight}');
    expect(shortcuts.next).not.toHaveBeenCalled();
    window.getSelection()?.removeAllRanges();
  });

  it('switched off, only Esc acts', async () => {
    const shortcuts = setup(false);
    screen.getByRole('button', { name: 'Inside' }).focus();
    await userEvent.keyboard('{ArrowRight}+]{Escape}');
    expect(shortcuts.next).not.toHaveBeenCalled();
    expect(shortcuts.zoomIn).not.toHaveBeenCalled();
    expect(shortcuts.later).not.toHaveBeenCalled();
    expect(shortcuts.escape).toHaveBeenCalledTimes(1);
  });
});

describe('useShortcutSetting', () => {
  afterEach(() => {
    window.localStorage.clear();
  });

  it('is on at first, and remembers being switched off and on again', () => {
    const first = renderHook(() => useShortcutSetting());
    expect(first.result.current[0]).toBe(true);
    act(() => first.result.current[1](false));
    expect(first.result.current[0]).toBe(false);
    expect(renderHook(() => useShortcutSetting()).result.current[0]).toBe(false);
    act(() => first.result.current[1](true));
    expect(renderHook(() => useShortcutSetting()).result.current[0]).toBe(true);
  });

  it('keeps the shortcuts on, and switchable for the visit, where storage is refused', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const { result } = renderHook(() => useShortcutSetting());
    expect(result.current[0]).toBe(true);
    act(() => result.current[1](false));
    expect(result.current[0]).toBe(false);
  });
});
