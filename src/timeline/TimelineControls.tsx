import './timeline-controls.css';
import { useId } from 'react';
import { useDisclosure } from '../ui/use-disclosure.ts';

export interface TimelineControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onEarlier: () => void;
  onLater: () => void;
  onShowAll: () => void;
  onPrevious: () => void;
  onNext: () => void;
  /** Whether the single-key shortcuts are on, and a way to switch them. */
  shortcuts: boolean;
  onShortcutsChange: (on: boolean) => void;
}

const KEYS: readonly [string, string][] = [
  ['← →', 'Previous and next event'],
  ['+ −', 'Zoom in and out'],
  ['[ ]', 'Earlier and later dates'],
  ['Esc', 'Close the open event, the letter or a menu'],
];

/** The keys, and the setting that switches the single-key ones off (remembered in this browser). */
function ShortcutsHelp({
  shortcuts,
  onShortcutsChange,
}: Pick<TimelineControlsProps, 'shortcuts' | 'onShortcutsChange'>) {
  const { open, buttonProps, panelProps, rootProps } = useDisclosure();
  const checkboxId = useId();
  return (
    <div className="shortcuts-help" {...rootProps}>
      <button className="menu-button" {...buttonProps}>
        Keyboard shortcuts <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div className="shortcuts-panel" {...panelProps}>
        {open ? (
          <>
            <p>With focus in the timeline, its buttons, the event list or the open event:</p>
            <dl>
              {KEYS.map(([keys, action]) => (
                <div key={keys}>
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{action}</dd>
                </div>
              ))}
            </dl>
            <p>
              <input
                id={checkboxId}
                type="checkbox"
                checked={shortcuts}
                onChange={(event) => onShortcutsChange(event.target.checked)}
              />{' '}
              <label htmlFor={checkboxId}>Use the single-key shortcuts (← → + − [ ])</label>
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}

/** The timeline's buttons; the same actions have keys (see "Keyboard shortcuts"). */
export function TimelineControls(props: TimelineControlsProps) {
  const keys = (shortcut: string) => (props.shortcuts ? shortcut : undefined);
  return (
    <div className="timeline-controls" role="group" aria-label="Timeline controls">
      <button type="button" onClick={props.onPrevious} aria-keyshortcuts={keys('ArrowLeft')}>
        <span aria-hidden="true">←</span> <span className="control-text">Previous event</span>
      </button>
      <button type="button" onClick={props.onNext} aria-keyshortcuts={keys('ArrowRight')}>
        <span className="control-text">Next event</span> <span aria-hidden="true">→</span>
      </button>
      <span className="control-gap" />
      <button
        type="button"
        onClick={props.onZoomIn}
        aria-label="Zoom in"
        aria-keyshortcuts={keys('+')}
        title="Zoom in (+)"
      >
        +
      </button>
      <button
        type="button"
        onClick={props.onZoomOut}
        aria-label="Zoom out"
        aria-keyshortcuts={keys('-')}
        title="Zoom out (−)"
      >
        −
      </button>
      <button type="button" onClick={props.onEarlier} aria-keyshortcuts={keys('[')}>
        <span aria-hidden="true">«</span> <span className="control-text">Earlier</span>
      </button>
      <button type="button" onClick={props.onLater} aria-keyshortcuts={keys(']')}>
        <span className="control-text">Later</span> <span aria-hidden="true">»</span>
      </button>
      <button type="button" onClick={props.onShowAll}>
        Show all
      </button>
      <ShortcutsHelp shortcuts={props.shortcuts} onShortcutsChange={props.onShortcutsChange} />
    </div>
  );
}
