import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import { TimelineControls } from './TimelineControls.tsx';

function renderControls(shortcuts = true) {
  const actions = { step: vi.fn(), zoom: vi.fn(), pan: vi.fn(), showAll: vi.fn() };
  const onShortcutsChange = vi.fn();
  render(
    <TimelineControls actions={actions} shortcuts={shortcuts}>
      <ShortcutsHelp shortcuts={shortcuts} onShortcutsChange={onShortcutsChange} />
    </TimelineControls>,
  );
  return {
    actions,
    onShortcutsChange,
    group: screen.getByRole('group', { name: 'Timeline controls' }),
  };
}

describe('TimelineControls', () => {
  it.each([
    ['Previous event', 'step', -1, 'ArrowLeft'],
    ['Next event', 'step', 1, 'ArrowRight'],
    ['Zoom in', 'zoom', 0.5, '+'],
    ['Zoom out', 'zoom', 2, '-'],
    ['Earlier', 'pan', -0.5, '['],
    ['Later', 'pan', 0.5, ']'],
    ['Show all', 'showAll', undefined, undefined],
  ] as const)(
    '"%s" calls %s alone, and names its key while the keys are on',
    async (name, action, value, key) => {
      const { actions, group } = renderControls();
      const button = within(group).getByRole('button', { name });
      await userEvent.setup().click(button);
      if (value === undefined) expect(actions[action]).toHaveBeenCalledOnce();
      else expect(actions[action]).toHaveBeenCalledExactlyOnceWith(value);
      for (const [other, fn] of Object.entries(actions))
        if (other !== action) expect(fn).not.toHaveBeenCalled();
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
    const { onShortcutsChange } = renderControls();
    const menu = screen.getByRole('button', { name: /Keyboard shortcuts/ });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (const keys of ['←', '→', '+', '−', '[', ']', 'Esc'])
      expect(screen.getByText(keys, { selector: 'kbd' })).toBeVisible();
    const setting = screen.getByRole('checkbox', { name: /Use the single-key shortcuts/ });
    expect(setting).toBeChecked();
    await user.click(setting);
    expect(onShortcutsChange).toHaveBeenCalledExactlyOnceWith(false);
  });
});
