import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { NoScript } from '../ui/NoScript.tsx';
import { eventHref, pageHref, type Page } from '../url-state/page-path.ts';
import { pageLinkWindow } from './page-link-window.ts';

/**
 * The events as plain links to their pages, for readers (and crawlers) without JavaScript:
 * every one on the home page, the page's neighbours elsewhere when there are many (with a link
 * to the home page for all of them).
 */
export function PageLinks({
  events,
  prefix,
  lang,
  page,
}: {
  events: readonly PreparedEvent[];
  prefix: string;
  /** The language the link asks for: its pages are the ones linked (`ru/event/<id>/`). */
  lang?: string | undefined;
  /** The page they are listed on. */
  page: Page;
}) {
  const { t } = useT();
  const dates = useDateWords();
  const { shown, complete } = pageLinkWindow(events, page);
  return (
    <NoScript>
      <nav className="page-links" aria-labelledby="page-links-title">
        <h2 id="page-links-title" className="section-title">
          {t('list.heading')}
        </h2>
        <ol>
          {shown.map((event) => (
            <li key={event.id}>
              <a href={eventHref(prefix, event.id, undefined, lang)}>
                <span className="page-link-date">{dates.qualified(event)}</span>{' '}
                <span className="page-link-title" dir="auto" lang={event.titleLang}>
                  {event.title}
                </span>
              </a>
            </li>
          ))}
        </ol>
        {complete ? null : (
          <p>
            <a href={pageHref(prefix, { kind: 'home' }, lang)}>
              {t('pages.allEvents', { count: events.length })}
            </a>
          </p>
        )}
      </nav>
    </NoScript>
  );
}
