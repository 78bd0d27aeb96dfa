import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorPage } from '../editor/page/EditorPage.tsx';
import { activateLanguage, i18n, loadSection } from '../i18n/i18n.ts';
import '../app/styles.css';
import '../ui/ui.css';
import '../app/language-switcher.css';
import '../timeline/timeline.css';
import '../events-list/event-list.css';
import '../app/kind-colours.css';
import '../editor/page/editor.css';

// The editor's own page (edit/, and ru/edit/ in Russian): the page's folder is its language.
async function start() {
  const root = document.getElementById('root');
  if (!root) return;
  const language = /\/ru\/edit\/(?:index\.html)?$/.test(window.location.pathname) ? 'ru' : 'en';
  await activateLanguage(language);
  await loadSection('editor');
  document.documentElement.lang = i18n.locale;
  createRoot(root).render(
    <StrictMode>
      <EditorPage />
    </StrictMode>,
  );
}

void start();
