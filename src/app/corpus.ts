// The layers the app shows, indexed for the panels: the built corpus (./data/) merged with the
// articles the user added in this browser. Pure data; no DOM, no map.
import type { Article, MentionFeature, MentionProps, PlaceFeature, PlaceProps, ZonesLayer } from '../layers/types.ts';
import type { PlaceKind } from '../gazetteer/types.ts';
import { normalizeKey } from '../arabic/normalize.ts';

/** One set of layers: the built corpus, or the result of geoparsing added articles. */
export interface LayerSet {
  places: PlaceFeature[];
  mentions: MentionFeature[];
  zones: ZonesLayer['features'];
  articles: Article[];
}

export interface Filters {
  kinds: readonly PlaceKind[];
  countries: readonly string[];
  zone?: string;
  article?: string;
  q: string;
}

export class Corpus {
  readonly places = new Map<string, PlaceFeature>();
  readonly articles = new Map<string, Article>();
  readonly zones: ZonesLayer['features'];
  readonly mentionsByPlace = new Map<string, MentionProps[]>();
  readonly mentionsByArticle = new Map<string, MentionProps[]>();
  readonly mentions = new Map<string, MentionFeature>();
  /** Articles added in this browser (removable). */
  readonly userArticleIds: ReadonlySet<string>;
  private present: { countries: string[]; kinds: Set<PlaceKind> } | undefined;
  /** Normalised names by place id (as written and without spaces), built on the first search. */
  private searchKeys: Map<string, { keys: string; spaceless: string }> | undefined;

  constructor(base: LayerSet, added: readonly LayerSet[] = []) {
    const user = new Set<string>();
    const zones = new Map(base.zones.map((z) => [z.properties.id, z]));
    for (const set of [base, ...added]) {
      for (const a of set.articles) {
        if (set !== base) user.add(a.id);
        this.articles.set(a.id, a);
      }
      for (const m of set.mentions) this.addMention(m);
      for (const p of set.places) this.addPlace(p);
      for (const z of set.zones) if (!zones.has(z.properties.id)) zones.set(z.properties.id, z);
    }
    this.zones = [...zones.values()];
    this.userArticleIds = user;
    for (const list of this.mentionsByPlace.values()) list.sort(newestFirst);
    for (const list of this.mentionsByArticle.values()) list.sort((a, b) => a.start - b.start);
  }

  private keys(): Map<string, { keys: string; spaceless: string }> {
    if (!this.searchKeys) {
      this.searchKeys = new Map();
      for (const [id, p] of this.places) {
        const keys = `${normalizeKey(p.properties.name_ar)} ${p.properties.name_en.toLowerCase()}`;
        this.searchKeys.set(id, { keys, spaceless: keys.replace(/ /g, '') });
      }
    }
    return this.searchKeys;
  }

  private addMention(m: MentionFeature): void {
    const p = m.properties;
    if (this.mentions.has(p.id)) return;
    this.mentions.set(p.id, m);
    push(this.mentionsByPlace, p.place_id, p);
    push(this.mentionsByArticle, p.article_id, p);
  }

  /** The same place reported by the corpus and by added articles is one marker (a merged copy;
   * the layer sets themselves are never modified). */
  private addPlace(f: PlaceFeature): void {
    const existing = this.places.get(f.properties.id);
    if (!existing) {
      this.places.set(f.properties.id, f);
      return;
    }
    const article_ids = [...new Set([...existing.properties.article_ids, ...f.properties.article_ids])];
    const mention_count = this.mentionsByPlace.get(f.properties.id)?.length ?? existing.properties.mention_count + f.properties.mention_count;
    this.places.set(f.properties.id, { ...existing, properties: { ...existing.properties, article_ids, mention_count } });
  }

  /** Places that pass the filters (the article filter narrows to the article's places). */
  filteredPlaces(f: Filters): PlaceFeature[] {
    const q = f.q.trim() ? this.search(f.q) : undefined;
    const inZone = f.zone ? this.placesInZone(f.zone) : undefined;
    const out: PlaceFeature[] = [];
    for (const p of this.places.values()) {
      const pr = p.properties;
      if (f.kinds.length && !f.kinds.includes(pr.kind)) continue;
      if (f.countries.length && !f.countries.includes(pr.country)) continue;
      if (f.article && !pr.article_ids.includes(f.article)) continue;
      if (inZone && !inZone.has(pr.id)) continue;
      if (q && !q.has(pr.id)) continue;
      out.push(p);
    }
    return out;
  }

