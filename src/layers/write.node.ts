// Node-only: writing layers and exports atomically, and reading a built layers directory.
// A layers directory is replaced as a set: the new files are written to a temporary directory
// beside it, which is then swapped in, so a failed build leaves the previous layers intact.
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Layers } from './build.ts';
import { LAYER_FILES, type Article, type MentionsLayer, type PlacesLayer, type ZonesLayer } from './types.ts';
import { assertValidLayer } from './validate.ts';
import { geojsonChunks } from './export/geojson.ts';

const FLUSH_BYTES = 1 << 20;

/** Write chunks to a new file: text batched into ~1 MB writes, bytes written as they come. */
function writeChunks(path: string, chunks: Iterable<string | Uint8Array>): number {
  const fd = openSync(path, 'wx');
  let bytes = 0;
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = (): void => {
      const buf = Buffer.from(pending.join(''), 'utf8');
      writeSync(fd, buf);
      bytes += buf.length;
      pending = [];
      size = 0;
    };
    for (const chunk of chunks) {
      if (typeof chunk !== 'string') {
        flush();
        writeSync(fd, chunk);
        bytes += chunk.length;
        continue;
      }
      pending.push(chunk);
      size += chunk.length;
      if (size >= FLUSH_BYTES) flush();
    }
    flush();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function tempName(path: string, tag: string): string {
  return join(dirname(path), `.${basename(path)}.${tag}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
}

/** Write a file atomically: a temporary file beside it, renamed over it when complete. */
export function writeFileAtomic(path: string, chunks: Iterable<string | Uint8Array>): number {
  const tmp = tempName(path, 'tmp');
  try {
    const bytes = writeChunks(tmp, chunks);
    renameSync(tmp, path);
    return bytes;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function* articlesChunks(articles: readonly Article[]): Generator<string> {
  yield '[';
  for (let i = 0; i < articles.length; i++) yield (i ? ',\n' : '\n') + JSON.stringify(articles[i]);
  yield '\n]\n';
}

/** Sizes in bytes of the files written, by layer file name. */
export type WrittenSizes = Record<string, number>;

/**
 * Validate every layer, then replace `dir` with a directory holding exactly the four layer
 * files. Refuses to replace a directory that holds anything else (it is not a layers dir).
 */
export function writeLayersDir(dir: string, layers: Layers): WrittenSizes {
  assertValidLayer(LAYER_FILES.places, layers.places);
  assertValidLayer(LAYER_FILES.mentions, layers.mentions);
  assertValidLayer(LAYER_FILES.zones, layers.zones);
  const target = resolve(dir);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new Error(`${dir}: exists and is not a directory`);
    const layerFiles = new Set<string>(Object.values(LAYER_FILES));
    const foreign = readdirSync(target).filter((f) => !layerFiles.has(f));
    if (foreign.length) throw new Error(`${dir}: holds other files (${foreign.slice(0, 3).join(', ')}); refusing to replace it — give an empty or layers-only directory`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}.new-`));
  // mkdtemp makes the directory private (0700); layers are meant to be served and shared.
  chmodSync(tmp, 0o777 & ~process.umask());
  const sizes: WrittenSizes = {};
  try {
    sizes[LAYER_FILES.places] = writeChunks(join(tmp, LAYER_FILES.places), geojsonChunks(layers.places.features));
    sizes[LAYER_FILES.mentions] = writeChunks(join(tmp, LAYER_FILES.mentions), geojsonChunks(layers.mentions.features));
    sizes[LAYER_FILES.zones] = writeChunks(join(tmp, LAYER_FILES.zones), geojsonChunks(layers.zones.features));
    sizes[LAYER_FILES.articles] = writeChunks(join(tmp, LAYER_FILES.articles), articlesChunks(layers.articles));
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  swapIn(tmp, target);
  return sizes;
}

/** Move `fresh` to `target`: the old directory is renamed away first and removed last. */
function swapIn(fresh: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(fresh, target);
    return;
  }
  const old = tempName(target, 'old');
  renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (err) {
    renameSync(old, target);
    rmSync(fresh, { recursive: true, force: true });
    throw err;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Read a layers directory written by `writeLayersDir`; one-line errors name the file. */
export function readLayersDir(dir: string): Layers {
  const read = <T>(name: string): T => {
    const path = join(dir, name);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new Error(`${path}: not found (build the layers with "marsad build --out ${dir}")`);
    }
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new Error(`${path}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
  };
  const layers: Layers = {
    places: read<PlacesLayer>(LAYER_FILES.places),
    mentions: read<MentionsLayer>(LAYER_FILES.mentions),
    zones: read<ZonesLayer>(LAYER_FILES.zones),
    articles: read<Article[]>(LAYER_FILES.articles),
  };
  for (const [name, fc] of [[LAYER_FILES.places, layers.places], [LAYER_FILES.mentions, layers.mentions], [LAYER_FILES.zones, layers.zones]] as const) {
    if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${join(dir, name)}: not a GeoJSON FeatureCollection`);
  }
  if (!Array.isArray(layers.articles)) throw new Error(`${join(dir, LAYER_FILES.articles)}: not a list of articles`);
  return layers;
}
