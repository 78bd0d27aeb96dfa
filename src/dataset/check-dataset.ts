import { escapeControls } from '../text/plain-text.ts';
import { DatasetError } from './dataset-error.ts';
import { parseDatasetBytes, TOO_LARGE } from './read-dataset-bytes.ts';
import { prepareDataset, type PreparedDataset } from './prepare-dataset.ts';
import { validateDataset } from './validate-dataset.ts';

/**
 * A downloaded dataset file read, checked against the format and prepared for the views: the
 * work that runs in the dataset worker (or here, where there is no worker). Every failure
 * becomes a DatasetError whose message says what went wrong.
 */
export async function checkDatasetBytes(bytes: Uint8Array): Promise<PreparedDataset> {
  const parsed = parseDatasetBytes(bytes);
  if (!parsed.ok) {
    if (parsed.problem === 'too-large') throw new DatasetError('too-large', TOO_LARGE);
    if (parsed.problem === 'empty') throw new DatasetError('empty', 'The dataset file is empty.');
    throw new DatasetError(
      'not-json',
      `The dataset is not valid JSON: it may be truncated or not a dataset at all (${escapeControls('detail' in parsed ? parsed.detail : '')}).`,
    );
  }
  const result = await validateDataset(parsed.json);
  if (!result.ok) {
    const count = result.problems.length;
    throw new DatasetError(
      'invalid',
      `The dataset does not follow the Source Timeline format: ${count} problem${count === 1 ? '' : 's'} found.`,
      result.problems,
    );
  }
  return prepareDataset(result.dataset);
}
