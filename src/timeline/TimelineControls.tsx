export interface TimelineControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onShowAll: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

/** The timeline's buttons; the same actions have keys: ← → + − and Esc. */
export function TimelineControls(props: TimelineControlsProps) {
  return (
    <div className="timeline-controls" role="toolbar" aria-label="Timeline controls">
      <button type="button" onClick={props.onPrevious} aria-keyshortcuts="ArrowLeft">
        <span aria-hidden="true">←</span> <span className="control-text">Previous event</span>
      </button>
      <button type="button" onClick={props.onNext} aria-keyshortcuts="ArrowRight">
        <span className="control-text">Next event</span> <span aria-hidden="true">→</span>
      </button>
      <span className="control-gap" />
      <button type="button" onClick={props.onZoomIn} aria-label="Zoom in" aria-keyshortcuts="+" title="Zoom in (+)">
        +
      </button>
      <button type="button" onClick={props.onZoomOut} aria-label="Zoom out" aria-keyshortcuts="-" title="Zoom out (−)">
        −
      </button>
      <button type="button" onClick={props.onShowAll}>
        Show all
      </button>
    </div>
  );
}
