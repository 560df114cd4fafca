// "Export GeoJSON": the places on the map now (the current selection and filters, or
// everything when none is set), RFC 7946, written by the same export code as the CLI.
import type { PlaceFeature } from '../layers/types.ts';
import type { Corpus } from './corpus.ts';

export async function exportGeojson(corpus: Corpus, shown: readonly PlaceFeature[], o: { article?: string }): Promise<void> {
  const { exportChunks, FORMAT_INFO } = await import('../layers/export/index.ts');
  const everything = shown.length === corpus.places.size;
  const blob = new Blob([...exportChunks('places', 'geojson', shown)], { type: FORMAT_INFO.geojson.mediaType });
  const what = o.article ? o.article : everything ? 'all' : 'selection';
  const name = `marsad-places-${what}-${new Date().toISOString().slice(0, 10)}${FORMAT_INFO.geojson.extension}`.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
