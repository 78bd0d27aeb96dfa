import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useMediaQuery } from '../ui/use-media-query.ts';

/** Where the layout has room for the filters beside the timeline's controls (see filters.css and app/toolbar.css). */
const WIDE = '(min-width: 721px)';

export interface FiltersDisclosureProps {
  /**
   * How many of the filters inside narrow the view (the search counts as one), said on the
   * button. When the link opens the view with any, the filters start open, so the reader sees
   * what narrows it (the kinds are pressed in the legend, which is always in view).
   */
  active: number;
  /** Said politely to screen readers once the typing pauses ("5 of 16 events"), even while closed. */
  status: string;
  children: ReactNode;
}

/**
 * "Filters": the search and the facets behind a button (`aria-expanded`), open on a wide
 * screen and closed on a phone, so that the timeline comes first there. Until the reader
 * chooses, the width decides in CSS (a page written ahead is right at every width); open or
 * closed is the reader's view of the page, never part of its link.
 */
export function FiltersDisclosure({ active, status, children }: FiltersDisclosureProps) {
  const { t } = useT();
  const wide = useMediaQuery(WIDE, true);
  const [chosen, setChosen] = useState(active > 0 ? true : undefined);
  const open = chosen ?? wide;
  const id = useId();
  return (
    <div className={`filters${chosen === undefined ? '' : chosen ? ' is-open' : ' is-closed'}`}>
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setChosen(!open)}
      >
        {t('filters.toggle')}{' '}
        {active > 0 ? (
          <span className="facet-chosen">
            {/* A short count keeps the toolbar in one row; the name still says what it counts. */}
            <span aria-hidden="true">{t('filters.activeShort', { count: active })}</span>
            <span className="visually-hidden">{t('filters.active', { count: active })}</span>
          </span>
        ) : null}
      </button>
      <div id={id} className="filters-body">
        {children}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
