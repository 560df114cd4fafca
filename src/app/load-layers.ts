// Fetches the built layers from ./data/ (relative, so a static server — or the screenshot CLI
// serving another corpus — decides what is shown). In two steps: what the map draws (places,
// zones) first, then the texts behind the panels (mentions with their excerpts, articles),
// which can be tens of megabytes for a large corpus and are not needed for the first view.
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

export async function loadMapLayers(base = './data/'): Promise<Pick<LayerSet, 'places' | 'zones'>> {
  const [places, zones] = await Promise.all([getJson<PlacesLayer>(base + LAYER_FILES.places), getJson<ZonesLayer>(base + LAYER_FILES.zones)]);
  return { places: places.features, zones: zones.features };
}

export async function loadTextLayers(base = './data/'): Promise<Pick<LayerSet, 'mentions' | 'articles'>> {
  const [mentions, articles] = await Promise.all([
    getJson<MentionsLayer>(base + LAYER_FILES.mentions),
    getJson<Article[]>(base + LAYER_FILES.articles),
  ]);
  return { mentions: mentions.features, articles };
}
