import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { deleteDraft, listDrafts, type DraftSummary } from '../drafts/draft-store.ts';
import { draftAddress } from './editor-address.ts';

/** "Your drafts": the drafts kept in this browser, newest first, each to open or delete. */
export function YourDrafts() {
  const { t, language } = useT();
  const id = useId();
  const [drafts, setDrafts] = useState<DraftSummary[]>();
  const [asked, setAsked] = useState<DraftSummary>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void listDrafts()
      .then((list) => live && setDrafts([...list].sort((a, b) => b.updated - a.updated)))
      .catch(() => live && setDrafts([]));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (asked) confirmRef.current?.focus();
  }, [asked]);

  if (drafts === undefined || drafts.length === 0) return null;
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const remove = async (draft: DraftSummary) => {
    await deleteDraft(draft.id);
    setDrafts((list) => list?.filter((d) => d.id !== draft.id));
    setAsked(undefined);
    headingRef.current?.focus();
  };
  const title = (draft: DraftSummary) => draft.title || t('editor.drafts.untitled');
  return (
    <section className="editor-drafts" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        {t('editor.drafts.heading')}
      </h2>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.id}>
            <a href={draftAddress(draft.id)}>{title(draft)}</a>{' '}
            <span>
              {t('editor.drafts.events', { count: draft.events })}
              {' · '}
              {t('editor.drafts.changed', { when: when.format(draft.updated) })}
            </span>{' '}
            <button
              type="button"
              aria-label={t('editor.drafts.delete', { title: title(draft) })}
              onClick={() => setAsked(draft)}
            >
              {t('editor.drafts.deleteShort')}
            </button>
            {asked?.id === draft.id && (
              <div role="group" aria-label={t('editor.drafts.confirmGroup')}>
                <p>{t('editor.drafts.confirm', { title: title(draft) })}</p>
                <button ref={confirmRef} type="button" onClick={() => void remove(draft)}>
                  {t('editor.drafts.confirmYes')}
                </button>{' '}
                <button type="button" onClick={() => setAsked(undefined)}>
                  {t('editor.drafts.confirmNo')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
