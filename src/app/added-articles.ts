// Articles the user pasted or dropped: geoparsed in a Web Worker (loaded on first use, with the
// gazetteer), kept in IndexedDB as one layer set per article so each can be removed.
import { openDB, type IDBPDatabase } from 'idb';
import type { LayerSet } from './corpus.ts';
import type { WorkerRequest, WorkerResponse } from '../worker/protocol.ts';

const DB_NAME = 'marsad';
const STORE = 'added-articles';

interface StoredArticle {
  id: string;
  addedAt: string;
  layers: LayerSet;
}

let dbPromise: Promise<IDBPDatabase> | undefined;
function db(): Promise<IDBPDatabase> {
  dbPromise ??= openDB(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore(STORE, { keyPath: 'id' });
    },
  });
  return dbPromise;
}

export async function loadAddedArticles(): Promise<LayerSet[]> {
  const all = (await (await db()).getAll(STORE)) as StoredArticle[];
  return all.sort((a, b) => a.addedAt.localeCompare(b.addedAt)).map((s) => s.layers);
}

export async function saveAddedArticles(sets: readonly LayerSet[]): Promise<void> {
  const tx = (await db()).transaction(STORE, 'readwrite');
  const now = new Date().toISOString();
  await Promise.all([...sets.map((layers) => tx.store.put({ id: layers.articles[0]!.id, addedAt: now, layers } satisfies StoredArticle)), tx.done]);
}

export async function removeAddedArticle(id: string): Promise<void> {
  await (await db()).delete(STORE, id);
}

let worker: Worker | undefined;
let nextRequest = 1;

/** Geoparses pasted text or dropped files in the worker: one layer set per article. */
export function geoparseInWorker(input: WorkerRequest['input'], takenIds: ReadonlySet<string>): Promise<{ sets: LayerSet[]; warnings: string[] }> {
  worker ??= new Worker(new URL('../worker/geoparse.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = nextRequest++;
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<WorkerResponse>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (e.data.ok) resolve({ sets: e.data.sets, warnings: e.data.warnings });
      else reject(new Error(e.data.error));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, input, takenIds: [...takenIds], gazetteerUrl: new URL('./gazetteer.json', document.baseURI).href } satisfies WorkerRequest);
  });
}
