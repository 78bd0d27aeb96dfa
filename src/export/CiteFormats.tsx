import { Suspense } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useDisclosure } from '../ui/use-disclosure.ts';
import type { CiteFormatsProps } from './menu-props.ts';
import { preloadExportFiles } from './load-export-files.ts';
import { lazyItems } from './lazy-items.tsx';
import './export-panels.css';
import './export-menus.css';

const { Items: CiteItems, preload: preloadItems } = lazyItems(() =>
  import('./cite-items.tsx').then((module) => module.CiteItems),
);
const preload = () => {
  preloadExportFiles();
  preloadItems();
};

export type { CiteFormatsProps } from './menu-props.ts';

/** "Citation formats": the event, or the whole document, in the formats reference managers read. */
export function CiteFormats(props: CiteFormatsProps) {
  const { open, buttonProps, panelProps, rootProps } = useDisclosure();
  const { t } = useT();
  return (
    <div className="cite-formats" {...rootProps}>
      <button {...buttonProps} onFocus={preload} onPointerEnter={preload}>
        {t('cite.menu')}
      </button>
      <div className="cite-panel" {...panelProps}>
        {open ? (
          <Suspense fallback={null}>
            <CiteItems {...props} scopeName={`${panelProps.id}-scope`} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
