import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openLocalFile } from '../dataset/load/local-dataset.ts';
import { makeDataset } from '../test/datasets.ts';
import { LocalFileNote } from './LocalFileNote.tsx';

describe('LocalFileNote', () => {
  it('names the file the reader opened, and says its links work only in this browser', async () => {
    const json = JSON.stringify(makeDataset());
    const { ref } = await openLocalFile(new File([json], 'report-from-a-colleague.json'));
    render(<LocalFileNote fileRef={ref} />);
    const note = screen.getByRole('note');
    expect(await screen.findByText('report-from-a-colleague.json')).toBeVisible();
    expect(note).toHaveTextContent('Your own file');
    expect(note).toHaveTextContent('not this site’s dataset');
    expect(note).toHaveTextContent('work only here, on this device');
  });

  it('names the file by its key where this browser no longer knows its name', () => {
    render(<LocalFileNote fileRef="file:0123456789abcdef" />);
    expect(screen.getByRole('note')).toHaveTextContent('Your own file, file:0123456789abcdef,');
  });
});
