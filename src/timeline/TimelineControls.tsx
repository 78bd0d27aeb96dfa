import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { COMMANDS, type Command, type CommandActions } from './commands.ts';

export interface TimelineControlsProps {
  actions: CommandActions;
  /** Whether the single-key shortcuts are on: buttons name their keys only then. */
  shortcuts: boolean;
  /** Shown at the row's end (the shortcut help). */
  children?: ReactNode;
}

function CommandButton({
  command,
  actions,
  shortcuts,
}: {
  command: Command;
  actions: CommandActions;
  shortcuts: boolean;
}) {
  const { t } = useT();
  const name = t(command.label);
  const visible = command.glyphOnly ? undefined : t(command.text ?? command.label);
  const glyph = command.glyph ? (
    <span aria-hidden="true" className={command.glyph.phone ? 'phone-glyph' : undefined}>
      {command.glyph.text}
    </span>
  ) : null;
  return (
    <button
      type="button"
      className={visible === undefined ? 'glyph-button' : undefined}
      onClick={() => command.run(actions)}
      // The name contains the visible words (WCAG 2.5.3); the tooltip names glyphs on phones.
      aria-label={visible === name ? undefined : name}
      title={name}
      aria-keyshortcuts={shortcuts && command.keys[0] ? command.keys[0] : undefined}
    >
      {command.glyph?.at === 'start' ? glyph : null}
      {visible !== undefined ? (
        <>
          {command.glyph?.at === 'start' && !command.glyph.phone ? ' ' : null}
          {/* On a phone only the glyph shows (the name is its tooltip). */}
          <span className="control-text">{visible}</span>
          {command.glyph?.at === 'end' ? ' ' : null}
        </>
      ) : null}
      {command.glyph?.at === 'end' ? glyph : null}
    </button>
  );
}

/** The timeline's buttons, one per command; the same commands have keys (see ShortcutsHelp). */
export function TimelineControls({ actions, shortcuts, children }: TimelineControlsProps) {
  const { t } = useT();
  return (
    <div className="timeline-controls" role="group" aria-label={t('timeline.controls')}>
      {COMMANDS.map((command) => (
        <CommandButton key={command.id} command={command} actions={actions} shortcuts={shortcuts} />
      ))}
      {children}
    </div>
  );
}
