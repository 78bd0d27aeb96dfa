/** How finely the source gives the date. */
export const PRECISIONS = ['time', 'part-of-day', 'day', 'days', 'month', 'year'] as const;

/** How sure the source is of the date: stated outright, approximate (`~`), or inferred (`?`). */
export const CERTAINTIES = ['stated', 'approximate', 'inferred'] as const;

export type Precision = (typeof PRECISIONS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
