import { useT } from '../../i18n/use-t.ts';

export interface DraftToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onDownload: () => void;
  saveState: 'saved' | 'saving' | 'refused' | 'held';
  otherTab: boolean;
  /** After `held` (another tab saved a newer copy): take that copy, or keep this one. */
  onTakeOther: () => void;
  onKeepThis: () => void;
  /** After `refused`: try to save again. */
  onSaveNow: () => void;
}

/** Undo, Redo, Download dataset, and whether the draft is saved in the browser. */
export function DraftToolbar(props: DraftToolbarProps) {
  const { t } = useT();
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <button type="button" disabled={!props.canUndo} onClick={props.onUndo}>
        {t('editor.undo')}
      </button>
      <button type="button" disabled={!props.canRedo} onClick={props.onRedo}>
        {t('editor.redo')}
      </button>
      <button type="button" onClick={props.onDownload}>
        {t('editor.download')}
      </button>
      <p role="status" className="editor-save-state">
        {t(`editor.save.${props.saveState}`)}
        {props.otherTab ? ` ${t('editor.save.otherTab')}` : ''}
      </p>
      {props.saveState === 'held' && (
        <>
          <button type="button" onClick={props.onTakeOther}>
            {t('editor.save.takeOther')}
          </button>
          <button type="button" onClick={props.onKeepThis}>
            {t('editor.save.keepThis')}
          </button>
        </>
      )}
      {props.saveState === 'refused' && (
        <button type="button" onClick={props.onSaveNow}>
          {t('editor.save.tryAgain')}
        </button>
      )}
    </div>
  );
}
