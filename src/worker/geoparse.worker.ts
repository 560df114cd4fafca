// The geoparser Web Worker: pasted or dropped articles go through the same code as the CLI —
// decodeText → parseCorpusFile → geoparse → buildLayers — and come back as one layer set per
// article. Loaded lazily by the app (src/app/added-articles.ts) with the gazetteer, so the
// first view pays for neither.
import { Gazetteer } from '../gazetteer/index.ts';
import { geoparse } from '../geoparse/index.ts';
import { buildLayers } from '../layers/build.ts';
import { parseZoneSpec, type ZoneSpec } from '../layers/zones.ts';
import { decodeText } from '../textio/decode.ts';
import { parseCorpusFile } from '../corpus/read.ts';
import { firstLineTitle } from '../corpus/title.ts';
import type { CorpusArticle } from '../corpus/types.ts';
import type { LayerSet } from '../app/corpus.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

// Zone specs are data in the repository (data/zones/*.json), bundled into the worker.
const ZONE_FILES = import.meta.glob('../../data/zones/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;
const zoneSpecs: ZoneSpec[] = Object.entries(ZONE_FILES).map(([path, value]) => parseZoneSpec(value, path.replace(/^(\.\.\/)+/, '')));

let gazetteer: Promise<Gazetteer> | undefined;

async function loadGazetteer(url: string): Promise<Gazetteer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return Gazetteer.fromCompiled(await res.json());
}

function articlesOf(input: WorkerRequest['input'], warnings: string[]): CorpusArticle[] {
  if (input.kind === 'paste') {
    const text = input.text.replace(/^\uFEFF/, '');
    if (!text.trim()) throw new Error('the text is empty');
    return [{ id: 'pasted', title: input.title.trim() || firstLineTitle(text), text, origin: 'pasted text' }];
  }
  const out: CorpusArticle[] = [];
  for (const file of input.files) {
    const decoded = decodeText(new Uint8Array(file.bytes));
    if (!decoded.ok) {
      warnings.push(`${file.name}: ${decoded.problem}, skipped`);
      continue;
    }
    if (decoded.warning) warnings.push(`${file.name}: ${decoded.warning}`);
    const parsed = parseCorpusFile(file.name, decoded.text);
    warnings.push(...parsed.warnings);
    out.push(...parsed.articles);
  }
  return out;
}

/** Added articles get ids of their own ("added-<stem>"), never one the map already shows. */
function freshIds(articles: CorpusArticle[], taken: Set<string>): void {
  for (const a of articles) {
    const stem = `added-${a.id}`.replace(/[^\p{L}\p{N}_-]+/gu, '-');
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    a.id = id;
  }
}

async function handle(req: WorkerRequest): Promise<WorkerResponse> {
  const warnings: string[] = [];
  const articles = articlesOf(req.input, warnings);
  if (!articles.length) throw new Error(warnings[0] ?? 'no article in the input');
  freshIds(articles, new Set(req.takenIds));
  gazetteer ??= loadGazetteer(req.gazetteerUrl).catch((err: unknown) => {
    gazetteer = undefined; // let the next request try again
    throw err;
  });
  const g = await gazetteer;
  const sets: LayerSet[] = articles.map((article) => {
    const layers = buildLayers([article], { gazetteer: g, zoneSpecs, geoparse: (text) => geoparse(text, g) });
    return {
      places: layers.places.features,
      mentions: layers.mentions.features,
      // A zone belongs to an added article only when one of its excerpts refers to it.
      zones: layers.zones.features.filter((z) => z.properties.mention_ids.length > 0),
      articles: layers.articles,
    };
  });
  return { id: req.id, ok: true, sets, warnings };
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  handle(e.data).then(
    (res) => self.postMessage(res),
    (err: unknown) => {
      self.postMessage({ id: e.data.id, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse);
    },
  );
};
