import { afterFirstPaint } from './after-first-paint.ts';
import { showBootFailure } from './boot-failure.ts';
import { DEFAULT_DATASET } from '../dataset/load/dataset-query-key.ts';
import { requestEarly } from '../dataset/load/early-request.ts';
import { startWorkerEarly } from '../dataset/load/check-off-thread.ts';
import {
  PAGE_DATASET_ID,
  readPageDataset,
  sharedDatasetPath,
} from '../dataset/load/page-dataset.ts';
import { parsePagePath, rootPrefix } from '../url-state/page-path.ts';
import { parseUrlState } from '../url-state/url-state.ts';
import { warmStorage } from './warm-storage.ts';

// The page's entry, kept tiny: it asks for the dataset the URL names (only a safe, same-site
// path) and then loads the app, so the data and the app's code download side by side. A
// prerendered page already holds the letter's dataset: that one is not asked for again.
const data = parseUrlState(window.location.search).state.data;
// A page shows the letter's events; a link to another dataset must not show them meanwhile.
if (data !== undefined) document.getElementById('root')?.replaceChildren();
if (data !== undefined || !document.getElementById(PAGE_DATASET_ID)) {
  // The worker that will check the dataset starts now too: its code loads beside the rest.
  startWorkerEarly();
  // A dataset file opened in this browser (`file:<key>`) is kept here, never asked of the server.
  if (!data?.startsWith('file:'))
    requestEarly(
      `${rootPrefix(parsePagePath(window.location.pathname).page)}${data ?? DEFAULT_DATASET}`,
    );
} else {
  // The page names the site's shared, checked file: asked for now, beside the app's code (with
  // the same limits on its waits as any dataset request; see shared-file.ts).
  const shared = sharedDatasetPath(readPageDataset(document));
  if (shared !== undefined)
    requestEarly(`${parsePagePath(window.location.pathname).root}${shared}`);
}
warmStorage();
// A page that holds its words (prerendered, no other dataset) shows them first; the app's code,
// which has been downloading meanwhile, runs after that paint.
const holdsWords =
  data === undefined && document.getElementById('root')?.hasAttribute('data-prerendered');
(holdsWords ? afterFirstPaint() : Promise.resolve())
  .then(() => import('./main.tsx'))
  .catch(() => {
    const root = document.getElementById('root');
    if (root) showBootFailure(root);
  });
