/**
 * The timeline's drawing sizes, read by the engine's options (EventTimeline) and by the preview
 * that stands in for the engine's first draw (preview-layout), so the two cannot drift apart.
 * The feature stylesheets and pages.css hold the same widths where they say so.
 */

/** Room around each item; the vertical margin also separates stacked rows. */
export const ITEM_MARGIN = { horizontal: 4, vertical: 4 } as const;
export const AXIS_MARGIN = 8;
/** The phone layout's width (the stylesheets and pages.css switch at the same width). */
export const PHONE_QUERY = '(max-width: 720px)';
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = { wide: 640, phone: 250 } as const;
/** A point's label is cut at 20rem (timeline.css, `.item-label`): 320 px, room for a 40-character label. */
export const POINT_LABEL_PX = 320;
/** A row of stacked items as the engine draws them: an item's height and the margin below it. */
export const ROW_PITCH = 34;
