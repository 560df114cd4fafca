// Node-only: reads the zone specs in data/zones/*.json (sorted by file name).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseZoneSpec, type ZoneSpec } from './zones.ts';

const ZONES_DIR = fileURLToPath(new URL('../../data/zones', import.meta.url));

export function loadZoneSpecs(dir = ZONES_DIR): ZoneSpec[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const specs = files.map((f) => {
    const path = join(dir, f);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return parseZoneSpec(value, path);
  });
  const ids = new Set<string>();
  for (const s of specs) {
    if (ids.has(s.id)) throw new Error(`${dir}: two zone files share the id "${s.id}"`);
    ids.add(s.id);
  }
  return specs;
}
