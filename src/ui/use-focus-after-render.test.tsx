import { act, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusAfterRender } from './use-focus-after-render.ts';

/** A button that opens a part and asks for focus on that part's heading, which only then exists. */
function Opener({ openOnClick = true }: { openOnClick?: boolean }) {
  // Without opening, the heading is there from the start: a stale request could still reach it.
  const [open, setOpen] = useState(!openOnClick);
  const [, setTick] = useState(0);
  const focusAfterRender = useFocusAfterRender();
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          if (openOnClick) setOpen(true);
          focusAfterRender(() => headingRef.current);
        }}
      >
        Open
      </button>
      <button type="button" onClick={() => setTick((n) => n + 1)}>
        Later render
      </button>
      {open ? (
        <h2 ref={headingRef} tabIndex={-1}>
          Opened
        </h2>
      ) : null}
    </>
  );
}

describe('useFocusAfterRender', () => {
  it('moves focus to the target once the view the change leads to is committed', () => {
    render(<Opener />);
    act(() => screen.getByRole('button', { name: 'Open' }).click());
    expect(screen.getByRole('heading', { name: 'Opened' })).toHaveFocus();
  });

  it('drops a request that no render follows, so a later render cannot pull focus', async () => {
    render(<Opener openOnClick={false} />);
    const later = screen.getByRole('button', { name: 'Later render' });
    act(() => screen.getByRole('button', { name: 'Open' }).click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    later.focus();
    act(() => later.click());
    expect(later).toHaveFocus();
  });
});
