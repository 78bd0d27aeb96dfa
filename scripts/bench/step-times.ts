/** When an interaction's step is over, from what the probe saw (times in ms since navigation). */

/**
 * The second animation frame after `at`: the frame after a change is the one that draws it,
 * and by the next one it has been presented. Undefined until that frame has come.
 */
export function secondFrameAfter(at: number, frames: readonly number[]): number | undefined {
  return frames.filter((f) => f > at)[1];
}

export interface StepTimes {
  /** Input to the frame that shows the last change anywhere in the page (hidden ones included). */
  settledMs: number;
  /**
   * Input to the frame that shows the last change of the result on screen (the list and the
   * timeline, visibly rendered). A step that changed nothing there is over at the second frame
   * after the input: what the reader sees then is already the answer.
   */
  shownMs: number;
}

export function stepTimes(
  inputAt: number,
  lastMutationAt: number,
  lastShownAt: number,
  frames: readonly number[],
): StepTimes | undefined {
  const settled = secondFrameAfter(Math.max(inputAt, lastMutationAt), frames);
  const shown = secondFrameAfter(Math.max(inputAt, lastShownAt), frames);
  if (settled === undefined || shown === undefined) return undefined;
  return { settledMs: settled - inputAt, shownMs: shown - inputAt };
}
