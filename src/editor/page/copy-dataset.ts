import { DEFAULT_DATASET } from '../../dataset/load/dataset-query-key.ts';
import { parseDatasetBytes } from '../../dataset/load/read-dataset-bytes.ts';
import { isSafeDatasetPath } from '../../url-state/url-values.ts';
import { asDraftDataset } from './draft-dataset.ts';
import { newDraft, type Draft } from '../drafts/draft-store.ts';

/**
 * The dataset `edit/?from=` names: `default` for the site's own, or a path under the same rules
 * as the viewer's `data=` (a same-site relative `.json`). Undefined when the address names none;
 * `refused` for a path those rules refuse.
 */
export function readFromParam(search: string): string | 'refused' | undefined {
  const from = new URLSearchParams(search).get('from');
  if (from === null) return undefined;
  if (from === 'default') return DEFAULT_DATASET;
  return isSafeDatasetPath(from) ? from : 'refused';
}

export type CopyFailure = 'unreachable' | 'not-a-dataset';

/**
 * A new draft holding a copy of the dataset at `path` (from the site's folder, `siteRoot`),
 * every field kept as the file has it, or why it cannot be made.
 */
export async function copyDataset(
  siteRoot: string,
  path: string,
): Promise<Draft | { failed: CopyFailure }> {
  let bytes: Uint8Array;
  try {
    const response = await fetch(`${siteRoot}${path}`, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) return { failed: 'unreachable' };
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return { failed: 'unreachable' };
  }
  const parsed = parseDatasetBytes(bytes);
  const dataset = parsed.ok ? asDraftDataset(parsed.json) : undefined;
  if (!dataset) return { failed: 'not-a-dataset' };
  return newDraft(dataset);
}
