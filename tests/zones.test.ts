import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { loadGazetteer } from '../src/cli/load-gazetteer.ts';
import { loadZoneSpecs } from '../src/layers/zone-specs.node.ts';
import { buildZone, parseZoneSpec, type ZoneFeature } from '../src/layers/zones.ts';
import { isCounterClockwise } from '../src/layers/geometry.ts';
import { assertValidLayer } from '../src/layers/validate.ts';
import { compilePhrases, findPhrases } from '../src/layers/zone-phrases.ts';
import { tokenize } from '../src/arabic/tokenize.ts';
import type { PlaceRecord } from '../src/gazetteer/types.ts';

const gazetteer = loadGazetteer();
const specs = loadZoneSpecs();
const zones = new Map(specs.map((s) => [s.id, buildZone(s, gazetteer)]));

/** The gazetteer place with this English name closest to a reference point (ids may change). */
function place(nameEn: RegExp, lon: number, lat: number, kinds?: string[]): PlaceRecord {
  const found = gazetteer.places
    .filter((p) => nameEn.test(p.name_en) && (!kinds || kinds.includes(p.kind)))
    .sort((a, b) => Math.hypot(a.lon - lon, a.lat - lat) - Math.hypot(b.lon - lon, b.lat - lat))[0];
  if (!found || Math.hypot(found.lon - lon, found.lat - lat) > 0.3) throw new Error(`no ${nameEn} near ${lon},${lat} in the gazetteer`);
  return found;
}

function inside(zone: ZoneFeature, p: PlaceRecord): boolean {
  return booleanPointInPolygon([p.lon, p.lat], zone.geometry);
}

describe('zone specs', () => {
  it('ships the Sirte–al-Jufra DMZ and the Oil Crescent, each citing sources', () => {
    expect([...zones.keys()].sort()).toEqual(['oil-crescent', 'sirte-jufra-dmz']);
    for (const s of specs) {
      expect(s.sources.length).toBeGreaterThan(0);
      expect(s.phrases.length).toBeGreaterThan(0);
      for (const src of s.sources) if (src.url) expect(src.url).toMatch(/^https:\/\//);
    }
  });

  it('rejects a malformed spec with a message naming the file', () => {
    const good = { ...specs[0] };
    expect(() => parseZoneSpec({ ...good, construction: { type: 'circle' } }, 'data/zones/x.json')).toThrow('data/zones/x.json: "construction.type" must be "hull-buffer"');
    expect(() => parseZoneSpec({ ...good, sources: [] }, 'z.json')).toThrow('z.json: "sources" must list at least one source');
    expect(() => parseZoneSpec({ ...good, sources: [{ title: 't', url: 'ftp://x' }] }, 'z.json')).toThrow(/url must be an http/);
    expect(() => buildZone({ ...specs[0]!, anchors: ['nope:1'] }, gazetteer)).toThrow(`zone ${specs[0]!.id}: anchor "nope:1" is not in the gazetteer`);
  });
});

describe('zone polygons', () => {
  it('are valid RFC 7946: exterior rings counter-clockwise, positions in range with 6 decimals', () => {
    const layer = { type: 'FeatureCollection' as const, features: [...zones.values()] };
    expect(() => assertValidLayer('zones.geojson', layer)).not.toThrow();
    for (const z of zones.values()) {
      const polygons = z.geometry.type === 'Polygon' ? [z.geometry.coordinates] : z.geometry.coordinates;
      for (const rings of polygons) {
        expect(isCounterClockwise(rings[0]!)).toBe(true);
        for (const [lon, lat] of rings.flat()) {
          expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
          expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
          expect(Number(lon!.toFixed(6))).toBe(lon);
        }
      }
      expect(z.properties.approximate).toBe(true);
      expect(z.properties.note).toMatch(/buffered by \d+ km/);
    }
  });

  it('the DMZ contains Sirte, the al-Jufra towns, Abu Qurayn and Bin Jawad, but not al-Fuqaha village, Misrata or Ajdabiya', () => {
    const dmz = zones.get('sirte-jufra-dmz')!;
    for (const [name, lon, lat] of [
      [/^Sirte$/, 16.59, 31.2],
      [/^Hun$/, 15.94, 29.12],
      [/^Waddan$/, 16.14, 29.16],
      [/^Suknah$|^Sokna$/, 15.78, 29.07],
      [/^Abu Qurayn$/, 15.25, 31.45],
      [/^Ben Jawwad$|^Bin Jawad$/, 18.08, 30.8],
    ] as const) {
      expect(inside(dmz, place(name, lon, lat)), String(name)).toBe(true);
    }
    // al-Fuqaha village, ~140 km south of Sokna: the DMZ reached the checkpoint of that name, not the village.
    const village = place(/Fuqaha/, 16.39, 27.81, ['village', 'town']);
    expect(inside(dmz, village)).toBe(false);
    expect(inside(dmz, place(/^Misrata$/, 15.09, 32.37, ['city']))).toBe(false);
    expect(inside(dmz, place(/^Ajdabiya$/, 20.22, 30.75, ['city']))).toBe(false);
  });

  it('the Oil Crescent contains the oil ports of Es Sider, Ras Lanuf, Brega and Zueitina, but not Sirte or Ajdabiya', () => {
    const oil = zones.get('oil-crescent')!;
    const ports = gazetteer.places.filter((p) => /terminal/i.test(p.name_en) && /Sider|Lanuf|Brega|Zueitina/.test(p.name_en));
    expect(ports.length).toBe(4);
    for (const p of ports) expect(inside(oil, p), p.name_en).toBe(true);
    expect(inside(oil, place(/^Sirte$/, 16.59, 31.2))).toBe(false);
    expect(inside(oil, place(/^Ajdabiya$/, 20.22, 30.75, ['city']))).toBe(false);
  });
});

describe('zone phrases', () => {
  const index = compilePhrases(['منطقة منزوعة السلاح', 'منزوعتي السلاح', 'المنطقة العازلة', 'إخلاء']);
  const hits = (text: string) => findPhrases(tokenize(text), index).map((h) => text.slice(h.start, h.end));

  it('match across spelling variants, diacritics and proclitics', () => {
    expect(hits('جعل منطقتي سرت والجفرة منزوعتي السلاح')).toEqual(['منزوعتي السلاح']);
    expect(hits('في إطار منطقةٍ منزوعةِ السّلاح')).toEqual(['منطقةٍ منزوعةِ السّلاح']);
    expect(hits('مقترح أميركي لإخلاء منطقة الهلال')).toEqual(['لإخلاء']);
    expect(hits('وللمنطقة العازلة حدود، وبالمنطقة العازلة قوات')).toEqual(['وللمنطقة العازلة', 'وبالمنطقة العازلة']);
    expect(hits('منطقه منزوعه السلاح')).toEqual(['منطقه منزوعه السلاح']);
  });

  it('do not match other words that merely contain them', () => {
    expect(hits('المنطقة الصناعية منزوعة من الغطاء')).toEqual([]);
    expect(hits('الإخلاءات')).toEqual([]);
  });
});
