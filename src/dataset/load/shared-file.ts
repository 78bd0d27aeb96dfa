import { startRequest, takeEarly } from './early-request.ts';
import { readBody } from './fetch-dataset.ts';
import { joinPieces } from './read-dataset-bytes.ts';

/**
 * The JSON of the one dataset file the site's pages share (`assets/dataset-<hash>.json`): the
 * request the page's entry started early (src/entry/boot.ts, through `requestEarly`) when it was
 * for this address, else a new one. Undefined for an HTTP error; a failure throws, and the app
 * then fetches the dataset itself, as any page does.
 *
 * Its waits are limited as any dataset's are (watchdog.ts: 10 seconds without a piece, and the
 * whole download 30 seconds plus one per 20 KB), not more briefly: the prerendered page shows
 * its words meanwhile, and giving up sooner would only ask the same server for the same
 * dataset again, with the same limits; no limit at all left a page whose server fell silent
 * without its app for good.
 */
export async function fetchSharedJson(url: string): Promise<unknown> {
  const { response, watchdog: dog } = takeEarly(url) ?? startRequest(url);
  try {
    const answer = await response;
    if (!answer.ok) return undefined;
    // Read as any dataset is: the watchdog fed with every piece, the size limit kept.
    const { pieces, total } = await readBody(answer, undefined, dog);
    return JSON.parse(new TextDecoder().decode(joinPieces(pieces, total))) as unknown;
  } finally {
    dog.stop();
  }
}
