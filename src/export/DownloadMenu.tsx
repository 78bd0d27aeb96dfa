import { Suspense } from 'react';
import { loadSection } from '../i18n/i18n.ts';
import { useT } from '../i18n/use-t.ts';
import { useDisclosure } from '../ui/use-disclosure.ts';
import type { DownloadMenuProps } from './menu-props.ts';
import { preloadExportFiles } from './load-export-files.ts';
import { lazyItems } from './lazy-items.tsx';
import './export-panels.css';
import '../ui/popover.css';
import './export-menus.css';

// With the words of "Edit a copy" and "Open a dataset file" (the catalogue's `open` section).
const { Items: DownloadItems, preload: preloadItems } = lazyItems(() =>
  Promise.all([import('./export-panels.tsx'), loadSection('open')]).then(([m]) => m.DownloadItems),
);
const preload = () => {
  preloadExportFiles();
  preloadItems();
};

export type { DownloadMenuProps, SourceFileLink } from './menu-props.ts';

/**
 * "Download": the events as CSV, the dataset as JSON, and the document's source file with its
 * checksum; then "Edit a copy" and "Open a dataset file".
 */
export function DownloadMenu(props: DownloadMenuProps) {
  const { open, buttonProps, panelProps, rootProps } = useDisclosure();
  const { t } = useT();
  return (
    <div className="download-menu" {...rootProps}>
      <button className="menu-button" {...buttonProps} onFocus={preload} onPointerEnter={preload}>
        {t('download.menu')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div className="popover menu-panel" {...panelProps}>
        {open ? (
          <Suspense fallback={null}>
            <DownloadItems {...props} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
