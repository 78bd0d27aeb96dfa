import { useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { formatProblem } from '../dataset/check/problem.ts';
import { DatasetError } from '../dataset/dataset-error.ts';
import { datasetQuery } from '../dataset/load/dataset-query.ts';
import { openLocalFile } from '../dataset/load/local-dataset.ts';
import { FACETS } from '../facets/facets.ts';
import { useT } from '../i18n/use-t.ts';
import { editCopyHref } from '../url-state/edit-link.ts';
import type { UrlState } from '../url-state/url-state.ts';
import { useUrlState } from '../url-state/use-url-state.ts';
import { datasetErrorText } from '../ui/dataset-error-text.ts';
import './dataset-file.css';

/** Problems listed under a refused file; the rest are counted. */
const SHOWN_PROBLEMS = 10;

/** A new dataset opens at its start: the language stays, nothing else of the view before it. */
const FRESH_VIEW: Partial<UrlState> = {
  event: undefined,
  read: undefined,
  q: undefined,
  start: undefined,
  end: undefined,
  about: undefined,
  ...Object.fromEntries(FACETS.map((facet) => [facet.id, undefined])),
};

/**
 * The Download menu's last items: "Edit a copy" (the dataset on screen, in the editor) and "Open
 * a dataset file" (a JSON dataset from the reader's device, read and checked in this browser
 * as a linked one is). A file that passes opens in place of the dataset on screen, at
 * `?data=file:<key>`; one that does not is said here, and the dataset on screen stays.
 */
export function DatasetFileItems() {
  const { state, navigate, prefix } = useUrlState();
  const { t, language } = useT();
  const queryClient = useQueryClient();
  const [reading, setReading] = useState<string | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Emptied, so that choosing the same file again (mended, say) reads it again.
    input.value = '';
    if (!file) return;
    setError(undefined);
    setReading(file.name);
    try {
      const { ref, dataset } = await openLocalFile(file);
      // Checked once: the view that the address now names starts from it.
      queryClient.setQueryData(datasetQuery(ref, `${prefix}${ref}`, 'link').queryKey, dataset);
      navigate({ ...FRESH_VIEW, data: ref });
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setReading(undefined);
    }
  };

  const problems = error instanceof DatasetError ? error.problems.map(formatProblem) : [];
  const total = error instanceof DatasetError ? (error.info.count ?? problems.length) : 0;
  return (
    <>
      <li>
        <a className="menu-link" href={editCopyHref(prefix, state.data, language)}>
          {t('open.editCopy')}
        </a>
        <span className="menu-note">{t('open.editNote')}</span>
      </li>
      <li>
        <label className="menu-link menu-file">
          {t('open.file')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void choose(event)}
          />
        </label>
        <span className="menu-note">{t('open.fileNote')}</span>
        <p role="status" className="menu-status">
          {reading === undefined ? '' : t('open.reading', { name: reading })}
        </p>
        {error ? (
          <div role="alert" className="menu-error">
            <p>
              <strong>{t('open.failedTitle')}</strong>
            </p>
            <p dir="auto">{datasetErrorText(error, t)}</p>
            {problems.length > 0 ? (
              <ul className="error-details" lang="en">
                {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
                  <li key={i} dir="auto">
                    <code>{problem}</code>
                  </li>
                ))}
                {total > SHOWN_PROBLEMS ? (
                  <li>{t('error.more', { count: total - SHOWN_PROBLEMS })}</li>
                ) : null}
              </ul>
            ) : null}
          </div>
        ) : null}
      </li>
    </>
  );
}
