// The committed compiled gazetteer: fresh against its inputs, every record well-formed and
// cited, the known hard spellings resolving to the expected places, and quick to load.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeKey } from '../src/arabic/normalize.ts';
import { GAZETTEER_PATH } from '../src/cli/load-gazetteer.ts';
import { isArabicSpelling } from '../src/gazetteer/build/arabic-names.ts';
import { PLACE_KINDS } from '../src/gazetteer/types.ts';
import { distanceKm } from '../src/gazetteer/build/fields.ts';
import { GAZETTEER_FORMAT, Gazetteer } from '../src/gazetteer/index.ts';
import type { CompiledGazetteer, PlaceRecord } from '../src/gazetteer/types.ts';
import { hashInputs } from '../scripts/build-gazetteer.ts';

let text: string;
let compiled: CompiledGazetteer;
let gazetteer: Gazetteer;
let loadMs: number;

beforeAll(() => {
  text = readFileSync(GAZETTEER_PATH, 'utf8');
  const started = performance.now();
  compiled = JSON.parse(text) as CompiledGazetteer;
  gazetteer = Gazetteer.fromCompiled(compiled);
  loadMs = performance.now() - started;
});

const find = (name: string): readonly PlaceRecord[] => gazetteer.lookup(normalizeKey(name));

describe('compiled gazetteer file', () => {
  it('is not stale against its sources, curated files and builder code', () => {
    expect(compiled.format).toBe(GAZETTEER_FORMAT);
    const fresh = hashInputs();
    if (compiled.inputs_sha256 !== fresh) {
      throw new Error('static/gazetteer.json is stale: run npm run build:gazetteer');
    }
  });

  it('is compact JSON well under 5 MB', () => {
    expect(text.length).toBeLessThan(5_000_000);
    expect(text).not.toMatch(/\n\s/);
  });

  it('loads into a Gazetteer quickly', () => {
    console.log(`gazetteer: ${compiled.places.length} places, parse + index ${loadMs.toFixed(0)} ms`);
    expect(loadMs).toBeLessThan(2000);
  });
});

