import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Notice } from '../ui/Notice.tsx';
import { UrlNotices, type AppNotice } from './UrlNotices.tsx';

const unknownKinds = (count: number): AppNotice[] =>
  Array.from({ length: count }, (_, i) => ({
    param: 'kind',
    code: 'filter-unknown',
    value: `x${i}`,
  }));

/** The notices' words, once their live regions have been filled (a frame after they appear). */
async function noticeTexts() {
  await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return screen.getAllByRole('status').map((n) => n.querySelector('p')?.textContent ?? '');
}

describe('UrlNotices', () => {
  it('says what was wrong with a refused dataset address', async () => {
    const notice: AppNotice = {
      param: 'data',
      code: 'data-refused',
      value: 'h//x.json',
      reason: 'slash',
    };
    render(
      <UrlNotices
        notices={[notice]}
        unknownEvent={undefined}
        unknownParagraph={undefined}
        onShowAll={vi.fn()}
      />,
    );
    expect(await noticeTexts()).toEqual([
      'The link asked for the dataset “h//x.json”, which was refused: a dataset’s address may not contain a doubled slash. The default dataset is shown instead.',
    ]);
  });

  it('says up to five notices one by one', async () => {
    render(
      <UrlNotices
        notices={unknownKinds(5)}
        unknownEvent={undefined}
        unknownParagraph={undefined}
        onShowAll={vi.fn()}
      />,
    );
    const texts = await noticeTexts();
    expect(texts).toHaveLength(5);
    // Each its own, none summed up as "more".
    texts.forEach((text, i) => expect(text).toContain(`“x${i}”`));
  });

  it('says the first four of many and how many more in one notice, whose Dismiss hides them all, keeping the way back to the whole timeline', async () => {
    const user = userEvent.setup();
    const onShowAll = vi.fn();
    render(
      <UrlNotices
        notices={unknownKinds(300)}
        unknownEvent="gone"
        unknownParagraph={undefined}
        onShowAll={onShowAll}
      />,
    );
    const texts = await noticeTexts();
    expect(texts).toHaveLength(5);
    expect(texts[0]).toBe('The event “gone” was not found in this dataset.');
    expect(texts[1]).toMatch(/“x0”/);
    expect(texts[4]).toBe('…and 297 more notices like these, not shown one by one.');
    await user.click(screen.getByRole('button', { name: 'Show the whole timeline' }));
    expect(onShowAll).toHaveBeenCalledOnce();

    const more = screen.getAllByRole('status')[4];
    if (!more) throw new Error('no summary notice');
    await user.click(within(more).getByRole('button', { name: 'Dismiss' }));
    expect(await noticeTexts()).toHaveLength(4);
  });
});

describe('Notice', () => {
  it('puts its status region in place empty and its words in a frame later, so they are announced', async () => {
    const onDismiss = vi.fn();
    render(<Notice onDismiss={onDismiss}>The event “x” was not found.</Notice>);
    const status = screen.getByRole('status');
    expect(status.querySelector('p')).toBeEmptyDOMElement();
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(status.querySelector('p')).toHaveTextContent('The event “x” was not found.');
    await userEvent.setup().click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
