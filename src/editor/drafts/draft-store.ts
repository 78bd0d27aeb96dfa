import { createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';

/** The unit the store keeps: the raw dataset JSON (docs/data-format.md), unknown fields untouched. */
export interface Draft {
  id: string;
  created: number;
  updated: number;
  dataset: unknown;
  documentFile?: { name: string; sha256: string };
}

/** What "Your drafts" lists, kept beside each draft so the list never reads whole documents. */
export interface DraftSummary {
  id: string;
  title: string;
  updated: number;
  events: number;
}

/** Why the browser did not keep a draft: a full disk (quota) or storage refused outright. */
export type RefusalReason = 'full' | 'refused';

/** The browser refused to keep or read drafts (private mode, blocked storage, a full disk). */
export class StorageRefused extends Error {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, cause?: unknown) {
    super(reason === 'full' ? 'The disk is full' : 'The browser refused storage', { cause });
    this.name = 'StorageRefused';
    this.reason = reason;
  }
}

let defaultStore: UseStore | undefined;

/**
 * The drafts' IndexedDB store, opened on first use: idb-keyval opens the database as the store
 * is made, which throws where the browser has no IndexedDB at all.
 */
export function draftDatabase(): UseStore {
  defaultStore ??= createStore('source-timeline-drafts', 'drafts');
  return defaultStore;
}

// Two records per draft, written in one transaction: the draft and its summary.
const draftKey = (id: string) => `draft:${id}`;
const summaryKey = (id: string) => `summary:${id}`;

function toRefusal(error: unknown): StorageRefused {
  if (error instanceof StorageRefused) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return new StorageRefused(name === 'QuotaExceededError' ? 'full' : 'refused', error);
}

async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toRefusal(error);
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The summary of a draft whose dataset may be half written: missing fields read as empty. */
export function summarizeDraft(draft: Draft): DraftSummary {
  const dataset = record(draft.dataset);
  const title = record(dataset?.document)?.title;
  const events = dataset?.events;
  return {
    id: draft.id,
    title: typeof title === 'string' ? title : '',
    updated: draft.updated,
    events: Array.isArray(events) ? events.length : 0,
  };
}

/**
 * A random id of 32 hex digits. `crypto.randomUUID` exists only in secure contexts, and an editor
 * served over plain HTTP must still make drafts.
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A new draft of a dataset, not yet saved. */
export function newDraft(
  dataset: unknown,
  documentFile?: Draft['documentFile'],
  now: number = Date.now(),
): Draft {
  const draft: Draft = { id: randomId(), created: now, updated: now, dataset };
  if (documentFile) draft.documentFile = documentFile;
  return draft;
}

/** Every draft's summary, the latest changed first. */
export function listDrafts(store?: UseStore): Promise<DraftSummary[]> {
  return refusing(async () => {
    const db = store ?? draftDatabase();
    const summaryKeys = (await keys(db)).filter(
      (key) => typeof key === 'string' && key.startsWith('summary:'),
    );
    const summaries = await getMany<DraftSummary>(summaryKeys, db);
    return summaries
      .filter((summary): summary is DraftSummary => summary !== undefined)
      .sort((a, b) => b.updated - a.updated);
  });
}

/** The draft with this id, or undefined when there is none. */
export function loadDraft(id: string, store?: UseStore): Promise<Draft | undefined> {
  return refusing(() => get<Draft>(draftKey(id), store ?? draftDatabase()));
}

/** Keeps the draft and its summary; rejects with `StorageRefused` when the browser will not. */
export function saveDraft(draft: Draft, store?: UseStore): Promise<void> {
  return refusing(() =>
    setMany(
      [
        [draftKey(draft.id), draft],
        [summaryKey(draft.id), summarizeDraft(draft)],
      ],
      store ?? draftDatabase(),
    ),
  );
}

export function deleteDraft(id: string, store?: UseStore): Promise<void> {
  return refusing(() => delMany([draftKey(id), summaryKey(id)], store ?? draftDatabase()));
}
