// OpenStreetMap place nodes of Libya (data/sources/osm-libya-places/libya-places.tsv, one
// row per node with a header line) → place records with `osm:node/<id>` ids.

import type { PlaceKind, PlaceRecord } from '../types.ts';
import { arabicNames } from './arabic-names.ts';
import { parsePopulation, firstLatinName, validPoint } from './fields.ts';

/** An OSM record and the GeoNames id the node is tagged with, if any. */
export interface OsmPlace {
  place: PlaceRecord;
  geonamesId?: string;
}

const REQUIRED_COLUMNS = ['osm_type', 'osm_id', 'place', 'lat', 'lon', 'name', 'name:ar', 'name:en'];
/** Tags that may hold Arabic spellings, in order of preference for the display name. */
const ARABIC_NAME_TAGS = ['name:ar', 'name', 'official_name:ar', 'alt_name:ar', 'old_name:ar', 'alt_name'];
const LATIN_NAME_TAGS = ['name:en', 'name:fr', 'name:it', 'name', 'alt_name', 'official_name'];

const KIND_BY_PLACE: Record<string, PlaceKind> = {
  city: 'city',
  town: 'town',
  village: 'village',
  hamlet: 'village',
};

/**
 * Parse the TSV export. Nodes without an Arabic name are skipped (they cannot be matched in
 * Arabic text); a malformed row throws naming the file, line and problem.
 */
export function parseOsmTsv(text: string, file: string): OsmPlace[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header = lines[0].split('\t');
  for (const col of REQUIRED_COLUMNS) {
    if (!header.includes(col)) throw new Error(`${file}: header lacks column "${col}"`);
  }
  const out: OsmPlace[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const cells = lines[i].split('\t');
    if (cells.length !== header.length) {
      throw new Error(`${file}:${i + 1}: ${cells.length} columns, expected ${header.length}`);
    }
    const tag = (name: string): string => cells[header.indexOf(name)] ?? '';
    const values = (name: string): string[] => tag(name).split(';').filter(Boolean);
    if (tag('osm_type') !== 'node') throw new Error(`${file}:${i + 1}: not a node`);
    const id = tag('osm_id');
    if (!/^\d+$/.test(id)) throw new Error(`${file}:${i + 1}: bad osm_id "${id}"`);
    const kind = KIND_BY_PLACE[tag('place')];
    if (!kind) throw new Error(`${file}:${i + 1}: unknown place value "${tag('place')}"`);
    const lat = Number(tag('lat'));
    const lon = Number(tag('lon'));
    if (!validPoint(lon, lat)) throw new Error(`${file}:${i + 1}: bad coordinates`);

    const names = arabicNames(ARABIC_NAME_TAGS.flatMap(values));
    if (names.length === 0) continue;
    const population = parsePopulation(tag('population'));
    const geonamesId = tag('geonames:id');
    out.push({
      place: {
        id: `osm:node/${id}`,
        name_ar: names[0],
        names_ar: names,
        name_en: firstLatinName(LATIN_NAME_TAGS.flatMap(values)) ?? names[0],
        kind,
        country: 'LY',
        lon,
        lat,
        ...(population !== undefined ? { population } : {}),
        source: { dataset: 'osm', ref: `node/${id}`, url: `https://www.openstreetmap.org/node/${id}` },
      },
      ...(/^\d+$/.test(geonamesId) ? { geonamesId } : {}),
    });
  }
  return out;
}
