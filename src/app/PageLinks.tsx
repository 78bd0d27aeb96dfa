import { formatEventDate } from '../dates/format-date.ts';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { NoScript } from '../ui/NoScript.tsx';
import { eventHref } from '../url-state/page-path.ts';

/** Every event as a plain link to its page, for readers (and crawlers) without JavaScript. */
export function PageLinks({
  events,
  prefix,
}: {
  events: readonly PreparedEvent[];
  prefix: string;
}) {
  return (
    <NoScript>
      <nav className="page-links" aria-labelledby="page-links-title">
        <h2 id="page-links-title" className="section-title">
          Events in order
        </h2>
        <ol>
          {events.map((event) => (
            <li key={event.id}>
              <a href={eventHref(prefix, event.id, undefined)}>
                <span className="page-link-date">{formatEventDate(event)}</span>{' '}
                <span className="page-link-title" dir="auto">
                  {event.title}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </NoScript>
  );
}
