// Node-only: geoparse the seed articles and score them against the gold annotations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gazetteer } from '../gazetteer/index.ts';
import { geoparse } from '../geoparse/index.ts';
import { decodeText } from '../textio/decode.ts';
import { loadCountryDistance } from './country-shapes.node.ts';
import { scoreCorpus, type EvalReport, type GoldFile, type Prediction } from './score.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GOLD_PATH = join(ROOT, 'tests/fixtures/gold-seeds.json');
export const SEEDS_DIR = join(ROOT, 'seeds');

export function loadGold(path = GOLD_PATH): GoldFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const gold = data as Partial<GoldFile> | null;
  if (!gold || typeof gold.places !== 'object' || typeof gold.documents !== 'object') {
    throw new Error(`${path}: not a gold file (expected "places" and "documents")`);
  }
  return gold as GoldFile;
}

export function evaluateSeeds(gazetteer: Gazetteer, gold = loadGold(), seedsDir = SEEDS_DIR): EvalReport {
  const predictions: Record<string, Prediction[]> = {};
  for (const doc of Object.keys(gold.documents)) {
    const path = join(seedsDir, doc);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new Error(`${path}: article named in the gold file is missing`);
    }
    // Decoded as the CLI and the app decode articles, so offsets are counted on the same text.
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw new Error(`${path}: ${decoded.problem}`);
    predictions[doc] = geoparse(decoded.text, gazetteer).map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      lon: m.place.lon,
      lat: m.place.lat,
      place_id: m.place.id,
      name_en: m.place.name_en,
    }));
  }
  return scoreCorpus(gold, predictions, loadCountryDistance());
}
