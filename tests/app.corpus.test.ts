// The explorer's pure data modules: the corpus index (merging added articles, filters,
// normalised search), the place list order, and what "Export data" writes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Corpus, coreBounds, type LayerSet } from '../src/app/corpus.ts';
import { exportFeatures, exportFileName } from '../src/app/export-data.ts';
import { placesByMentions } from '../src/app/place-list.ts';
import { exportChunks } from '../src/layers/export/index.ts';
import type { Article, MentionFeature, PlaceFeature, ZonesLayer } from '../src/layers/types.ts';
import type { PlaceKind } from '../src/gazetteer/types.ts';

function place(id: string, name_ar: string, name_en: string, kind: PlaceKind, at: [number, number], article_ids: string[], mention_count: number, country = 'LY'): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at },
    properties: { id, name_ar, name_en, kind, country, mention_count, article_ids, source: { dataset: 'marsad', ref: id, url: '' } },
  };
}

function mention(article_id: string, start: number, p: PlaceFeature, date?: string, zone_ids: string[] = []): MentionFeature {
  const { id: place_id, name_ar, name_en, kind, country } = p.properties;
  return {
    type: 'Feature',
    geometry: p.geometry,
    properties: {
      id: `${article_id}:${start}`, article_id, place_id, name_ar, name_en, kind, country, start, end: start + name_ar.length, text: name_ar,
      excerpt: name_ar, excerpt_start: 0, excerpt_end: name_ar.length, confidence: 0.9, date, zone_ids,
    },
  };
}

const abuDhabi = place('p:ad', 'أبو ظبي', 'Abu Dhabi', 'city', [54.37, 24.45], ['a1'], 1, 'AE');
const misrata = place('p:mi', 'مصراتة', 'Misrata', 'city', [15.09, 32.38], ['a1', 'a2'], 3);
const watiya = place('p:wa', 'قاعدة الوطية', 'al-Watiya Air Base', 'facility', [12.02, 32.47], ['a2'], 1);
const libya = place('p:ly', 'ليبيا', 'Libya', 'country', [17, 27], ['a2'], 1);
const zone: ZonesLayer['features'][number] = {
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[15, 31], [16, 31], [16, 32], [15, 31]]] },
  properties: { id: 'z1', name_ar: 'منطقة', name_en: 'Zone', kind: 'demilitarised-zone', approximate: true, note: 'n', anchors: ['p:mi'], sources: [], mention_ids: ['a2:5'] },
};
const articles: Article[] = [
  { id: 'a1', title: 'الأول', date: '2020-01-02', text: '', mention_ids: [] },
  { id: 'a2', title: 'الثاني', date: '2020-03-04', text: '', mention_ids: [] },
];
const base: LayerSet = {
  places: [abuDhabi, misrata, watiya, libya],
  mentions: [mention('a1', 0, abuDhabi, '2020-01-02'), mention('a1', 20, misrata, '2020-01-02'), mention('a2', 5, misrata, '2020-03-04', ['z1']), mention('a2', 30, misrata, '2020-03-04'), mention('a2', 50, watiya, '2020-03-04'), mention('a2', 70, libya, '2020-03-04')],
  zones: [zone],
  articles,
};
const noFilters = { kinds: [], countries: [], q: '' };

