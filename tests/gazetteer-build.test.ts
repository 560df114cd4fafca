// The gazetteer builder's pure parts, on small inputs made here, and the whole build
// reproducing the committed file byte for byte.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_PATH } from '../src/cli/load-gazetteer.ts';
import { cleanArabicName, isArabicSpelling, preferredName } from '../src/gazetteer/build/arabic-names.ts';
import { compileGazetteer, type GazetteerInputs } from '../src/gazetteer/build/compile.ts';
import { interiorPoint, placeCountryPointsInside } from '../src/gazetteer/build/country-points.ts';
import { parseCuratedFile } from '../src/gazetteer/build/curated.ts';
import { distanceKm, firstLatinName, parsePopulation } from '../src/gazetteer/build/fields.ts';
import { geonamesKind, parseGeonamesCities } from '../src/gazetteer/build/geonames.ts';
import { foldLatin } from '../src/gazetteer/build/merge.ts';
import { parseOsmTsv } from '../src/gazetteer/build/osm.ts';
import type { PlaceRecord } from '../src/gazetteer/types.ts';
import { buildGazetteer } from '../scripts/build-gazetteer.ts';

describe('Arabic spellings from sources', () => {
  it('keeps Arabic and rejects Persian, Urdu, Kurdish and Uyghur forms', () => {
    for (const s of ['طرابلس', 'أبو ظبي', 'طَرَابُلُس', 'الخضراء-ترهونة', 'مرسى البريقة']) {
      expect(isArabicSpelling(s), s).toBe(true);
    }
    for (const s of ['غردقہ', 'الجیرز', 'گریفیس', 'جەزائیر', 'ئالجىر', 'ترىپولى', 'Tripoli', 'طرابلس 2', '']) {
      expect(isArabicSpelling(s), s).toBe(false);
    }
  });

  it('strips bidi marks, parenthesised and comma qualifiers', () => {
    expect(cleanArabicName('الزنتان\u200e')).toBe('الزنتان');
    expect(cleanArabicName('الجزائر (مدينة)')).toBe('الجزائر');
    expect(cleanArabicName('تويوكاوا، آيتشي')).toBe('تويوكاوا');
    expect(cleanArabicName('Khartún - الخرطوم')).toBeUndefined();
  });

  it('prefers the name others extend, then a careful spelling, then the single longer word', () => {
    expect(preferredName(['الجزائر العاصمة', 'الجزيره', 'الجزائر', 'مدينة الجزائر'])).toBe('الجزائر');
    expect(preferredName(['الغردقه', 'الغردقة', 'غردقه'])).toBe('الغردقة');
    expect(preferredName(['رم', 'روم', 'روما'])).toBe('روما');
    expect(preferredName(['أبوظبي', 'ابو ظبى', 'جزيرة أبوظبي وجزر داخلية اخرى'])).toBe('أبوظبي');
  });
});

describe('fields', () => {
  it('parses populations and Latin names', () => {
    expect(parsePopulation('22000')).toBe(22000);
    expect(parsePopulation('1,150,989')).toBe(1150989);
    expect(parsePopulation('ca. 500')).toBeUndefined();
    expect(parsePopulation('')).toBeUndefined();
    expect(firstLatinName(['', 'Zawiyat Murassas زاويه المرصص'])).toBe('Zawiyat Murassas');
    expect(firstLatinName(['Mixed زاوية', 'Pure'])).toBe('Pure');
    expect(foldLatin('Az Zāwīyah')).toBe('zawiyah');
  });

  it('measures great-circle distance', () => {
    const tripoli = { lon: 13.18, lat: 32.89 };
    const benghazi = { lon: 20.07, lat: 32.12 };
    expect(distanceKm(tripoli, benghazi)).toBeGreaterThan(640);
    expect(distanceKm(tripoli, benghazi)).toBeLessThan(660);
  });
});

const OSM_HEADER =
  'osm_type\tosm_id\tplace\tlat\tlon\tname\tname:ar\tname:en\talt_name\talt_name:ar\tpopulation\tgeonames:id';
const osmRow = (...cells: string[]) => cells.join('\t');

