import { runEngineSizeCheck } from './vis-engine.ts';

/**
 * The engine looks at its own size once a second, so when a filter hides a lane and the timeline
 * grows shorter, its axis and panels were laid out again up to a second after the items. This
 * runs the engine's own check in the frame after the container's size changes (a task of its
 * own, not one more drawing in the frame that changed it). Returns the way to stop; where there
 * is no ResizeObserver, the engine's own check is left to do it.
 */
export function checkSizeOnResize(engine: object, container: Element): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  let frame = 0;
  // The observer reports the size it first sees, which the engine has just drawn at: checking
  // it again would be one more whole drawing in the first frames.
  let first = true;
  const observer = new ResizeObserver(() => {
    if (first) {
      first = false;
      return;
    }
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => runEngineSizeCheck(engine));
  });
  observer.observe(container);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}