describe('corpus', () => {
  it('search matches normalised Arabic spellings and English names, case-blind', () => {
    const c = new Corpus(base);
    expect([...c.search('ابوظبي')]).toEqual(['p:ad']);
    expect([...c.search('أبو ظبي')]).toEqual(['p:ad']);
    expect([...c.search('مصراته')]).toEqual(['p:mi']);
    expect([...c.search('MISR')]).toEqual(['p:mi']);
    expect([...c.search('الوطيه')]).toEqual(['p:wa']);
    expect(c.search('   ').size).toBe(0);
    expect(c.search('بنغازي').size).toBe(0);
  });

  it('search finds every place by any substring of its English name', () => {
    const c = new Corpus(base);
    const names = base.places.map((p) => p.properties.name_en);
    fc.assert(
      fc.property(fc.constantFrom(...names).chain((n) => fc.tuple(fc.constant(n), fc.nat(n.length - 1), fc.integer({ min: 1, max: n.length }))), ([n, from, len]) => {
        const q = n.slice(from, from + len);
        if (!q.trim()) return;
        const id = base.places.find((p) => p.properties.name_en === n)!.properties.id;
        expect(c.search(q).has(id)).toBe(true);
      }),
    );
  });

  it('filters by kind, country, article, zone and query together', () => {
    const c = new Corpus(base);
    const ids = (f: Parameters<Corpus['filteredPlaces']>[0]) => c.filteredPlaces(f).map((p) => p.properties.id).sort();
    expect(ids(noFilters)).toEqual(['p:ad', 'p:ly', 'p:mi', 'p:wa']);
    expect(ids({ ...noFilters, kinds: ['city'] })).toEqual(['p:ad', 'p:mi']);
    expect(ids({ ...noFilters, countries: ['AE'] })).toEqual(['p:ad']);
    expect(ids({ ...noFilters, article: 'a1' })).toEqual(['p:ad', 'p:mi']);
    expect(ids({ ...noFilters, zone: 'z1' })).toEqual(['p:mi']);
    expect(ids({ ...noFilters, kinds: ['city'], article: 'a2' })).toEqual(['p:mi']);
    expect(ids({ ...noFilters, q: 'مصراته' })).toEqual(['p:mi']);
  });

  it('excerpts of a place come newest first; an added article merges into the same marker', () => {
    const added: LayerSet = { places: [place('p:mi', 'مصراتة', 'Misrata', 'city', [15.09, 32.38], ['u1'], 1)], mentions: [mention('u1', 0, misrata, '2021-01-01')], zones: [], articles: [{ id: 'u1', title: 'مضاف', text: '', mention_ids: [] }] };
    const c = new Corpus(base, [added]);
    const dates = c.mentionsByPlace.get('p:mi')!.map((m) => m.date);
    expect(dates).toEqual(['2021-01-01', '2020-03-04', '2020-03-04', '2020-01-02']);
    expect(c.places.get('p:mi')!.properties.mention_count).toBe(4);
    expect(c.places.get('p:mi')!.properties.article_ids.sort()).toEqual(['a1', 'a2', 'u1']);
    expect([...c.userArticleIds]).toEqual(['u1']);
    // The layer sets themselves are left as they were.
    expect(misrata.properties.mention_count).toBe(3);
  });

  it('coreBounds frames the country with the most mentions, not an outlier', () => {
    const far = place('p:far', 'واشنطن', 'Washington', 'city', [-77, 38.9], ['a1'], 1, 'US');
    const box = coreBounds([misrata, watiya, far, libya])!;
    expect(box[0][0]).toBeGreaterThanOrEqual(12);
    expect(box[1][0]).toBeLessThanOrEqual(15.1);
  });
});

describe('place list', () => {
  it('most mentioned first, ties by English name (code-unit order), limited', () => {
    const list = placesByMentions(base.places, 3).map((p) => p.properties.id);
    expect(list).toEqual(['p:mi', 'p:ad', 'p:ly']);
  });
});

describe('data export', () => {
  const c = new Corpus(base);
  const selection = { places: c.filteredPlaces({ ...noFilters, article: 'a1' }), zones: [] as ZonesLayer['features'], article: 'a1' };

  it('the selection: its places, their mentions in its article, its zones; or everything', () => {
    expect(exportFeatures(c, selection, 'places', 'selection').map((f) => f.properties.id).sort()).toEqual(['p:ad', 'p:mi']);
    expect(exportFeatures(c, selection, 'mentions', 'selection').map((f) => f.properties.id).sort()).toEqual(['a1:0', 'a1:20']);
    expect(exportFeatures(c, selection, 'zones', 'selection')).toEqual([]);
    expect(exportFeatures(c, selection, 'places', 'all')).toHaveLength(4);
    expect(exportFeatures(c, selection, 'mentions', 'all')).toHaveLength(6);
    expect(exportFeatures(c, selection, 'zones', 'all')).toHaveLength(1);
  });

  it('writes valid GeoJSON with Arabic intact', () => {
    const fc = JSON.parse([...exportChunks('mentions', 'geojson', exportFeatures(c, selection, 'mentions', 'selection'))].join(''));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(2);
    expect(fc.features.map((f: { properties: { name_ar: string } }) => f.properties.name_ar).sort()).toEqual(['أبو ظبي', 'مصراتة']);
  });

  it('names the file after the layer, the scope and what the selection is narrowed to', () => {
    const date = new Date('2026-11-22T09:00:00Z');
    expect(exportFileName('mentions', 'selection', 'geojson', { article: 'a1', date })).toBe('marsad-mentions-selection-article-a1-2026-11-22.geojson');
    expect(exportFileName('places', 'all', 'csv', { article: 'a1', date })).toBe('marsad-places-all-2026-11-22.csv');
    expect(exportFileName('zones', 'selection', 'kml', { zone: 'sirte/jufra dmz', date })).toBe('marsad-zones-selection-zone-sirte-jufra-dmz-2026-11-22.kml');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (article) => {
        expect(exportFileName('places', 'selection', 'geojson', { article, date })).toMatch(/^[\p{L}\p{N}._-]+$/u);
      }),
    );
  });
});
