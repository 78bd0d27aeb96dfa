import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { copyDataset, type CopyFailure } from './copy-dataset.ts';
import { saveDraft } from '../drafts/draft-store.ts';

export interface CopyDatasetProps {
  siteRoot: string;
  path: string | 'refused';
  onCreated: (id: string) => void;
}

/** "Edit a copy": a new draft from a dataset of the site (`edit/?from=`), then its address. */
export function CopyDataset({ siteRoot, path, onCreated }: CopyDatasetProps) {
  const { t } = useT();
  const [failure, setFailure] = useState<CopyFailure | 'refused' | 'storage'>();
  useEffect(() => {
    if (path === 'refused') return;
    let live = true;
    void copyDataset(siteRoot, path).then(async (draft) => {
      if (!live) return;
      if ('failed' in draft) return setFailure(draft.failed);
      try {
        await saveDraft(draft);
        if (live) onCreated(draft.id);
      } catch {
        if (live) setFailure('storage');
      }
    });
    return () => {
      live = false;
    };
  }, [siteRoot, path, onCreated]);
  const shown = path === 'refused' ? 'refused' : failure;
  if (shown === undefined) return <p role="status">{t('editor.copy.copying')}</p>;
  return (
    <div role="alert">
      <p>{t(`editor.copy.${shown}`)}</p>
      <p>
        <a href="./">{t('editor.copy.startAnew')}</a>
      </p>
    </div>
  );
}
