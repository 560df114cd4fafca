// Layer building from given mentions (the geoparser itself is tested in its own suites; the
// end-to-end build with it is in layers-cli.test.ts).
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/cli/load-gazetteer.ts';
import { loadZoneSpecs } from '../src/layers/zone-specs.node.ts';
import { buildLayers } from '../src/layers/build.ts';
import { excerptAround, sentenceAround } from '../src/layers/excerpt.ts';
import { assertValidLayer } from '../src/layers/validate.ts';
import type { Mention } from '../src/geoparse/types.ts';
import type { CorpusArticle } from '../src/corpus/types.ts';

const gazetteer = loadGazetteer();
const byName = (nameAr: string, kind?: string) => {
  const p = gazetteer.places.find((x) => x.name_ar === nameAr && (!kind || x.kind === kind) && x.country === 'LY');
  if (!p) throw new Error(`${nameAr} not in gazetteer`);
  return p;
};
const SIRTE = byName('سرت');
const JUFRA = byName('الجفرة', 'admin');
const MISRATA = byName('مصراتة');
const RAS_LANUF = byName('رأس لانوف');
const HUN = byName('هون');

/** Every occurrence of the given names in the text, as mentions of the given places. */
function mentionsIn(text: string, names: [string, typeof SIRTE][]): Mention[] {
  const out: Mention[] = [];
  for (const [name, place] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      out.push({ start: i, end: i + name.length, text: name, place, confidence: 0.9 });
    }
  }
  return out;
}

describe('excerpts', () => {
  it('are the sentence around the mention with its offsets inside', () => {
    const text = 'جملة أولى. وصلت قوات إلى سرت أمس! ثم عادت؟ سطر\nجديد';
    const start = text.indexOf('سرت');
    const e = excerptAround(text, start, start + 3);
    expect(e.text).toBe('وصلت قوات إلى سرت أمس!');
    expect(e.text.slice(e.start, e.end)).toBe('سرت');
    const n = text.indexOf('جديد');
    expect(excerptAround(text, n, n + 4).text).toBe('جديد');
    expect(sentenceAround('قال سرت؟ نعم', 4, 7)).toEqual([0, 8]);
  });

  it('do not split at decimal points', () => {
    const text = 'تبعد 3.5 كيلومترا عن سرت. جملة أخرى';
    const s = text.indexOf('سرت');
    expect(excerptAround(text, s, s + 3).text).toBe('تبعد 3.5 كيلومترا عن سرت.');
  });

  it('cap very long sentences to a window on word boundaries, marked with an ellipsis', () => {
    const words = Array.from({ length: 200 }, (_, i) => `كلمة${i}`);
    words[100] = 'سرت';
    const text = words.join(' ');
    const s = text.indexOf('سرت');
    const e = excerptAround(text, s, s + 3, 60);
    expect(e.text.startsWith('…')).toBe(true);
    expect(e.text.endsWith('…')).toBe(true);
    expect(e.text.slice(e.start, e.end)).toBe('سرت');
    expect(e.text.length).toBeLessThanOrEqual(60 * 2 + 3 + 2);
    // Whole words only: every word in the excerpt is a word of the text.
    for (const w of e.text.replace(/…/g, '').split(' ')) expect(words).toContain(w);
  });
});

