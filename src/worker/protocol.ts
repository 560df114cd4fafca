// Messages between the app and the geoparser worker.
import type { LayerSet } from '../app/corpus.ts';

export interface DroppedFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface WorkerRequest {
  id: number;
  input: { kind: 'paste'; title: string; text: string } | { kind: 'files'; files: DroppedFile[] };
  /** Article ids already in use: new articles get fresh ones. */
  takenIds: string[];
  gazetteerUrl: string;
}

export type WorkerResponse =
  | { id: number; ok: true; sets: LayerSet[]; warnings: string[] }
  | { id: number; ok: false; error: string };
