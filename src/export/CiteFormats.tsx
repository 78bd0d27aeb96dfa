import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useT } from '../i18n/use-t.ts';
import { useDisclosure } from '../ui/use-disclosure.ts';
import { CiteItems } from './export-panels.tsx';
import { preloadExportFiles } from './load-export-files.ts';
import './export-menus.css';

export interface CiteFormatsProps {
  dataset: PreparedDataset;
  event: PreparedEvent;
  shortName: string;
  /** The link of the event's view. */
  eventLink: () => string;
  /** The link of the whole document. */
  documentLink: () => string;
  /** The plain-text citation of the event, as "Cite" copies it. */
  plainEventText: (link: string) => string;
}

/** "Citation formats": the event, or the whole document, in the formats reference managers read. */
export function CiteFormats(props: CiteFormatsProps) {
  const { open, buttonProps, panelProps, rootProps } = useDisclosure();
  const { t } = useT();
  return (
    <div className="cite-formats" {...rootProps}>
      <button {...buttonProps} onFocus={preloadExportFiles} onPointerEnter={preloadExportFiles}>
        {t('cite.menu')}
      </button>
      <div className="cite-panel" {...panelProps}>
        {open ? <CiteItems {...props} scopeName={`${panelProps.id}-scope`} /> : null}
      </div>
    </div>
  );
}
