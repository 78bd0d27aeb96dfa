import { useT } from '../i18n/use-t.ts';
import { useDisclosure } from '../ui/use-disclosure.ts';
import type { DownloadMenuProps } from './menu-props.ts';
import { DownloadItems } from './export-panels.tsx';
import { preloadExportFiles } from './load-export-files.ts';
import '../ui/popover.css';
import './export-menus.css';

export type { DownloadMenuProps, SourceFileLink } from './menu-props.ts';

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
      <div className="popover menu-panel" {...panelProps}>
        {open ? <DownloadItems {...props} /> : null}
      </div>
    </div>
  );
}
