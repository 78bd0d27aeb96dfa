import { DEFAULT_DATASET } from './dataset/dataset-query-key.ts';
import { requestEarly } from './dataset/early-request.ts';
import { parseUrlState } from './url-state/url-state.ts';

// The page's entry, kept tiny: it asks for the dataset the URL names (only a safe, same-site
// path) and then loads the app, so the data and the app's code download side by side.
requestEarly(parseUrlState(window.location.search).state.data ?? DEFAULT_DATASET);
void import('./main.tsx');
