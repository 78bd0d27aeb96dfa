/**
 * The dataset request starts before the app's code has arrived (see src/prefetch.ts), so the
 * data and the JavaScript download side by side. The first load takes the early response;
 * a retry makes a fresh request.
 */
export const DATASET_TIMEOUT_MS = 10_000;

const early = new Map<string, Promise<Response>>();

export function fetchWithTimeout(url: string, signal?: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(DATASET_TIMEOUT_MS);
  return fetch(url, {
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
}

export function requestEarly(url: string): void {
  const pending = fetchWithTimeout(url);
  // Failures are reported when the app takes the response, not here.
  pending.catch(() => undefined);
  early.set(url, pending);
}

export function takeEarly(url: string): Promise<Response> | undefined {
  const pending = early.get(url);
  early.delete(url);
  return pending;
}
