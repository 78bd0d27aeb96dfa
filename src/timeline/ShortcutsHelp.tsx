import '../ui/popover.css';
import './timeline-controls.css';
import { useId } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useDisclosure } from '../ui/use-disclosure.ts';
import { COMMANDS } from './commands.ts';

export interface ShortcutsHelpProps {
  /** Whether the single-key shortcuts are on, and a way to switch them. */
  shortcuts: boolean;
  onShortcutsChange: (on: boolean) => void;
}

/**
 * A small help control ("?", named "Keyboard shortcuts"): the keys, read from the commands'
 * table, and the setting that switches the single-key ones off (remembered in this browser).
 */
export function ShortcutsHelp({ shortcuts, onShortcutsChange }: ShortcutsHelpProps) {
  const { open, buttonProps, panelProps, rootProps } = useDisclosure();
  const checkboxId = useId();
  const { t } = useT();
  return (
    <div className="shortcuts-help" {...rootProps}>
      <button
        className="menu-button help-button"
        aria-label={t('shortcuts.menu')}
        title={t('shortcuts.menu')}
        {...buttonProps}
      >
        <span aria-hidden="true">?</span>
      </button>
      <div className="popover shortcuts-panel" {...panelProps}>
        {open ? (
          <>
            <p>{t('shortcuts.intro')}</p>
            <dl>
              {COMMANDS.filter((c) => c.printed !== undefined).map((command) => (
                <div key={command.id}>
                  <dt>
                    <kbd translate="no">{command.printed}</kbd>
                  </dt>
                  <dd>{t(command.label)}</dd>
                </div>
              ))}
              <div>
                <dt>
                  <kbd translate="no">{t('shortcuts.escKey')}</kbd>
                </dt>
                <dd>{t('shortcuts.escape')}</dd>
              </div>
            </dl>
            <p>
              <input
                id={checkboxId}
                type="checkbox"
                checked={shortcuts}
                onChange={(event) => onShortcutsChange(event.target.checked)}
              />{' '}
              <label htmlFor={checkboxId}>{t('shortcuts.toggle')}</label>
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
