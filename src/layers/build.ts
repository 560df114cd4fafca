// Corpus → layers: geoparse every article, turn each mention into a point feature with its
// excerpt, aggregate mentions into places, build the zones and link the excerpts that refer
// to them. Pure (the geoparser is passed in), so the browser builds pasted articles the same way.
import { tokenize, type Token } from '../arabic/tokenize.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import type { PlaceRecord } from '../gazetteer/types.ts';
import type { Mention } from '../geoparse/types.ts';
import type { CorpusArticle } from '../corpus/types.ts';
import type { Article, MentionFeature, MentionsLayer, PlaceFeature, PlacesLayer, ZonesLayer } from './types.ts';
import { excerptAround, sentenceAround } from './excerpt.ts';
import { round6 } from './geometry.ts';
import { buildZone, zoneContainsPlace, type ZoneFeature, type ZoneSpec } from './zones.ts';
import { compilePhrases, findPhrases, type PhraseHit, type PhraseIndex } from './zone-phrases.ts';

export interface Layers {
  places: PlacesLayer;
  mentions: MentionsLayer;
  zones: ZonesLayer;
  articles: Article[];
}

export interface BuildContext {
  gazetteer: Gazetteer;
  zoneSpecs: readonly ZoneSpec[];
  geoparse: (text: string) => Mention[];
}

/** A zone phrase this many words or fewer from a mention links it even across a sentence end. */
const ZONE_LINK_WINDOW_WORDS = 8;

interface ZoneState {
  feature: ZoneFeature;
  phrases: PhraseIndex;
  /** Memo of zoneContainsPlace by place id. */
  contains: Map<string, boolean>;
}

export function buildLayers(articles: readonly CorpusArticle[], ctx: BuildContext): Layers {
  const zones: ZoneState[] = ctx.zoneSpecs.map((spec) => ({
    feature: buildZone(spec, ctx.gazetteer),
    phrases: compilePhrases(spec.phrases),
    contains: new Map(),
  }));
  const zoneById = new Map(zones.map((z) => [z.feature.properties.id, z.feature]));
  const places = new Map<string, { place: PlaceRecord; count: number; articleIds: string[] }>();
  const mentionFeatures: MentionFeature[] = [];
  const articleRecords: Article[] = [];

  for (const article of articles) {
    const mentions = ctx.geoparse(article.text).sort((a, b) => a.start - b.start);
    const linker = new ZoneLinker(article.text, zones);
    const mentionIds: string[] = [];
    for (const m of mentions) {
      const feature = mentionFeature(article, m, linker.zonesFor(m));
      mentionFeatures.push(feature);
      mentionIds.push(feature.properties.id);
      for (const zoneId of feature.properties.zone_ids) zoneById.get(zoneId)!.properties.mention_ids.push(feature.properties.id);
      const agg = places.get(m.place.id);
      if (!agg) places.set(m.place.id, { place: m.place, count: 1, articleIds: [article.id] });
      else {
        agg.count++;
        if (agg.articleIds[agg.articleIds.length - 1] !== article.id) agg.articleIds.push(article.id);
      }
    }
    articleRecords.push(articleRecord(article, mentionIds));
  }

  const placeFeatures = [...places.values()]
    .sort((a, b) => b.count - a.count || (a.place.id < b.place.id ? -1 : 1))
    .map((a) => placeFeature(a.place, a.count, a.articleIds));
  return {
    places: { type: 'FeatureCollection', features: placeFeatures },
    mentions: { type: 'FeatureCollection', features: mentionFeatures },
    zones: { type: 'FeatureCollection', features: zones.map((z) => z.feature) },
    articles: articleRecords,
  };
}

/** Which zones an excerpt refers to: a zone phrase near a mention of a zone place. */
class ZoneLinker {
  private tokens: Token[] | undefined;
  private readonly hits = new Map<ZoneState, PhraseHit[]>();

  constructor(
    private readonly text: string,
    private readonly zones: readonly ZoneState[],
  ) {}

  zonesFor(m: Mention): string[] {
    const ids: string[] = [];
    for (const zone of this.zones) {
      let inside = zone.contains.get(m.place.id);
      if (inside === undefined) zone.contains.set(m.place.id, (inside = zoneContainsPlace(zone.feature, m.place)));
      if (inside && this.phraseNear(zone, m)) ids.push(zone.feature.properties.id);
    }
    return ids;
  }

  private phraseNear(zone: ZoneState, m: Mention): boolean {
    this.tokens ??= tokenize(this.text);
    let hits = this.hits.get(zone);
    if (!hits) this.hits.set(zone, (hits = findPhrases(this.tokens, zone.phrases)));
    if (!hits.length) return false;
    const [from, to] = sentenceAround(this.text, m.start, m.end);
    const first = this.tokenIndexAt(m.start);
    const last = this.tokenIndexAt(Math.max(m.start, m.end - 1));
    return hits.some((h) => {
      if (h.start >= from && h.end <= to) return true;
      const gap = h.firstToken > last ? h.firstToken - last - 1 : first > h.endToken - 1 ? first - h.endToken : 0;
      return gap <= ZONE_LINK_WINDOW_WORDS;
    });
  }

  /** Index of the last token starting at or before `offset`. */
  private tokenIndexAt(offset: number): number {
    const tokens = this.tokens!;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function mentionFeature(article: CorpusArticle, m: Mention, zoneIds: string[]): MentionFeature {
  const excerpt = excerptAround(article.text, m.start, m.end);
  const p = m.place;
  const properties: MentionFeature['properties'] = {
    id: `${article.id}:${m.start}`,
    article_id: article.id,
    place_id: p.id,
    name_ar: p.name_ar,
    name_en: p.name_en,
    kind: p.kind,
    country: p.country,
    start: m.start,
    end: m.end,
    text: m.text,
    excerpt: excerpt.text,
    excerpt_start: excerpt.start,
    excerpt_end: excerpt.end,
    confidence: Math.round(m.confidence * 1000) / 1000,
    ...(m.relation?.direction ? { relation_direction: m.relation.direction } : {}),
    ...(m.relation?.distance_km !== undefined ? { relation_distance_km: m.relation.distance_km } : {}),
    ...(m.relation ? { relation_text: m.relation.text } : {}),
    ...(article.date ? { date: article.date } : {}),
    zone_ids: zoneIds,
  };
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [round6(p.lon), round6(p.lat)] }, properties };
}

function placeFeature(p: PlaceRecord, count: number, articleIds: string[]): PlaceFeature {
  const properties: PlaceFeature['properties'] = {
    id: p.id,
    name_ar: p.name_ar,
    name_en: p.name_en,
    kind: p.kind,
    country: p.country,
    mention_count: count,
    article_ids: articleIds,
    source: p.source,
  };
  if (p.iso_numeric) properties.iso_numeric = p.iso_numeric;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [round6(p.lon), round6(p.lat)] }, properties };
}

function articleRecord(a: CorpusArticle, mentionIds: string[]): Article {
  return {
    id: a.id,
    title: a.title,
    ...(a.source ? { source: a.source } : {}),
    ...(a.date ? { date: a.date } : {}),
    ...(a.url ? { url: a.url } : {}),
    text: a.text,
    mention_ids: mentionIds,
  };
}
