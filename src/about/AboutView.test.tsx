import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { prepareKinds } from '../dataset/prepare-kinds.ts';
import { makeDataset } from '../test/datasets.ts';
import { readLetterDataset } from '../test/letter.ts';
import { AboutView } from './AboutView.tsx';

const letterData = readLetterDataset();
const letter = letterData.document;
const letterKinds = prepareKinds(letterData.kinds);

describe('AboutView', () => {
  it('says what the letter is, where its text comes from with its checksum, how it was read, and links the audit', async () => {
    const onClose = vi.fn();
    render(
      <AboutView
        document={letter}
        eventCount={18}
        sourceFile={{
          href: 'data/joint-letter-2014-12-16.txt',
          name: 'joint-letter-2014-12-16.txt',
          sha256: letter.source?.sha256,
        }}
        kinds={letterKinds}
        auditHref="docs/fidelity-audit.md"
        onClose={onClose}
      />,
    );
    const view = screen.getByRole('region', { name: 'About this timeline' });
    expect(screen.getByRole('heading', { name: 'About this timeline' })).toHaveFocus();
    expect(view).toHaveTextContent('the 18 events recorded from one document');
    expect(view).toHaveTextContent(letter.title);
    expect(view).toHaveTextContent('dated 16 December 2014 (Index: EUR 46/056/2014)');
    expect(view).toHaveTextContent(letter.source?.description ?? '');
    expect(view).toHaveTextContent(letter.source?.sha256 ?? '');
    expect(screen.getByRole('link', { name: 'joint-letter-2014-12-16.txt' })).toHaveAttribute(
      'href',
      'data/joint-letter-2014-12-16.txt',
    );
    expect(screen.getByRole('heading', { name: 'How the events were read' })).toBeVisible();
    expect(screen.getAllByRole('listitem')).toHaveLength(8);
    // What each kind covers, which the legend shows only as a tooltip.
    expect(screen.getByRole('heading', { name: 'The kinds of event' })).toBeVisible();
    const violence = letterKinds.find((kind) => kind.id === 'violence');
    expect(violence?.description).toBeTruthy();
    expect(view).toHaveTextContent(`Violence${violence?.description ?? ''}`);
    expect(screen.getByRole('link', { name: 'read the fidelity audit' })).toHaveAttribute(
      'href',
      'docs/fidelity-audit.md',
    );
    expect(screen.getByRole('link', { name: 'Edit a copy' })).toHaveAttribute(
      'href',
      'edit/?from=default',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says so when a dataset names no source file, and offers no audit it does not have', () => {
    const { document } = makeDataset();
    render(
      <AboutView
        document={document}
        eventCount={1}
        sourceFile={undefined}
        kinds={[]}
        auditHref={undefined}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByRole('region')).toHaveTextContent(
      'This dataset does not say which file its text was taken from.',
    );
    // The only link is the editor's, which every dataset has.
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Edit a copy']);
    expect(screen.queryByText(/SHA-256/)).toBeNull();
    // Nor does it vouch for how the events were read: the rules are the dataset's authors' to keep.
    expect(screen.queryByRole('heading', { name: 'How the events were read' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'The rules a dataset is held to' })).toBeVisible();
    expect(screen.getByRole('region')).toHaveTextContent(
      'This site has not read this dataset against its source.',
    );
  });

  it('offers neither the file nor the checksum a dataset names when this site cannot vouch for them', () => {
    render(
      <AboutView
        document={letter}
        eventCount={18}
        kinds={[]}
        sourceFile={undefined}
        auditHref={undefined}
        onClose={() => undefined}
      />,
    );
    const view = screen.getByRole('region');
    expect(view).toHaveTextContent(
      'This dataset names a source file, joint-letter-2014-12-16.txt, but its paragraphs are not the letter’s',
    );
    expect(view).not.toHaveTextContent(letter.source?.sha256 ?? '');
    // The only link is the editor's, which every dataset has.
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Edit a copy']);
  });
});