describe('OSM reader', () => {
  it('reads nodes with Arabic names and their tags', () => {
    const tsv = [
      OSM_HEADER,
      osmRow('node', '1', 'city', '32.9', '13.2', 'طرابلس', 'طرابلس', 'Tripoli', '', '', '2127000', '2210247'),
      osmRow('node', '2', 'hamlet', '30.6', '18.3', 'Sidra', '', '', '', 'السدرة;السدره', '', ''),
      osmRow('node', '3', 'village', '30.0', '18.0', 'Latin only', '', 'Latin only', '', '', '', ''),
    ].join('\n');
    const out = parseOsmTsv(tsv, 'x.tsv');
    expect(out).toHaveLength(2);
    expect(out[0].place).toMatchObject({
      id: 'osm:node/1', name_ar: 'طرابلس', name_en: 'Tripoli', kind: 'city', population: 2127000, country: 'LY',
      source: { dataset: 'osm', ref: 'node/1', url: 'https://www.openstreetmap.org/node/1' },
    });
    expect(out[0].geonamesId).toBe('2210247');
    expect(out[1].place).toMatchObject({ kind: 'village', names_ar: ['السدرة', 'السدره'], name_en: 'Sidra' });
  });

  it('fails naming the file and line on a bad row', () => {
    const bad = [OSM_HEADER, osmRow('node', '1', 'city', 'north', '13.2', 'طرابلس', '', '', '', '', '', '')].join('\n');
    expect(() => parseOsmTsv(bad, 'x.tsv')).toThrow('x.tsv:2: bad coordinates');
    expect(() => parseOsmTsv('osm_id\tname', 'x.tsv')).toThrow('x.tsv: header lacks column "osm_type"');
    const unknown = [OSM_HEADER, osmRow('node', '1', 'suburb', '1', '1', 'ا', '', '', '', '', '', '')].join('\n');
    expect(() => parseOsmTsv(unknown, 'x.tsv')).toThrow('unknown place value "suburb"');
  });
});

const gnRow = (id: string, name: string, alternates: string, lat: string, lon: string, code: string, cc: string, pop: string) =>
  [id, name, name, alternates, lat, lon, 'P', code, cc, '', '', '', '', '', pop, '', '0', 'Africa/Tripoli', '2020-01-01'].join('\t');

describe('GeoNames reader', () => {
  it('keeps cities with an Arabic spelling and sets kind by rank and size', () => {
    const text = [
      gnRow('266826', 'Tripoli', 'Trablous,طرابلس,طرابلس الشام,ترابلس', '34.43', '35.84', 'PPLA', 'LB', '229398'),
      gnRow('9', 'Nowhere', 'Nowhere,نوهیر', '1', '1', 'PPL', 'XX', '20000'),
      gnRow('10', 'Big', 'بيج', '1', '1', 'PPL', 'EG', '150000'),
    ].join('\n');
    const out = parseGeonamesCities(text, 'g.txt');
    expect(out.map((g) => g.place.id)).toEqual(['geonames:266826', 'geonames:10']);
    expect(out[0].place).toMatchObject({ name_ar: 'طرابلس', kind: 'city', country: 'LB', population: 229398 });
    expect(out[1].place.kind).toBe('city');
    expect(geonamesKind('PPL', 20000)).toBe('town');
    expect(() => parseGeonamesCities('1\t2\t3', 'g.txt')).toThrow('g.txt:1: 3 columns, expected 19');
  });
  it('keeps a city without an Arabic spelling when an amendment will name it', () => {
    const text = gnRow('379555', 'El Fasher', 'Al Fashir,Tendelti', '13.63', '25.35', 'PPLA', 'SD', '252609');
    expect(parseGeonamesCities(text, 'g.txt')).toEqual([]);
    const [kept] = parseGeonamesCities(text, 'g.txt', new Set(['geonames:379555']));
    expect(kept.place).toMatchObject({ id: 'geonames:379555', names_ar: [], kind: 'city', country: 'SD' });
  });
});

const curatedPlace = (over: Record<string, unknown> = {}) => ({
  id: 'marsad:test-base', name_ar: 'قاعدة التجربة', name_en: 'Test base', kind: 'facility', country: 'LY',
  lon: 15, lat: 30,
  source: { dataset: 'marsad', ref: 'test', url: 'https://example.org/x', citation: 'A test record.' },
  ...over,
});

