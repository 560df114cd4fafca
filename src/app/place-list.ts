// The order of the keyboard-reachable place list: most mentioned first, then by English name
// and id (code-unit order: cheap for 100,000 places, and the same in either interface language).
import type { PlaceFeature } from '../layers/types.ts';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The `limit` most mentioned places, in list order. */
export function placesByMentions(places: readonly PlaceFeature[], limit: number): PlaceFeature[] {
  return [...places]
    .sort((a, b) => b.properties.mention_count - a.properties.mention_count || cmp(a.properties.name_en, b.properties.name_en) || cmp(a.properties.id, b.properties.id))
    .slice(0, limit);
}
