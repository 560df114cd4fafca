// "Export data": places, mentions or zones — what the map shows now (the current selection and
// filters) or everything — as GeoJSON (RFC 7946), CSV or KML, written by the same export code
// as the CLI (src/layers/export). Choosing the features and naming the file are pure; only
// `downloadExport` touches the page. Loaded with the export dialog, not with the first view.
import type { Feature, Geometry } from 'geojson';
import type { MentionProps, PlaceFeature, PlaceProps, ZoneProps, ZonesLayer } from '../layers/types.ts';
import { exportChunks, FORMAT_INFO, type ExportFormat, type LayerName } from '../layers/export/index.ts';
import type { Corpus } from './corpus.ts';
import { downloadBlob } from './download.ts';
import { isoDate } from './briefing/file-name.ts';

export type ExportScope = 'selection' | 'all';
export type ExportFeature = Feature<Geometry, PlaceProps | MentionProps | ZoneProps>;

/** What the map shows now: its places and zones, and the article it is narrowed to. */
export interface Selection {
  places: readonly PlaceFeature[];
  zones: ZonesLayer['features'];
  article?: string;
}

/**
 * The features of one layer. A selection's mentions are those of its places (of its article,
 * when the map is narrowed to one).
 */
export function exportFeatures(corpus: Corpus, selection: Selection, layer: LayerName, scope: ExportScope): ExportFeature[] {
  const all = scope === 'all';
  if (layer === 'places') return [...(all ? corpus.places.values() : selection.places)];
  if (layer === 'zones') return [...(all ? corpus.zones : selection.zones)];
  if (all) return [...corpus.mentions.values()];
  const out: ExportFeature[] = [];
  for (const p of selection.places) {
    for (const m of corpus.mentionsByPlace.get(p.properties.id) ?? []) {
      if (selection.article && m.article_id !== selection.article) continue;
      const f = corpus.mentions.get(m.id);
      if (f) out.push(f);
    }
  }
  return out;
}

/**
 * "marsad-mentions-selection-article-12-2026-11-22.geojson": the layer, the scope (and what
 * the selection is narrowed to), the local date (as on the briefing image). Only letters, digits, '.', '_' and '-'.
 */
export function exportFileName(layer: LayerName, scope: ExportScope, format: ExportFormat, o: { article?: string; zone?: string; date: Date }): string {
  const what = scope === 'all' ? ['all'] : ['selection', o.article && `article-${o.article}`, o.zone && `zone-${o.zone}`];
  const stem = ['marsad', layer, ...what.filter(Boolean), isoDate(o.date)].join('-');
  return `${stem.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/-+/g, '-')}${FORMAT_INFO[format].extension}`;
}

/** Encodes the features and hands them to the browser as a download named `name`. */
export function downloadExport(layer: LayerName, format: ExportFormat, features: readonly ExportFeature[], name: string): void {
  downloadBlob(new Blob([...exportChunks(layer, format, features)], { type: FORMAT_INFO[format].mediaType }), name);
}
