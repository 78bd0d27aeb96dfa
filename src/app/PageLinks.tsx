import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { NoScript } from '../ui/NoScript.tsx';
import { eventHref } from '../url-state/page-path.ts';

/** Every event as a plain link to its page, for readers (and crawlers) without JavaScript. */
export function PageLinks({
  events,
  prefix,
  lang,
}: {
  events: readonly PreparedEvent[];
  prefix: string;
  /** The language the link asks for: its pages are the ones linked (`ru/event/<id>/`). */
  lang?: string | undefined;
}) {
  const { t } = useT();
  const dates = useDateWords();
  return (
    <NoScript>
      <nav className="page-links" aria-labelledby="page-links-title">
        <h2 id="page-links-title" className="section-title">
          {t('list.heading')}
        </h2>
        <ol>
          {events.map((event) => (
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
      </nav>
    </NoScript>
  );
}
