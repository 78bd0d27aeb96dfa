/** A lane of the timeline: one kind of event. */
export interface TimelineLane {
  id: string;
  label: string;
  /** The language of the label, when it is the dataset's own words. */
  lang?: string | undefined;
  className: string;
}