describe('curated files', () => {
  it('accepts a cited record and puts name_ar among the names', () => {
    const { places } = parseCuratedFile({ about: 'x', places: [curatedPlace({ names_ar: ['قاعدة'] })] }, 'c.json');
    expect(places[0].names_ar).toEqual(['قاعدة التجربة', 'قاعدة']);
  });

  it.each([
    [{ id: 'test' }, 'id must be "marsad:<lowercase-slug>"'],
    [{ kind: 'airport' }, 'kind must be one of'],
    [{ lat: 95 }, 'bad lon/lat'],
    [{ names_ar: ['Mitiga'] }, '"Mitiga" is not an Arabic spelling'],
    [{ source: { dataset: 'marsad', ref: 'r', url: 'https://e.org' } }, 'source.citation missing'],
    [{ source: { dataset: 'osm', ref: 'r', url: 'https://e.org', citation: 'c' } }, 'source.dataset must be "marsad"'],
  ])('rejects %o', (over, message) => {
    expect(() => parseCuratedFile({ about: 'x', places: [curatedPlace(over)] }, 'c.json')).toThrow(message);
  });

  it('rejects amendments without a note or a change', () => {
    expect(() => parseCuratedFile({ about: 'x', amendments: [{ id: 'a', add_names_ar: ['ا'] }] }, 'c.json')).toThrow(
      'note missing',
    );
    expect(() => parseCuratedFile({ about: 'x', amendments: [{ id: 'a', note: 'n' }] }, 'c.json')).toThrow(
      'changes nothing',
    );
  });
});

const record = (id: string, names: string[], lon: number, lat: number, extra: Partial<PlaceRecord> = {}): PlaceRecord => ({
  id, name_ar: names[0], names_ar: names, name_en: id, kind: 'town', country: 'LY', lon, lat,
  source: { dataset: id.startsWith('osm') ? 'osm' : 'geonames', ref: id.split(':')[1], url: 'https://e.org' },
  ...extra,
});

function inputs(over: Partial<GazetteerInputs>): GazetteerInputs {
  return { osm: [], geonames: [], countries: [], curated: [], inputsSha256: 'h', ...over };
}

