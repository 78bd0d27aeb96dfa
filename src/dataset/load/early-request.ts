import { watchdog, type Watchdog } from './watchdog.ts';

/** A dataset request on its way: the answer's headers, and the clock that limits each wait. */
export interface DatasetRequest {
  response: Promise<Response>;
  watchdog: Watchdog;
}

export function startRequest(url: string, signal?: AbortSignal): DatasetRequest {
  const dog = watchdog();
  const response = fetch(url, {
    signal: signal ? AbortSignal.any([signal, dog.signal]) : dog.signal,
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  return { response, watchdog: dog };
}

const early = new Map<string, DatasetRequest>();

/**
 * Starts the dataset request before the app's code has arrived (see src/entry/boot.ts), so the data
 * and the code download side by side. The first load takes it; a retry makes a fresh request.
 */
export function requestEarly(url: string): void {
  const request = startRequest(url);
  // Once the answer has come, the clock waits for the app to read it (the overall limit still
  // counts from the request); failures are reported when the app takes the request, not here.
  request.response.then(
    () => request.watchdog.stop(),
    () => undefined,
  );
  early.set(url, request);
}

export function takeEarly(url: string): DatasetRequest | undefined {
  const request = early.get(url);
  early.delete(url);
  return request;
}
