import { useState } from 'react';
import { validateDataset, type Problem } from '../../dataset/check/validate-dataset.ts';
import { saveFile } from '../../ui/save-file.ts';
import type { DraftDataset } from './draft-dataset.ts';
import { slugOf } from './event-edits.ts';

/**
 * "Download dataset": the draft's JSON as it is (pretty), checked first by the same checker as
 * `npm run validate`; a draft with problems is refused, with them.
 */
export function useDownload(dataset: DraftDataset | undefined) {
  const [refused, setRefused] = useState<{ problems: Problem[]; total: number }>();
  const start = async () => {
    if (!dataset) return;
    const result = await validateDataset(dataset);
    if (!result.ok) {
      setRefused({ problems: result.problems, total: result.total });
      return;
    }
    setRefused(undefined);
    const name = `${slugOf(dataset.document.title)}.json`;
    saveFile(name, `${JSON.stringify(dataset, null, 2)}\n`, 'application/json');
  };
  return { start, refused };
}
