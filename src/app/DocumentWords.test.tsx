import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareDataset } from '../dataset/prepare-dataset.ts';
import { Msg } from '../i18n/Msg.tsx';
import { useT } from '../i18n/use-t.ts';
import { makeDataset } from '../test/datasets.ts';
import { DocumentWords } from './DocumentWords.tsx';

function Words() {
  const { t } = useT();
  return (
    <>
      <button type="button">{t('letter.open')}</button>
      <p>
        <Msg id="shortcuts.escape" />
      </p>
    </>
  );
}

const madeUp = prepareDataset(makeDataset());

describe('DocumentWords', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('names a linked dataset that is not the letter “the document”', () => {
    render(
      <DocumentWords dataset={madeUp} own={false}>
        <Words />
      </DocumentWords>,
    );
    expect(screen.getByRole('button').textContent).toBe('Read the document');
    expect(screen.getByText('Close the open event, the document or a menu')).toBeTruthy();
  });

  it('keeps the letter’s words for the letter’s own site', () => {
    render(
      <DocumentWords dataset={madeUp} own>
        <Words />
      </DocumentWords>,
    );
    expect(screen.getByRole('button').textContent).toBe('Read the letter');
  });

  it('names the own dataset of a site built with another “the document”', () => {
    vi.stubEnv('VITE_SITE_DATASET', 'other');
    render(
      <DocumentWords dataset={madeUp} own>
        <Words />
      </DocumentWords>,
    );
    expect(screen.getByRole('button').textContent).toBe('Read the document');
  });
});
