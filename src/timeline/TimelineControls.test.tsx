import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TimelineControls, type TimelineControlsProps } from './TimelineControls.tsx';

function renderControls(shortcuts = true) {
  const props: TimelineControlsProps = {
    onZoomIn: vi.fn(),
    onZoomOut: vi.fn(),
    onEarlier: vi.fn(),
    onLater: vi.fn(),
    onShowAll: vi.fn(),
    onPrevious: vi.fn(),
    onNext: vi.fn(),
    shortcuts,
    onShortcutsChange: vi.fn(),
  };
  render(<TimelineControls {...props} />);
  return { props, group: screen.getByRole('group', { name: 'Timeline controls' }) };
}

describe('TimelineControls', () => {
  it.each([
    ['Previous event', 'onPrevious', 'ArrowLeft'],
    ['Next event', 'onNext', 'ArrowRight'],
    ['Zoom in', 'onZoomIn', '+'],
    ['Zoom out', 'onZoomOut', '-'],
    ['Earlier', 'onEarlier', '['],
    ['Later', 'onLater', ']'],
    ['Show all', 'onShowAll', undefined],
  ] as const)(
    '"%s" calls %s alone, and names its key while the keys are on',
    async (name, action, key) => {
      const { props, group } = renderControls();
      const button = within(group).getByRole('button', { name });
      await userEvent.setup().click(button);
      expect(props[action]).toHaveBeenCalledOnce();
      const others = Object.entries(props).filter(
        ([prop, fn]) => prop !== action && typeof fn === 'function',
      );
      for (const [, fn] of others) expect(fn).not.toHaveBeenCalled();
      if (key === undefined) expect(button).not.toHaveAttribute('aria-keyshortcuts');
      else expect(button).toHaveAttribute('aria-keyshortcuts', key);
    },
  );

  it('names no keys once they are switched off', () => {
    const { group } = renderControls(false);
    for (const button of within(group).getAllByRole('button'))
      expect(button).not.toHaveAttribute('aria-keyshortcuts');
  });

  it('"Keyboard shortcuts" lists the keys and a setting that switches the single-key ones off', async () => {
    const user = userEvent.setup();
    const { props } = renderControls();
    const menu = screen.getByRole('button', { name: /Keyboard shortcuts/ });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (const keys of ['← →', '+ −', '[ ]', 'Esc']) expect(screen.getByText(keys)).toBeVisible();
    const setting = screen.getByRole('checkbox', { name: /Use the single-key shortcuts/ });
    expect(setting).toBeChecked();
    await user.click(setting);
    expect(props.onShortcutsChange).toHaveBeenCalledExactlyOnceWith(false);
  });
});
