import type { MouseEvent } from 'react';
import { useT } from '../i18n/use-t.ts';
import type { MessageId } from '../i18n/i18n.ts';
import './skip-links.css';

/** The places a skip link leads to, by the id of the element that takes focus there. */
export const SKIP_TARGETS = {
  timeline: 'timeline',
  openEvent: 'source-panel-title',
  list: 'events-in-order',
} as const;

const LABELS: Record<keyof typeof SKIP_TARGETS, MessageId> = {
  timeline: 'skip.timeline',
  openEvent: 'skip.openEvent',
  list: 'skip.list',
};

/**
 * The first thing Tab reaches: links past the masthead and toolbar to the timeline, the open
 * event (when there is one) and the list, in their order on screen. Shown only while focused.
 * With JavaScript they are plain in-page links; with it, focus moves without touching the
 * address (whose fragment names a paragraph of the letter).
 */
export function SkipLinks({ openEvent }: { openEvent: boolean }) {
  const { t } = useT();
  const follow = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (target === null) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  };
  const shown = (Object.keys(SKIP_TARGETS) as (keyof typeof SKIP_TARGETS)[]).filter(
    (place) => place !== 'openEvent' || openEvent,
  );
  return (
    <div className="skip-links">
      {shown.map((place) => (
        <a
          key={place}
          href={`#${SKIP_TARGETS[place]}`}
          onClick={(event) => follow(event, SKIP_TARGETS[place])}
        >
          {t(LABELS[place])}
        </a>
      ))}
    </div>
  );
}
