import moment from 'moment';
import type { TimelineOptions } from 'vis-timeline/esnext';
import { CIVIL_RANGE } from '../dates/civil-date.ts';
import type { Window } from '../dataset/prepare-dataset.ts';
import { AXIS_MARGIN, ITEM_MARGIN, MAX_HEIGHT, MIN_HEIGHT } from './timeline-geometry.ts';
import { MAX_SPAN, MIN_SPAN } from './timeline-window.ts';

/**
 * The engine's options. It draws on a floating UTC axis (civil dates read as UTC, shown with a
 * zero offset), so every reader sees the source's calendar day.
 */
export function timelineOptions(initial: Window, phone: boolean): TimelineOptions {
  return {
    moment: (date: moment.MomentInput) => moment(date).utcOffset(0),
    start: new Date(initial.start),
    end: new Date(initial.end),
    zoomMin: MIN_SPAN,
    zoomMax: MAX_SPAN,
    // The view never leaves the range that dates and links share.
    min: new Date(CIVIL_RANGE.start),
    max: new Date(CIVIL_RANGE.end),
    stack: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { ...ITEM_MARGIN }, axis: AXIS_MARGIN },
    groupHeightMode: 'auto',
    groupOrder: 'order',
    minHeight: MIN_HEIGHT,
    maxHeight: maxHeight(phone),
    verticalScroll: true,
    zoomFriction: 8,
    // Day numbers need room for two digits, not the engine's seven characters: a narrow
    // timeline (a phone, the panel open, 200% zoom) then still shows its days, not a year.
    maxMinorChars: 3,
    format: { minorLabels: { day: 'D', weekday: 'D' } },
  };
}

/** The drawing's tallest height: lower on a phone, where the list must stay in reach. */
export const maxHeight = (phone: boolean) => (phone ? MAX_HEIGHT.phone : MAX_HEIGHT.wide);
