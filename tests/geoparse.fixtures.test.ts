// Fixture tests: realistic Arabic news sentences (not from the seeds), one hard case each —
// proclitics, spelling variants, diacritics, multi-word names, facilities, Tripoli/Lebanon,
// Algeria/Algiers, السدرة, common words, outlets, adjectives, people, relative locations.
// tests/fixtures/geoparse/NAME.txt is the input, NAME.expected.json the mentions it must
// yield: exact spans, the place's country, its point within 25 km, and the relation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/cli/load-gazetteer.ts';
import { geoparse } from '../src/geoparse/index.ts';
import { distanceKm } from '../src/geoparse/geo.ts';

interface Expected {
  start: number;
  end: number;
  text: string;
  name_en: string;
  country: string;
  kind: string;
  lon: number;
  lat: number;
  relation?: { direction?: string; distance_km?: number; text: string };
}

const DIR = join(import.meta.dirname, 'fixtures/geoparse');
const TOLERANCE_KM = 25;
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('geoparse fixtures', () => {
  const gazetteer = loadGazetteer();

  it('has at least 25 fixture sentences', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected[];
    const got = geoparse(text, gazetteer);
    expect(got.map((m) => `${m.start}-${m.end} ${m.text}`)).toEqual(expected.map((e) => `${e.start}-${e.end} ${e.text}`));
    got.forEach((m, i) => {
      const e = expected[i]!;
      const where = `${file} "${e.text}"@${e.start}`;
      expect(m.place.country, where).toBe(e.country);
      if (e.kind === 'country') expect(m.place.kind, where).toBe('country');
      else expect(distanceKm(m.place.lon, m.place.lat, e.lon, e.lat), where).toBeLessThanOrEqual(TOLERANCE_KM);
      expect(m.relation, where).toEqual(e.relation);
    });
  });
});
