// KML 2.2 for Google Earth and GIS tools: one Placemark per feature, every property in
// ExtendedData, zones as polygons. All text is XML-escaped, and characters XML 1.0 forbids
// (control characters, lone surrogates) are dropped so a stray byte in an article cannot
// make the file unreadable.
import type { Feature, Geometry, Position } from 'geojson';
import type { MentionProps, PlaceProps, ZoneProps } from '../types.ts';
import { COLUMNS, flatRow, type Cell, type LayerName } from './columns.ts';

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(value: Cell): string {
  if (value === undefined) return '';
  return String(value)
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * GDAL's LIBKML driver maps KML's TimeSpan to fields "begin"/"end", so an ExtendedData field
 * named "end" would be lost on import: the mention offsets are named start_offset/end_offset.
 */
const KML_FIELD_NAMES: Record<string, string> = { start: 'start_offset', end: 'end_offset' };

function kmlFieldName(column: string): string {
  return KML_FIELD_NAMES[column] ?? column;
}

export function* kmlChunks(layer: LayerName, features: Iterable<Feature<Geometry, PlaceProps | MentionProps | ZoneProps>>): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>\n<name>Marsad ${layer}</name>\n`;
  for (const f of features) {
    const row = flatRow(layer, f.properties);
    const description = layer === 'mentions' ? row.excerpt : layer === 'zones' ? row.note : undefined;
    const data = COLUMNS[layer]
      .filter((c) => row[c] !== undefined)
      .map((c) => `<Data name="${kmlFieldName(c)}"><value>${xmlEscape(row[c])}</value></Data>`)
      .join('');
    yield `<Placemark><name>${xmlEscape(f.properties.name_ar)}</name>` +
      (description !== undefined ? `<description>${xmlEscape(description)}</description>` : '') +
      `<ExtendedData>${data}</ExtendedData>${kmlGeometry(f.geometry)}</Placemark>\n`;
  }
  yield '</Document>\n</kml>\n';
}

function coords(positions: Position[]): string {
  return `<coordinates>${positions.map(([x, y]) => `${x},${y}`).join(' ')}</coordinates>`;
}

function polygon(rings: Position[][]): string {
  const [outer, ...holes] = rings;
  return `<Polygon><outerBoundaryIs><LinearRing>${coords(outer!)}</LinearRing></outerBoundaryIs>` +
    holes.map((h) => `<innerBoundaryIs><LinearRing>${coords(h)}</LinearRing></innerBoundaryIs>`).join('') +
    '</Polygon>';
}

function kmlGeometry(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point':
      return `<Point>${coords([geometry.coordinates])}</Point>`;
    case 'Polygon':
      return polygon(geometry.coordinates);
    case 'MultiPolygon':
      return `<MultiGeometry>${geometry.coordinates.map(polygon).join('')}</MultiGeometry>`;
    default:
      throw new Error(`no KML for ${geometry.type}`);
  }
}
