import { useT } from '../i18n/use-t.ts';

export interface TimelineControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onShowAll: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

/** The timeline's buttons; the same actions have keys: ← → + − and Esc. */
export function TimelineControls(props: TimelineControlsProps) {
  const { t } = useT();
  return (
    <div className="timeline-controls" role="toolbar" aria-label={t('timeline.controls')}>
      <button type="button" onClick={props.onPrevious} aria-keyshortcuts="ArrowLeft">
        <span aria-hidden="true">←</span>{' '}
        <span className="control-text">{t('timeline.previous')}</span>
      </button>
      <button type="button" onClick={props.onNext} aria-keyshortcuts="ArrowRight">
        <span className="control-text">{t('timeline.next')}</span> <span aria-hidden="true">→</span>
      </button>
      <span className="control-gap" />
      <button
        type="button"
        onClick={props.onZoomIn}
        aria-label={t('timeline.zoomIn')}
        aria-keyshortcuts="+"
        title={t('timeline.zoomInKey')}
      >
        +
      </button>
      <button
        type="button"
        onClick={props.onZoomOut}
        aria-label={t('timeline.zoomOut')}
        aria-keyshortcuts="-"
        title={t('timeline.zoomOutKey')}
      >
        −
      </button>
      <button type="button" onClick={props.onShowAll}>
        {t('timeline.showAll')}
      </button>
    </div>
  );
}