describe('every record', () => {
  it('has a well-formed, unique id matching its source', () => {
    const ids = new Set<string>();
    for (const p of compiled.places) {
      expect(ids.has(p.id), p.id).toBe(false);
      ids.add(p.id);
      const { dataset, ref, url } = p.source;
      const expected: Record<typeof dataset, [RegExp, string]> = {
        osm: [/^osm:node\/\d+$/, `https://www.openstreetmap.org/${ref}`],
        geonames: [/^geonames:\d+$/, `https://www.geonames.org/${ref}`],
        'world-countries': [/^country:[A-Z]{2}$/, 'https://github.com/mledoze/countries'],
        marsad: [/^marsad:[a-z0-9-]+$/, url],
      };
      const [idPattern, expectedUrl] = expected[dataset];
      expect(p.id, p.id).toMatch(idPattern);
      expect(url, p.id).toBe(expectedUrl);
      expect(url, p.id).toMatch(/^https:\/\/\S+$/);
      expect(ref.trim(), p.id).not.toBe('');
      if (dataset === 'marsad') expect(p.source.citation?.length ?? 0, p.id).toBeGreaterThan(30);
    }
  });

  it('has a valid point, kind, country and Arabic names', () => {
    for (const p of compiled.places) {
      expect(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, p.id).toBe(true);
      expect(PLACE_KINDS, p.id).toContain(p.kind);
      expect(p.country, p.id).toMatch(/^[A-Z]{2}$/);
      expect(p.name_en.trim(), p.id).not.toBe('');
      expect(p.names_ar[0], p.id).toBe(p.name_ar);
      expect(new Set(p.names_ar).size, p.id).toBe(p.names_ar.length);
      for (const n of p.names_ar) expect(isArabicSpelling(n), `${p.id}: ${n}`).toBe(true);
      if (p.kind === 'country') expect(p.id).toBe(`country:${p.country}`);
      if (p.population !== undefined) expect(Number.isInteger(p.population) && p.population > 0, p.id).toBe(true);
      if (p.parent !== undefined) expect(gazetteer.get(p.parent), `${p.id} parent`).toBeDefined();
    }
  });

  it('is sorted by id (deterministic output)', () => {
    const ids = compiled.places.map((p) => p.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe('lookups of spellings Arabic news uses', () => {
  const only = (name: string, pred: (p: PlaceRecord) => boolean) => find(name).filter(pred);

  it('joins the spaced and joined spellings of Abu Dhabi', () => {
    for (const n of ['ابوظبي', 'أبوظبي', 'أبو ظبي', 'ابو ظبي']) {
      expect(find(n).map((p) => p.name_en), n).toContain('Abu Dhabi');
    }
  });

  it('has both Tripolis', () => {
    const countries = find('طرابلس').map((p) => p.country);
    expect(countries).toContain('LY');
    expect(countries).toContain('LB');
  });

  it('has two distinct Libyan places called السدرة, one at the Es Sider terminal', () => {
    const sidra = only('السدرة', (p) => p.country === 'LY');
    expect(sidra).toHaveLength(2);
    expect(distanceKm(sidra[0], sidra[1])).toBeGreaterThan(100);
    const terminal = find('ميناء السدرة')[0];
    expect(sidra.some((p) => distanceKm(p, terminal) < 5)).toBe(true);
  });

  it('has Algeria the country and Algiers the city under الجزائر', () => {
    const kinds = find('الجزائر').map((p) => `${p.kind}:${p.country}`);
    expect(kinds).toContain('country:DZ');
    expect(kinds).toContain('city:DZ');
    expect(find('الجزائر العاصمة').map((p) => p.kind)).toEqual(['city']);
  });

  it('tells the al-Fuqaha checkpoint near Sokna from the village 140 km south', () => {
    const sokna = find('سوكنة')[0];
    const gate = find('بوابة الفقهاء')[0];
    const village = find('الفقهاء')[0];
    expect(gate.id).not.toBe(village.id);
    expect(distanceKm(gate, sokna)).toBeLessThan(15);
    expect(distanceKm(village, sokna)).toBeGreaterThan(100);
  });

  it.each([
    ['قاعدة الوطية الجوية', 'facility', 'LY'],
    ['قاعدة الوطية', 'facility', 'LY'],
    ['مطار معيتيقة', 'facility', 'LY'],
    ['مطار بنينا', 'facility', 'LY'],
    ['مطار سبها', 'facility', 'LY'],
    ['الجفرة', 'admin', 'LY'],
    ['الهلال النفطي', 'region', 'LY'],
    ['برقة', 'region', 'LY'],
    ['فزان', 'region', 'LY'],
    ['الساحل', 'region', 'NE'],
    ['عين زارة', 'town', 'LY'],
    ['الغردقة', 'city', 'EG'],
    ['البنتاغون', 'facility', 'US'],
    ['الزنتان', 'town', 'LY'],
    ['صبراتة', 'city', 'LY'],
    ['بني وليد', 'city', 'LY'],
    ['بوسليم', 'town', 'LY'],
    ['البريقة', 'town', 'LY'],
    ['الخرطوم', 'city', 'SD'],
    ['أمريكا', 'country', 'US'],
    ['سورية', 'country', 'SY'],
    ['بريطانيا', 'country', 'GB'],
    ['ايطاليا', 'country', 'IT'],
  ])('%s → a %s in %s', (name, kind, country) => {
    expect(find(name).map((p) => `${p.kind}:${p.country}`), name).toContain(`${kind}:${country}`);
  });

  it('keeps one record per place: OSM and GeoNames Libyan towns are merged', () => {
    for (const n of ['سبها', 'مصراتة', 'الزاوية', 'طبرق', 'هون']) {
      expect(only(n, (p) => p.country === 'LY' && p.kind !== 'region'), n).toHaveLength(1);
    }
  });

  it('does not map common words to places through bad source names', () => {
    for (const n of ['الجديد', 'الجزيرة', 'دولة']) expect(find(n), n).toHaveLength(0);
    expect(find('موسكو').map((p) => p.name_en)).not.toContain('Mesquite');
  });
});
