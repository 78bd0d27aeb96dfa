import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { useT } from '../i18n/use-t.ts';
import { useDisclosure } from '../ui/use-disclosure.ts';
import type { ExportSelection } from './export-selection.ts';
import { DownloadItems } from './export-panels.tsx';
import { preloadExportFiles } from './load-export-files.ts';
import './export-menus.css';

/** The document's source file as the dataset records it, ready to link. */
export interface SourceFileLink {
  href: string;
  name: string;
  sha256: string | undefined;
}

export interface DownloadMenuProps {
  dataset: PreparedDataset;
  shortName: string;
  /** The events the reader is looking at, and the filter that chose them. */
  selection: ExportSelection;
  eventLink: (id: string) => string;
  /** The link of the current view. */
  viewLink: () => string;
  sourceFile: SourceFileLink | undefined;
}

/** "Download": the events as CSV, the dataset as JSON, and the document's source file with its checksum. */
export function DownloadMenu(props: DownloadMenuProps) {
  const { open, buttonProps, panelProps, rootProps } = useDisclosure();
  const { t } = useT();
  return (
    <div className="download-menu" {...rootProps}>
      <button
        className="menu-button"
        {...buttonProps}
        onFocus={preloadExportFiles}
        onPointerEnter={preloadExportFiles}
      >
        {t('download.menu')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div className="menu-panel" {...panelProps}>
        {open ? <DownloadItems {...props} /> : null}
      </div>
    </div>
  );
}