describe('buildLayers', () => {
  const articles: CorpusArticle[] = [
    {
      id: 'a1',
      title: 'خبر أول',
      date: '2020-08-21',
      text: 'دعا المجلس إلى جعل منطقتي سرت والجفرة منزوعتي السلاح.\nوفي مصراتة احتفل السكان.',
      origin: 'a1.txt',
    },
    {
      id: 'a2',
      title: 'خبر ثان',
      text: 'الجفرة معنية بالخطة الأمريكية في إطار منطقة منزوعة السلاح شأنها شأن مدينة سرت. وتحدث مسؤول عن إخلاء رأس لانوف. وزار الوفد هون ومصراتة.',
      origin: 'a2.txt',
    },
  ];
  const names: [string, typeof SIRTE][] = [['سرت', SIRTE], ['الجفرة', JUFRA], ['مصراتة', MISRATA], ['رأس لانوف', RAS_LANUF], ['هون', HUN]];
  const layers = buildLayers(articles, { gazetteer, zoneSpecs: loadZoneSpecs(), geoparse: (t) => mentionsIn(t, names) });
  const mention = (id: string) => layers.mentions.features.find((f) => f.properties.id === id)!.properties;

  it('writes one mention feature per mention with ids, offsets, excerpt and date', () => {
    expect(layers.mentions.features).toHaveLength(8);
    const m = mention(`a1:${articles[0]!.text.indexOf('سرت')}`);
    expect(m).toMatchObject({ article_id: 'a1', place_id: SIRTE.id, name_ar: 'سرت', text: 'سرت', date: '2020-08-21', kind: SIRTE.kind, country: 'LY' });
    expect(m.excerpt).toBe('دعا المجلس إلى جعل منطقتي سرت والجفرة منزوعتي السلاح.');
    expect(m.excerpt.slice(m.excerpt_start, m.excerpt_end)).toBe('سرت');
    expect(articles[0]!.text.slice(m.start, m.end)).toBe(m.text);
    expect(mention(`a2:${articles[1]!.text.indexOf('سرت')}`).date).toBeUndefined();
  });

  it('aggregates places with counts and article ids, most mentioned first', () => {
    const places = layers.places.features.map((f) => f.properties);
    expect(places.map((p) => p.mention_count)).toEqual([2, 2, 2, 1, 1]);
    expect(places.find((p) => p.id === SIRTE.id)).toMatchObject({ mention_count: 2, article_ids: ['a1', 'a2'] });
    expect(places.find((p) => p.id === HUN.id)).toMatchObject({ mention_count: 1, article_ids: ['a2'] });
    expect(places.find((p) => p.id === MISRATA.id)!.source).toEqual(MISRATA.source);
    expect(layers.places.features.find((f) => f.properties.id === SIRTE.id)!.geometry.coordinates).toEqual([Math.round(SIRTE.lon * 1e6) / 1e6, Math.round(SIRTE.lat * 1e6) / 1e6]);
  });

  it('links excerpts that use a zone phrase near a zone place, and only those', () => {
    const t1 = articles[0]!.text;
    const t2 = articles[1]!.text;
    expect(mention(`a1:${t1.indexOf('سرت')}`).zone_ids).toEqual(['sirte-jufra-dmz']);
    expect(mention(`a1:${t1.indexOf('الجفرة')}`).zone_ids).toEqual(['sirte-jufra-dmz']);
    expect(mention(`a1:${t1.indexOf('مصراتة')}`).zone_ids).toEqual([]);
    expect(mention(`a2:${t2.indexOf('الجفرة')}`).zone_ids).toEqual(['sirte-jufra-dmz']);
    expect(mention(`a2:${t2.indexOf('سرت')}`).zone_ids).toEqual(['sirte-jufra-dmz']);
    expect(mention(`a2:${t2.indexOf('رأس لانوف')}`).zone_ids).toEqual(['oil-crescent']);
    // Hun is inside the DMZ, but its sentence names no zone and the phrase is 12 words away.
    expect(mention(`a2:${t2.indexOf('هون')}`).zone_ids).toEqual([]);
    const dmz = layers.zones.features.find((z) => z.properties.id === 'sirte-jufra-dmz')!;
    expect(dmz.properties.mention_ids).toEqual([`a1:${t1.indexOf('سرت')}`, `a1:${t1.indexOf('الجفرة')}`, `a2:${t2.indexOf('الجفرة')}`, `a2:${t2.indexOf('سرت')}`]);
  });

  it('links across a sentence end only within a few words', () => {
    const text = 'اتفق الطرفان على منطقة منزوعة السلاح. وتشمل سرت.';
    const near = buildLayers([{ id: 'n', title: '', text, origin: 'n' }], { gazetteer, zoneSpecs: loadZoneSpecs(), geoparse: (t) => mentionsIn(t, names) });
    expect(near.mentions.features[0]!.properties.zone_ids).toEqual(['sirte-jufra-dmz']);
  });

  it('keeps the articles with their mention ids, and produces valid layers', () => {
    expect(layers.articles.map((a) => [a.id, a.mention_ids.length])).toEqual([['a1', 3], ['a2', 5]]);
    expect(layers.articles[0]).toMatchObject({ title: 'خبر أول', date: '2020-08-21', text: articles[0]!.text });
    expect(Object.keys(layers.articles[1]!)).toEqual(['id', 'title', 'text', 'mention_ids']);
    for (const [name, fc] of [['places', layers.places], ['mentions', layers.mentions], ['zones', layers.zones]] as const) {
      expect(() => assertValidLayer(name, fc)).not.toThrow();
    }
  });

  it('names the layer when a layer is invalid', () => {
    const bad = structuredClone(layers.places);
    bad.features[0]!.geometry.coordinates = [200, 10];
    expect(() => assertValidLayer('places.geojson', bad)).toThrow(/^places\.geojson: invalid GeoJSON layer: .*out of range/);
    const clockwise = structuredClone(layers.zones);
    const ring = (clockwise.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    ring.reverse();
    expect(() => assertValidLayer('zones.geojson', clockwise)).toThrow(/exterior ring is clockwise/);
  });
});
