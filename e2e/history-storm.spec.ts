import { expect, test } from './support/fixtures.ts';

test('Back and Forward in quick succession leave every history entry with its own window', async ({
  page,
  app,
}) => {
  // The page's timers run on Playwright's clock: time flows as usual until the test moves it.
  await page.clock.install();
  await page.goto('/');
  await app.ready();
  // Entries that each have their own event and window: open an event, then zoom.
  const entries: string[] = [page.url()];
  const list = app.eventList.locator('button[data-event-id]');
  for (let i = 0; i < 6; i += 1) {
    await list.nth(i).click();
    await expect(app.panel).toBeVisible();
    const opened = page.url();
    await page.getByRole('button', { name: i % 2 ? 'Zoom out' : 'Zoom in' }).click();
    await expect(page).not.toHaveURL(opened);
    entries.push(page.url());
  }

  /** Back and, 5 ms later, Forward: before the engine's animation to the entry behind has moved. */
  const backAndForward = () =>
    page.evaluate(async () => {
      history.back();
      await new Promise((resolve) => setTimeout(resolve, 5));
      history.forward();
    });
  // Not an assertion: 1.2 s of the page's time for a wrong write to land (an animation, then
  // the 300 ms settle), run at once on the page's clock rather than waited out.
  const letWritesLand = () => page.clock.runFor(1_200);

  // At each entry, from rest. (A storm of 32 such steps drifts out of the app: the browser
  // drops a step asked for while another is under way.)
  for (let k = entries.length - 1; k > 0; k -= 1) {
    await backAndForward();
    await letWritesLand();
    // The browser may drop the Forward; either way, the entry shown is one of those made.
    expect(entries).toContain(page.url());
    if (page.url() !== entries[k - 1]) await page.goBack();
    await expect(page).toHaveURL(entries[k - 1] ?? '');
    await letWritesLand();
  }
  // Then every entry, walked through once more, still has its own window.
  while (page.url() !== entries[0]) await page.goBack();
  for (const [i, entry] of entries.entries()) {
    if (i > 0) await page.goForward();
    await expect(page).toHaveURL(entry);
  }
});
