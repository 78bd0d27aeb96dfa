/**
 * Resolves once the browser has painted what the page already holds, so a prerendered page's
 * words reach the screen before the app's code runs (its evaluation and hydration hold the main
 * thread for a few hundred milliseconds on a slow machine). A frame callback runs just before a
 * paint and a task queued from it runs after that paint. A hidden tab paints no frames: there a
 * short timer stands in, so the app never waits on a frame that will not come.
 */
export function afterFirstPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() => {
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0);
    });
  });
}
