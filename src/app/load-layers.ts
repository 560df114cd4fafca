// Fetches the built layers from ./data/ (relative, so a static server — or the screenshot CLI
// serving another corpus — decides what is shown).
import { LAYER_FILES, type Article, type MentionsLayer, type PlacesLayer, type ZonesLayer } from '../layers/types.ts';
import type { LayerSet } from './corpus.ts';

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} (were the layers built? npm run build:layers)`);
  try {
    return (await res.json()) as T;
  } catch (err) {
    throw new Error(`${url}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

export async function loadLayers(base = './data/'): Promise<LayerSet> {
  const [places, mentions, zones, articles] = await Promise.all([
    getJson<PlacesLayer>(base + LAYER_FILES.places),
    getJson<MentionsLayer>(base + LAYER_FILES.mentions),
    getJson<ZonesLayer>(base + LAYER_FILES.zones),
    getJson<Article[] | { articles: Article[] }>(base + LAYER_FILES.articles),
  ]);
  return {
    places: places.features,
    mentions: mentions.features,
    zones: zones.features,
    articles: Array.isArray(articles) ? articles : articles.articles,
  };
}
