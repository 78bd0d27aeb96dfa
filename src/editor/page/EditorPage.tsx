import { useCallback, useState } from 'react';
import { CopyDataset } from './CopyDataset.tsx';
import { readFromParam } from './copy-dataset.ts';
import { useT } from '../../i18n/use-t.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { EditorLanguages } from './EditorLanguages.tsx';
import { StartForm } from './StartForm.tsx';
import { YourDrafts } from './YourDrafts.tsx';
import { draftAddress, readDraftParam } from './editor-address.ts';

/** The editor's page: its banner, then the start (no draft yet) or the draft being edited. */
export function EditorPage() {
  const { t } = useT();
  const [draftId, setDraftId] = useState(() => readDraftParam(window.location.search));
  const inRussian = window.location.pathname.includes('/ru/edit/');
  const [from] = useState(() => readFromParam(window.location.search));
  // A new draft's address replaces the start's (or the copy's `?from=`) in the history.
  const created = useCallback((id: string) => {
    window.history.replaceState(null, '', draftAddress(id));
    setDraftId(id);
  }, []);
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
        {draftId === undefined && from !== undefined ? (
          <CopyDataset siteRoot={inRussian ? '../../' : '../'} path={from} onCreated={created} />
        ) : draftId === undefined ? (
          <>
            <YourDrafts />
            <StartForm onCreated={created} />
          </>
        ) : (
          <DraftEditor id={draftId} />
        )}
      </main>
    </>
  );
}