describe('compile', () => {
  it('merges a GeoNames city into the OSM node of the same place, and GeoNames duplicates together', () => {
    const { gazetteer, report } = compileGazetteer(
      inputs({
        osm: [{ place: record('osm:node/1', ['الزاوية'], 12.7356, 32.7597) }],
        geonames: [
          { place: record('geonames:2218970', ['الزاوية'], 12.7276, 32.7571, { population: 200000 }), latinNames: [] },
          { place: record('geonames:2216885', ['الزاوية', 'الحارة'], 12.7278, 32.7522), latinNames: [] },
          { place: record('geonames:5', ['الزاوية'], 20, 30), latinNames: [] },
        ],
      }),
    );
    expect(gazetteer.places.map((p) => p.id)).toEqual(['geonames:5', 'osm:node/1']);
    const merged = gazetteer.places[1];
    expect(merged.names_ar).toEqual(['الزاوية', 'الحارة']);
    expect(merged.population).toBe(200000);
    expect(merged.source.citation).toContain('GeoNames 2218970');
    expect(report.merged).toEqual([
      { from: 'geonames:2216885', into: 'osm:node/1' },
      { from: 'geonames:2218970', into: 'osm:node/1' },
    ]);
  });

  it('merges two OSM nodes of one village, keeping the higher-ranked node', () => {
    const { gazetteer, report } = compileGazetteer(
      inputs({
        osm: [
          { place: record('osm:node/2', ['السبيعة'], 13.1667, 32.5167, { kind: 'village' }) },
          { place: record('osm:node/9', ['اسبيعة', 'السبيعة'], 13.16, 32.5, { kind: 'town' }) },
          { place: record('osm:node/3', ['السبيعة'], 13.5, 32.0, { kind: 'village' }) },
        ],
      }),
    );
    expect(gazetteer.places.map((p) => p.id)).toEqual(['osm:node/3', 'osm:node/9']);
    expect(report.merged).toEqual([{ from: 'osm:node/2', into: 'osm:node/9' }]);
  });

  it('merges on a geonames:id tag even without a shared name', () => {
    const { gazetteer } = compileGazetteer(
      inputs({
        osm: [{ place: record('osm:node/1', ['غات'], 10.18, 24.96), geonamesId: '7' }],
        geonames: [{ place: record('geonames:7', ['جات'], 10.2, 24.97), latinNames: [] }],
      }),
    );
    expect(gazetteer.places.map((p) => p.id)).toEqual(['osm:node/1']);
  });

  it('applies amendments before merging and drops records left without a name', () => {
    const amendments = [
      { id: 'geonames:2', remove_names_ar: ['ربك'], add_names_ar: ['كوستي'], note: 'n' },
      { id: 'geonames:3', remove_names_ar: ['الجديد'], note: 'n' },
    ];
    const { gazetteer, report } = compileGazetteer(
      inputs({
        geonames: [
          { place: record('geonames:1', ['ربك'], 32.74, 13.18, { population: 9 }), latinNames: [] },
          { place: record('geonames:2', ['ربك'], 32.66, 13.16, { population: 99 }), latinNames: [] },
          { place: record('geonames:3', ['الجديد'], 14.4, 27.05), latinNames: [] },
        ],
        curated: [{ file: 'c.json', content: { places: [], amendments } }],
      }),
    );
    expect(gazetteer.places.map((p) => `${p.id} ${p.names_ar.join('|')}`)).toEqual(['geonames:1 ربك', 'geonames:2 كوستي']);
    expect(report.dropped).toEqual(['geonames:3']);
  });

  it('refuses a curated record that repeats a source place, an amendment of an unknown id, a missing parent', () => {
    const osm = [{ place: record('osm:node/1', ['مرسى البريقة'], 19.5788, 30.4073) }];
    const dup = parseCuratedFile({ about: 'x', places: [curatedPlace({ id: 'marsad:brega', name_ar: 'مرسى البريقة', lon: 19.58, lat: 30.41 })] }, 'c.json');
    expect(() => compileGazetteer(inputs({ osm, curated: [{ file: 'c.json', content: dup }] }))).toThrow(
      'c.json: marsad:brega repeats osm:node/1',
    );
    const amend = { places: [], amendments: [{ id: 'geonames:404', add_names_ar: ['ا'], note: 'n' }] };
    expect(() => compileGazetteer(inputs({ curated: [{ file: 'c.json', content: amend }] }))).toThrow(
      'c.json: amendment of geonames:404',
    );
    const orphan = parseCuratedFile({ about: 'x', places: [curatedPlace({ parent: 'osm:node/9' })] }, 'c.json');
    expect(() => compileGazetteer(inputs({ curated: [{ file: 'c.json', content: orphan }] }))).toThrow(
      'parent osm:node/9 is not in the gazetteer',
    );
  });
});

describe('country points', () => {
  const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]] };
  const ring = {
    type: 'Polygon' as const,
    coordinates: [
      [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
      [[1, 1], [9, 1], [9, 9], [1, 9], [1, 1]],
    ],
  };

  it('finds an interior point, even of a polygon with a hole', () => {
    const [x, y] = interiorPoint(ring.coordinates);
    const inHole = x > 1 && x < 9 && y > 1 && y < 9;
    expect(inHole).toBe(false);
    expect(x >= 0 && x <= 10 && y >= 0 && y <= 10).toBe(true);
  });

  it('moves only points outside their shape', () => {
    const country = (id: string, lon: number, lat: number): PlaceRecord => ({
      ...record(id, ['بلد'], lon, lat), kind: 'country', iso_numeric: '001',
      source: { dataset: 'world-countries', ref: 'XX', url: 'https://e.org', citation: 'c' },
    });
    const shapes = new Map([['001', [square]]]);
    const { countries, moved } = placeCountryPointsInside([country('country:AA', 2, 2), country('country:BB', 9, 9)], shapes);
    expect(moved).toEqual(['country:BB']);
    expect(countries[0]).toMatchObject({ lon: 2, lat: 2 });
    expect(countries[1].lon).toBeGreaterThan(0);
    expect(countries[1].lon).toBeLessThan(4);
  });
});

describe('the whole build', () => {
  it('reproduces the committed static/gazetteer.json byte for byte', () => {
    const { text } = buildGazetteer();
    if (text !== readFileSync(GAZETTEER_PATH, 'utf8')) {
      throw new Error('static/gazetteer.json differs from a fresh build: run npm run build:gazetteer');
    }
  });
});
