import { useEffect, useState } from 'react';
import { localFileName } from '../dataset/load/local-dataset.ts';
import { Msg } from '../i18n/Msg.tsx';

/**
 * Said under the masthead of a dataset file the reader opened in this browser
 * (`?data=file:<key>`), in place of a linked dataset's origin: it is their own file, not this
 * site's, and kept only here, so its links work only in this browser. Printed too.
 */
export function LocalFileNote({ fileRef }: { fileRef: string }) {
  const key = fileRef.slice('file:'.length);
  const [name, setName] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void localFileName(key).then((found) => {
      if (current) setName(found);
    });
    return () => {
      current = false;
    };
  }, [key]);
  return (
    <div className="notice dataset-origin" role="note">
      <p>
        <Msg id="open.localNote" values={{ name: <bdi translate="no">{name ?? fileRef}</bdi> }} />
      </p>
    </div>
  );
}
