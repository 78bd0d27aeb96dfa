import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { datasetQuery } from '../dataset/load/dataset-query.ts';
import { makeDataset } from '../test/datasets.ts';
import { renderWithProviders } from '../test/render-with-providers.tsx';
import { DatasetFileItems } from './DatasetFileItems.tsx';

const renderItems = (url: string) =>
  renderWithProviders(
    <ul>
      <DatasetFileItems />
    </ul>,
    { url },
  );

describe('DatasetFileItems', () => {
  it.each([
    ['/', 'edit/?from=default'],
    ['/?data=datasets/report.json&event=a', 'edit/?from=datasets/report.json'],
    ['/?data=file:0123456789abcdef', 'edit/?from=file:0123456789abcdef'],
  ])('at %s links "Edit a copy" to %s', (url, href) => {
    renderItems(url);
    expect(screen.getByRole('link', { name: 'Edit a copy' })).toHaveAttribute('href', href);
  });

  it('says why a file is refused, and keeps the dataset on screen', async () => {
    const user = userEvent.setup();
    renderItems('/?event=a');
    const input = screen.getByLabelText('Open a dataset file');
    await user.upload(input, new File(['<html>not a dataset</html>'], 'page.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file could not be opened');
    expect(alert).toHaveTextContent('is not JSON: it begins with text or HTML');
    expect(window.location.search).toBe('?event=a');
  });

  it('lists the problems of a file that is JSON but not a dataset', async () => {
    const user = userEvent.setup();
    renderItems('/');
    const bad = { ...makeDataset(), events: [{ id: 'x' }] };
    await user.upload(
      screen.getByLabelText('Open a dataset file'),
      new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('does not follow the Source Timeline format');
    expect(alert.querySelectorAll('.error-details li').length).toBeGreaterThan(0);
  });

  it('opens a good file at its own address, from the dataset it has checked, at its start', async () => {
    const user = userEvent.setup();
    const { client } = renderItems('/?event=a&q=fire&lang=ru');
    await user.upload(
      screen.getByLabelText('Open a dataset file'),
      new File([JSON.stringify(makeDataset())], 'mine.json', { type: 'application/json' }),
    );
    await waitFor(() =>
      expect(window.location.search).toMatch(/^\?data=file:[0-9a-f]{16}&lang=ru$/),
    );
    const ref = new URLSearchParams(window.location.search).get('data') ?? '';
    const seeded = client.getQueryData(datasetQuery(ref, ref, 'link').queryKey);
    expect(seeded?.events.map((e) => e.id)).toEqual(['office-fire']);
  });
});
