/** The letter's dataset, loaded when a link names no other. */
export const DEFAULT_DATASET = 'data/events.json';
