import '../ui/popover.css';
import './timeline-controls.css';
import { useId } from 'react';
import type { MessageId } from '../i18n/i18n.ts';
import { useT } from '../i18n/use-t.ts';
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

/** Each key as printed on the keyboard (the same in every language), and what it does. */
const KEYS: readonly [string, MessageId][] = [
  ['← →', 'shortcuts.previousNext'],
  ['+ −', 'shortcuts.zoom'],
  ['[ ]', 'shortcuts.earlierLater'],
  ['Esc', 'shortcuts.escape'],
];

/** The keys, and the setting that switches the single-key ones off (remembered in this browser). */
function ShortcutsHelp({
  shortcuts,
  onShortcutsChange,
}: Pick<TimelineControlsProps, 'shortcuts' | 'onShortcutsChange'>) {
  const { open, buttonProps, panelProps, rootProps } = useDisclosure();
  const checkboxId = useId();
  const { t } = useT();
  return (
    <div className="shortcuts-help" {...rootProps}>
      <button className="menu-button" {...buttonProps}>
        {t('shortcuts.menu')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div className="popover shortcuts-panel" {...panelProps}>
        {open ? (
          <>
            <p>{t('shortcuts.intro')}</p>
            <dl>
              {KEYS.map(([keys, action]) => (
                <div key={keys}>
                  <dt>
                    <kbd translate="no">{keys}</kbd>
                  </dt>
                  <dd>{t(action)}</dd>
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
              <label htmlFor={checkboxId}>{t('shortcuts.toggle')}</label>
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}

/** The timeline's buttons; the same actions have keys (see "Keyboard shortcuts"). */
export function TimelineControls(props: TimelineControlsProps) {
  const { t } = useT();
  const keys = (shortcut: string) => (props.shortcuts ? shortcut : undefined);
  return (
    <div className="timeline-controls" role="group" aria-label={t('timeline.controls')}>
      <button type="button" onClick={props.onPrevious} aria-keyshortcuts={keys('ArrowLeft')}>
        <span aria-hidden="true">←</span>{' '}
        <span className="control-text">{t('timeline.previous')}</span>
      </button>
      <button type="button" onClick={props.onNext} aria-keyshortcuts={keys('ArrowRight')}>
        <span className="control-text">{t('timeline.next')}</span> <span aria-hidden="true">→</span>
      </button>
      <span className="control-gap" />
      <button
        type="button"
        onClick={props.onZoomIn}
        aria-label={t('timeline.zoomIn')}
        aria-keyshortcuts={keys('+')}
        title={t('timeline.zoomInKey')}
      >
        +
      </button>
      <button
        type="button"
        onClick={props.onZoomOut}
        aria-label={t('timeline.zoomOut')}
        aria-keyshortcuts={keys('-')}
        title={t('timeline.zoomOutKey')}
      >
        −
      </button>
      <button type="button" onClick={props.onEarlier} aria-keyshortcuts={keys('[')}>
        <span aria-hidden="true">«</span>{' '}
        <span className="control-text">{t('timeline.earlier')}</span>
      </button>
      <button type="button" onClick={props.onLater} aria-keyshortcuts={keys(']')}>
        <span className="control-text">{t('timeline.later')}</span>{' '}
        <span aria-hidden="true">»</span>
      </button>
      <button type="button" onClick={props.onShowAll}>
        {t('timeline.showAll')}
      </button>
      <ShortcutsHelp shortcuts={props.shortcuts} onShortcutsChange={props.onShortcutsChange} />
    </div>
  );
}
