import { useT } from '../i18n/use-t.ts';
import { useDisclosure } from '../ui/use-disclosure.ts';
import { CiteItems } from './cite-items.tsx';
import type { CiteFormatsProps } from './menu-props.ts';
import { preloadExportFiles } from './load-export-files.ts';
import './export-menus.css';

export type { CiteFormatsProps } from './menu-props.ts';

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
