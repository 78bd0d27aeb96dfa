import { useEffect, useState } from 'react';
import { loadEdtfReader, type EdtfReader } from '../../dates/edtf-bounds.ts';

/** The EDTF reader with its grammar loaded, so each keystroke in a date is read at once. */
export function useEdtfReader(): EdtfReader | undefined {
  const [reader, setReader] = useState<{ read: EdtfReader }>();
  useEffect(() => {
    let live = true;
    // An expression that is no plain day makes the reader load the full grammar now.
    void loadEdtfReader(['2014-12~']).then((read) => live && setReader({ read }));
    return () => {
      live = false;
    };
  }, []);
  return reader?.read;
}
