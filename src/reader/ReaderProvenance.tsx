import type { MouseEvent } from 'react';
import { useT } from '../i18n/use-t.ts';

export interface ReaderProvenanceProps {
  /** The link of the About view, whose "Where the text comes from" describes the capture. */
  href: string;
  /** Opens About in place (a plain click); other clicks follow the link. */
  onOpen: () => void;
}

const plain = (e: MouseEvent) =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** Under the reader's head: the text shown is this copy of the letter, not the letter as on hrw.org. */
export function ReaderProvenance({ href, onOpen }: ReaderProvenanceProps) {
  const { t } = useT();
  return (
    <p className="reader-provenance">
      {t('letter.provenance')}{' '}
      <a
        href={href}
        onClick={(event) => {
          if (!plain(event)) return;
          event.preventDefault();
          onOpen();
        }}
      >
        {t('letter.provenanceLink')}
      </a>
    </p>
  );
}
