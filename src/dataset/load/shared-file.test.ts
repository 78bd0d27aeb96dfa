import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestEarly } from './early-request.ts';
import { fetchSharedJson } from './shared-file.ts';
import { DATASET_TIMEOUT_MS } from './watchdog.ts';

const FILE = '/site/assets/dataset-0123abcd.json';

/** A fetch that answers only when told to, and fails as a browser's does when its signal aborts. */
function heldFetch() {
  return vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error));
      }),
  );
}

/** A body that sends its first piece and then falls silent. */
function stalledBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"events":'));
    },
  });
}

describe('the shared dataset file', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is fetched once: the app takes the request the page’s entry started', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{"a":1}')));
    vi.stubGlobal('fetch', fetch);
    requestEarly(FILE);
    expect(await fetchSharedJson(FILE)).toEqual({ a: 1 });
    expect(fetch).toHaveBeenCalledTimes(1);
    // Taken once: a later load asks again.
    await fetchSharedJson(FILE);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('is fetched anew for another address', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetch);
    requestEarly('/a/assets/dataset-0123abcd.json');
    await fetchSharedJson('/b/assets/dataset-0123abcd.json');
    expect(fetch.mock.calls.map((call: unknown[]) => call[0])).toEqual([
      '/a/assets/dataset-0123abcd.json',
      '/b/assets/dataset-0123abcd.json',
    ]);
  });

  it('is given up when the server does not answer within the dataset’s limit', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', heldFetch());
    requestEarly(FILE);
    const settled = vi.fn();
    const json = fetchSharedJson(FILE).then(
      () => settled('resolved'),
      () => settled('rejected'),
    );
    await vi.advanceTimersByTimeAsync(DATASET_TIMEOUT_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await json;
    expect(settled).toHaveBeenCalledWith('rejected');
  });

  it('is given up when its body falls silent, as a dataset’s is', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(stalledBody())));
    const settled = vi.fn();
    const json = fetchSharedJson(FILE).then(
      () => settled('resolved'),
      () => settled('rejected'),
    );
    await vi.advanceTimersByTimeAsync(DATASET_TIMEOUT_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await json;
    expect(settled).toHaveBeenCalledWith('rejected');
  });

  it('is undefined for an HTTP error, so the app fetches the dataset itself', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 404 })));
    expect(await fetchSharedJson(FILE)).toBeUndefined();
  });
});
