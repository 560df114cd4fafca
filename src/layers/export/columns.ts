// Layer properties as flat rows for the tabular formats (CSV, KML ExtendedData): one fixed
// column list per layer so every row has the same columns, lists joined with ";", nested
// provenance spread into columns.
import type { MentionProps, PlaceProps, ZoneProps } from '../types.ts';

export const LAYER_NAMES = ['places', 'mentions', 'zones'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

export type Cell = string | number | boolean | undefined;

export const COLUMNS: Record<LayerName, readonly string[]> = {
  places: ['id', 'name_ar', 'name_en', 'kind', 'country', 'iso_numeric', 'mention_count', 'article_ids', 'source_dataset', 'source_ref', 'source_url', 'source_citation'],
  mentions: [
    'id', 'article_id', 'place_id', 'name_ar', 'name_en', 'kind', 'country', 'start', 'end', 'text', 'excerpt', 'excerpt_start',
    'excerpt_end', 'confidence', 'relation_direction', 'relation_distance_km', 'relation_text', 'date', 'zone_ids',
  ],
  zones: ['id', 'name_ar', 'name_en', 'kind', 'approximate', 'note', 'anchors', 'sources', 'mention_ids'],
};

const LIST_SEPARATOR = ';';

export function flatRow(layer: LayerName, props: PlaceProps | MentionProps | ZoneProps): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  const source = layer === 'places' ? (props as PlaceProps).source : undefined;
  for (const column of COLUMNS[layer]) {
    if (source && column.startsWith('source_')) {
      row[column] = source[column.slice('source_'.length) as keyof typeof source];
      continue;
    }
    const value = (props as unknown as Record<string, unknown>)[column];
    if (column === 'sources') row[column] = (value as ZoneProps['sources']).map(describeSource).join(LIST_SEPARATOR);
    else if (Array.isArray(value)) row[column] = value.join(LIST_SEPARATOR);
    else row[column] = value as Cell;
  }
  return row;
}

function describeSource(s: ZoneProps['sources'][number]): string {
  return [s.title, s.date && `(${s.date})`, s.url].filter(Boolean).join(' ');
}
