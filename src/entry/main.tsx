import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, type DatasetSeed } from '../app/App.tsx';
import { DEFAULT_DATASET } from '../dataset/load/dataset-query-key.ts';
import { looksChecked, readPageDataset, sharedDatasetPath } from '../dataset/load/page-dataset.ts';
import { fetchSharedJson } from '../dataset/load/shared-file.ts';
import { prepareDataset } from '../dataset/prepare-dataset.ts';
import {
  readLocation,
  readRenderedLocation,
  PageSiteContext,
  splitLocation,
} from '../url-state/page-location.ts';
import { parsePagePath } from '../url-state/page-path.ts';
import { parseUrlState } from '../url-state/url-state.ts';
import { activateLanguage, i18n, loadSection } from '../i18n/i18n.ts';
import { siteHoldsLetter } from '../dataset/site-dataset.ts';
import { browserLanguages, chooseLanguage } from '../i18n/languages.ts';
import { keepFocus } from '../ui/focus-keeper.ts';
// The stylesheets in cascade order (the order the rules had in one file): the page's tokens and
// frame, then each feature's rules (which never meet another feature's elements), then the
// toolbar's.
import '../app/styles.css';
import '../app/masthead.css';
import '../ui/ui.css';
import '../timeline/timeline.css';
import '../filters/filters.css';
import '../events-list/event-list.css';
import '../reader/reader.css';
// Places the filters, search and buttons in the toolbar's row: after the rules of those pieces.
import '../app/toolbar.css';
import '../app/kind-colours.css';
import '../app/pages.css';

/**
 * The letter's dataset from the page itself, or from the one file every page shares. The build
 * checked it (a page is never written from a dataset with a problem) and wrote what the checker
 * returned, so here it is only prepared.
 */
async function pageSeed(): Promise<DatasetSeed | undefined> {
  const block = readPageDataset(document);
  const shared = sharedDatasetPath(block);
  // The shared file, from the site's folder (boot.ts asked for it early, so this is the same
  // request); a file that cannot be fetched leaves the app to fetch the dataset.
  const json: unknown =
    shared === undefined
      ? block
      : await fetchSharedJson(`${parsePagePath(window.location.pathname).root}${shared}`);
  if (!looksChecked(json)) return undefined;
  return { path: DEFAULT_DATASET, dataset: prepareDataset(json) };
}

async function start() {
  const root = document.getElementById('root');
  if (!root) return;
  // A link to another dataset does not need the page's own; a seed that cannot be read (a
  // damaged page, say) leaves the app to fetch the dataset as any page does.
  const linked = parseUrlState(window.location.search).state;
  const other = linked.data !== undefined;
  // The page was written in one language; the reader's may be another, whose catalogue comes first.
  const renderedLanguage = document.documentElement.lang;
  // A language's folder (`ru/event/<id>/`) asks for its language as `?lang=` does.
  const lang = parseUrlState(splitLocation(readLocation({})).search).state.lang;
  await activateLanguage(chooseLanguage(lang, browserLanguages())).catch(() => undefined);
  // A site built with another dataset calls it "the document", as its pages were written.
  if (!siteHoldsLetter()) await loadSection('document').catch(() => undefined);
  document.documentElement.lang = i18n.locale;
  const seed = other ? undefined : await pageSeed().catch(() => undefined);
  // The letter's pages open the letter at its first paragraph (`letter/`); another dataset's do not.
  const site = { letterStart: seed?.dataset.document.paragraphs[0]?.id };
  keepFocus(root);
  const app = (
    <StrictMode>
      <PageSiteContext value={site}>
        <App seed={seed} />
      </PageSiteContext>
    </StrictMode>
  );
  // A prerendered page whose address means what it was rendered for (`event/<id>/`, `letter/`,
  // the home page) is taken over as it stands: no flash, no layout shift. An address that asks
  // for more (a query, a paragraph) is drawn afresh, so the timeline starts from its own view.
  const asRendered =
    readLocation(site) === readRenderedLocation(site) && i18n.locale === renderedLanguage;
  if (seed && root.hasAttribute('data-prerendered') && asRendered) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

void start();
