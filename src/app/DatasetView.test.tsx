import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../dataset/dataset-error.ts';
import { fetchDataset } from '../dataset/load/fetch-dataset.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { letterDataset, renderWithProviders } from '../test/render-with-providers.tsx';
import { DatasetView } from './DatasetView.tsx';

// The request is the server's part; the story (timeline and all) has tests of its own.
vi.mock('../dataset/load/fetch-dataset.ts', () => ({ fetchDataset: vi.fn() }));
vi.mock('./StoryView.tsx', () => ({
  StoryView: ({ dataset }: { dataset: PreparedDataset }) => <h1>{dataset.document.title}</h1>,
}));

const fetchMock = vi.mocked(fetchDataset);
const dataset = letterDataset();
const LOADED = { name: dataset.document.title, level: 1 };

/** A request that answers when told to, and says whether it was cancelled. */
function pendingRequest() {
  let answer: (value: PreparedDataset) => void = () => undefined;
  let signal: AbortSignal | undefined;
  fetchMock.mockImplementationOnce((_url, s) => {
    signal = s;
    return new Promise<PreparedDataset>((resolve) => {
      answer = resolve;
    });
  });
  return {
    answer: (value: PreparedDataset) => answer(value),
    cancelled: () => signal?.aborted === true,
  };
}

const notFound = () => new DatasetError('http', { status: '404 Not Found', statusCode: 404 });

describe('DatasetView', () => {
  beforeEach(() => {
    fetchMock.mockReset();
  });

  it('says it is loading the events in a status, then shows them', async () => {
    const request = pendingRequest();
    renderWithProviders(<DatasetView />);
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the events…');
    expect(document.title).toContain('Loading');
    // The letter's own dataset: there is no other to fall back to.
    expect(screen.queryByRole('button', { name: 'Load the default dataset' })).toBeNull();
    request.answer(dataset);
    expect(await screen.findByRole('heading', LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(fetchMock).toHaveBeenCalledExactlyOnceWith('data/events.json', expect.anything());
  });

  it('names the dataset a link asks for while it loads; Cancel stops the request and offers Retry', async () => {
    const user = userEvent.setup();
    const first = pendingRequest();
    renderWithProviders(<DatasetView />, { url: '/?data=data/other.json' });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Loading the dataset data/other.json…',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Loading was cancelled',
    );
    expect(first.cancelled()).toBe(true);

    const second = pendingRequest();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('status')).toBeInTheDocument();
    second.answer(dataset);
    expect(await screen.findByRole('heading', LOADED)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('says a failure in an alert whose Retry asks once more, showing the loading meanwhile', async () => {
    const user = userEvent.setup();
    fetchMock.mockRejectedValueOnce(notFound());
    renderWithProviders(<DatasetView />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent(
      'The events could not be loaded',
    );
    expect(alert).toHaveTextContent(
      'the server answered with status 404 (no dataset at that address)',
    );
    expect(document.title).toContain('The events could not be loaded');

    const second = pendingRequest();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the events…');
    expect(screen.queryByRole('alert')).toBeNull();
    // A second Retry meanwhile would join the request that runs: the view offers none.
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    second.answer(dataset);
    expect(await screen.findByRole('heading', LOADED)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("offers the letter's dataset when another one fails, and loads it from the link without the data", async () => {
    const user = userEvent.setup();
    fetchMock.mockRejectedValueOnce(notFound());
    renderWithProviders(<DatasetView />, { url: '/?data=data/missing.json&event=x' });
    const alert = await screen.findByRole('alert');
    const letter = pendingRequest();
    await user.click(within(alert).getByRole('button', { name: 'Load the default dataset' }));
    expect(window.location.search).toBe('?event=x');
    expect(fetchMock).toHaveBeenLastCalledWith('data/events.json', expect.anything());
    letter.answer(dataset);
    expect(await screen.findByRole('heading', LOADED)).toBeInTheDocument();
  });

  it('offers the languages beside a failure, so it can be read in another', async () => {
    const user = userEvent.setup();
    fetchMock.mockRejectedValueOnce(notFound());
    renderWithProviders(<DatasetView />, { url: '/?data=data/missing.json' });
    await screen.findByRole('alert');
    const languages = screen.getByRole('list', { name: 'Language' });
    expect(within(languages).getByRole('link', { name: 'English' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.click(within(languages).getByRole('link', { name: 'Русский' }));
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('ru');
  });

  it('keeps Retry unavailable while a busy server asked to wait', async () => {
    const retryAt = Date.now() + 60_000;
    fetchMock.mockRejectedValueOnce(
      new DatasetError('busy', { statusCode: 503, seconds: 60 }, { retryAt }),
    );
    renderWithProviders(<DatasetView />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeDisabled();
    expect(alert).toHaveTextContent('asked to wait 60 seconds');
  });
});
