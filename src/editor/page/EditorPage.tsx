import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { EditorLanguages } from './EditorLanguages.tsx';
import { StartForm } from './StartForm.tsx';
import { draftAddress, readDraftParam } from './editor-address.ts';

/** The editor's page: its banner, then the start (no draft yet) or the draft being edited. */
export function EditorPage() {
  const { t } = useT();
  const [draftId, setDraftId] = useState(() => readDraftParam(window.location.search));
  const inRussian = window.location.pathname.includes('/ru/edit/');
  return (
    <>
      <header className="editor-banner">
        <h1>{t('editor.heading')}</h1>
        <nav aria-label={t('editor.pages')}>
          <a href={inRussian ? '../../ru/' : '../'}>{t('editor.backToTimeline')}</a>
        </nav>
        <EditorLanguages />
      </header>
      <main className="editor-main">
        {draftId === undefined ? (
          <StartForm
            onCreated={(id) => {
              window.history.replaceState(null, '', draftAddress(id));
              setDraftId(id);
            }}
          />
        ) : (
          <DraftEditor id={draftId} />
        )}
      </main>
    </>
  );
}