  /** Places named in the excerpts that refer to a zone. */
  placesInZone(zoneId: string): Set<string> {
    const ids = new Set<string>();
    for (const m of this.mentions.values()) if (m.properties.zone_ids?.includes(zoneId)) ids.add(m.properties.place_id);
    const zone = this.zones.find((z) => z.properties.id === zoneId);
    for (const a of zone?.properties.anchors ?? []) ids.add(a);
    return ids;
  }

  /**
   * Place ids whose Arabic or English name contains the query, Arabic compared on normalised
   * keys so spelling variants match: "ابوظبي" finds "أبو ظبي".
   */
  search(query: string): Set<string> {
    const key = normalizeKey(query);
    const spaceless = key.replace(/ /g, '');
    const lower = query.trim().toLowerCase();
    const hits = new Set<string>();
    if (!key && !lower) return hits;
    for (const [id, k] of this.keys()) {
      if ((key && k.keys.includes(key)) || (spaceless && k.spaceless.includes(spaceless)) || (lower && k.keys.includes(lower))) hits.add(id);
    }
    return hits;
  }

  /** Articles whose title matches the query (same normalisation as place search). */
  searchArticles(query: string): Article[] {
    const key = normalizeKey(query).replace(/ /g, '');
    const lower = query.trim().toLowerCase();
    if (!key && !lower) return [];
    return [...this.articles.values()].filter((a) => {
      const t = normalizeKey(a.title).replace(/ /g, '');
      return (key && t.includes(key)) || (lower && a.title.toLowerCase().includes(lower));
    });
  }

  /** Countries and kinds of the places, for the filters (once per corpus: it can be large). */
  countries(): string[] {
    return (this.present ??= this.presentValues()).countries;
  }

  kinds(): ReadonlySet<PlaceKind> {
    return (this.present ??= this.presentValues()).kinds;
  }

  private presentValues(): { countries: string[]; kinds: Set<PlaceKind> } {
    const countries = new Set<string>();
    const kinds = new Set<PlaceKind>();
    for (const p of this.places.values()) {
      if (p.properties.country) countries.add(p.properties.country);
      kinds.add(p.properties.kind);
    }
    return { countries: [...countries].sort(), kinds };
  }

  sortedArticles(): Article[] {
    return [...this.articles.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Newest first when dates exist; undated last; then by article and position. */
function newestFirst(a: MentionProps, b: MentionProps): number {
  if (a.date !== b.date) return (b.date ?? '').localeCompare(a.date ?? '');
  return a.article_id.localeCompare(b.article_id) || a.start - b.start;
}

/**
 * The view that shows where most of the reporting is: the places of the country with the most
 * mentions, 10th–90th percentile box weighted by mentions, so one mention of Washington (or of
 * a far corner) does not zoom the map out to the world.
 */
export function coreBounds(places: readonly PlaceFeature[]): [[number, number], [number, number]] | undefined {
  const pointLike = places.filter((p) => p.properties.kind !== 'country');
  const byCountry = new Map<string, number>();
  for (const p of pointLike) byCountry.set(p.properties.country, (byCountry.get(p.properties.country) ?? 0) + p.properties.mention_count);
  const top = [...byCountry].sort((a, b) => b[1] - a[1])[0]?.[0];
  const inTop = pointLike.filter((p) => p.properties.country === top);
  if (!inTop.length) return undefined;
  // A camera needs no more than a few thousand points to place it (evenly spaced sample).
  const stride = Math.ceil(inTop.length / 5000);
  const pts = stride > 1 ? inTop.filter((_, i) => i % stride === 0) : inTop;
  const quantiles = (axis: 0 | 1): [number, number] => {
    const sorted = pts.map((p) => [p.geometry.coordinates[axis]!, p.properties.mention_count] as const).sort((a, b) => a[0] - b[0]);
    const total = sorted.reduce((sum, [, w]) => sum + w, 0);
    let acc = 0;
    let lo: number | undefined;
    let hi = sorted[sorted.length - 1]![0];
    for (const [v, w] of sorted) {
      acc += w;
      if (lo === undefined && acc >= total * 0.1) lo = v;
      if (acc >= total * 0.9) {
        hi = v;
        break;
      }
    }
    return [lo ?? sorted[0]![0], hi];
  };
  const [w, e] = quantiles(0);
  const [s, n] = quantiles(1);
  return [[w, s], [e, n]];
}
