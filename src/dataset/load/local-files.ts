/**
 * Where "Open a dataset file" keeps the files a reader opens: IndexedDB, in this browser only,
 * so a reload (or a link copied in this browser) shows the same dataset. The most recent few are
 * kept; older ones are dropped (their links then say the file is not here).
 */
const DATABASE = 'source-timeline-files';
const STORE = 'files';
/** How many opened files the browser keeps. */
export const KEPT_FILES = 5;

export interface LocalFile {
  /** The file's name on the reader's device, for the page to say which file it shows. */
  name: string;
  file: Blob;
  /** When it was opened (epoch ms): the oldest go first. */
  opened: number;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused the request.'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('No IndexedDB here.'));
  const request = indexedDB.open(DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return done(request);
}

async function withStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const db = await openDatabase();
  try {
    return await work(db.transaction(STORE, mode).objectStore(STORE));
  } finally {
    db.close();
  }
}

/** The keys to drop so that at most `keep` files remain, the most recently opened kept. */
export function staleKeys(files: readonly [string, { opened: number }][], keep: number): string[] {
  return [...files]
    .sort(([, a], [, b]) => b.opened - a.opened)
    .slice(keep)
    .map(([key]) => key);
}

/** Keeps a file under its key (rejects when the browser refuses storage), dropping the oldest. */
export async function keepLocalFile(key: string, record: LocalFile): Promise<void> {
  await withStore('readwrite', async (store) => {
    await done(store.put(record, key));
    const [keys, values] = await Promise.all([
      done(store.getAllKeys()),
      done(store.getAll() as IDBRequest<LocalFile[]>),
    ]);
    const files = keys.map((k, i): [string, LocalFile] => [String(k), values[i] ?? record]);
    await Promise.all(staleKeys(files, KEPT_FILES).map((stale) => done(store.delete(stale))));
  });
}

/** The file kept under `key`, or undefined when this browser does not have it. */
export function readLocalFile(key: string): Promise<LocalFile | undefined> {
  return withStore('readonly', (store) =>
    done(store.get(key) as IDBRequest<LocalFile | undefined>),
  );
}
