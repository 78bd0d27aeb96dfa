// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../dataset-error.ts';
import { fetchDataset } from './fetch-dataset.ts';
import { MAX_DATASET_BYTES } from './read-dataset-bytes.ts';

const LETTER = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'data', 'events.json'));
const LETTER_EVENTS = (JSON.parse(LETTER.toString('utf8')) as { events: unknown[] }).events.length;

/** A body served in pieces: `piece(i)` gives the i-th, or null at the end; `delayMs` between pieces. */
function streamed(piece: (i: number) => Uint8Array | null, delayMs = 0) {
  let i = 0;
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (delayMs > 0) await new Promise((done) => setTimeout(done, delayMs));
      const next = piece(i);
      i += 1;
      if (next === null) controller.close();
      else {
        pulled += next.byteLength;
        controller.enqueue(next);
      }
    },
  });
  return { body, pulled: () => pulled };
}

function serve(response: () => Response) {
  const fetch = vi.fn(() => Promise.resolve(response()));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DatasetError))
    throw new Error(`expected a DatasetError, got ${String(error)}`);
  return error;
}

describe('fetchDataset', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('loads the letter, with a byte-order mark or as UTF-16 with one', async () => {
    const text = LETTER.toString('utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const bytes of [LETTER, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), LETTER]), utf16]) {
      serve(() => new Response(new Uint8Array(bytes)));
      expect((await fetchDataset('data/events.json')).events).toHaveLength(LETTER_EVENTS);
    }
  });

  it('stops reading a body that expands past 100 MB as it arrives, and says it is too large', async () => {
    const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
    const { body, pulled } = streamed(() => megabyte);
    serve(() => new Response(body));
    const error = await failure(fetchDataset('big.json'));
    expect(error.kind).toBe('too-large');
    expect(error.info).toEqual({ reason: 'bytes' });
    expect(pulled()).toBeLessThanOrEqual(MAX_DATASET_BYTES + 2 * megabyte.byteLength);
  });

  it('refuses a body whose declared length is over the limit without reading it', async () => {
    const { body, pulled } = streamed(() => new Uint8Array(1024));
    serve(
      () => new Response(body, { headers: { 'Content-Length': String(MAX_DATASET_BYTES + 1) } }),
    );
    const error = await failure(fetchDataset('big.json'));
    expect(error.kind).toBe('too-large');
    expect(pulled()).toBeLessThanOrEqual(1024);
  });

  describe('with a clock', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });

    it('cuts off a server that trickles a byte every few seconds, however long it would go on', async () => {
      const { body } = streamed(() => new Uint8Array([0x20]), 5_000);
      serve(() => new Response(body));
      const result = failure(fetchDataset('slow.json'));
      await vi.advanceTimersByTimeAsync(31_000);
      const error = await result;
      expect(error.kind).toBe('timeout');
      expect(error.info).toEqual({ reason: 'too-slow' });
    });

    it('lets a large dataset on a slow but steady link finish', async () => {
      // The letter repeated in 32 KB pieces every second: 32 KB/s for about a minute.
      const piece = 32 * 1024;
      const padded = Buffer.concat([LETTER, Buffer.alloc(piece * 60 - LETTER.length, 0x20)]);
      const { body } = streamed(
        (i) => (i * piece < padded.length ? padded.subarray(i * piece, (i + 1) * piece) : null),
        1_000,
      );
      serve(() => new Response(body));
      const result = fetchDataset('steady.json');
      await vi.advanceTimersByTimeAsync(62_000);
      expect((await result).events).toHaveLength(LETTER_EVENTS);
    });

    it('says how long a busy server asks to wait, and when Retry may ask again', async () => {
      vi.setSystemTime(Date.UTC(2026, 0, 1));
      serve(
        () =>
          new Response('busy', {
            status: 429,
            statusText: 'Too Many Requests',
            headers: { 'Retry-After': '30' },
          }),
      );
      const error = await failure(fetchDataset('data/events.json'));
      expect(error.kind).toBe('busy');
      expect(error.info).toEqual({
        status: '429',
        statusCode: 429,
        seconds: 30,
      });
      expect(error.retryAt).toBe(Date.UTC(2026, 0, 1) + 30_000);
    });

    it.each([
      ['-5', undefined],
      ['0', undefined],
      ['soon', undefined],
      ['Thu, 01 Jan 2025 00:00:00 GMT', undefined],
      ['Thu, 01 Jan 2026 00:01:00 GMT', Date.UTC(2026, 0, 1) + 60_000],
    ])('reads Retry-After %j as a wait of its own only when it is one', async (header, retryAt) => {
      vi.setSystemTime(Date.UTC(2026, 0, 1));
      serve(() => new Response('busy', { status: 503, headers: { 'Retry-After': header } }));
      const error = await failure(fetchDataset('data/events.json'));
      expect(error.kind).toBe(retryAt === undefined ? 'http' : 'busy');
      expect(error.retryAt).toBe(retryAt);
      expect(error.info.seconds).not.toBe(0);
    });

    it.each([
      ['Thu, 01 Jan 2026 00:01:00 GMT', { seconds: 60, reason: 'date' }],
      ['Wed, 21 Oct 2099 07:28:00 GMT', { seconds: 3600, reason: 'capped' }],
      ['86400', { seconds: 3600, reason: 'capped' }],
      ['120', { seconds: 120 }],
    ])('says whether Retry-After %j gave a date or a wait over the hour', async (header, info) => {
      vi.setSystemTime(Date.UTC(2026, 0, 1));
      serve(() => new Response('busy', { status: 429, headers: { 'Retry-After': header } }));
      const error = await failure(fetchDataset('data/events.json'));
      expect(error.info).toEqual({ status: '429', statusCode: 429, ...info });
    });
  });
});
