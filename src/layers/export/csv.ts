// CSV for spreadsheets and GIS: UTF-8 with a BOM (so spreadsheet tools detect Arabic), RFC 4180
// quoting and CRLF rows, lon/lat columns first. Zones add a WKT polygon column, which GDAL's
// CSV driver reads as the geometry, and lon/lat of the polygon's bounding-box centre.
import type { Feature, Geometry, Position } from 'geojson';
import { bboxOf, round6 } from '../geometry.ts';
import type { MentionProps, PlaceProps, ZoneProps } from '../types.ts';
import { COLUMNS, flatRow, type Cell, type LayerName } from './columns.ts';

const BOM = '\uFEFF';

export function csvField(value: Cell): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function* csvChunks(layer: LayerName, features: Iterable<Feature<Geometry, PlaceProps | MentionProps | ZoneProps>>): Generator<string> {
  const columns = COLUMNS[layer];
  const header = ['lon', 'lat', ...columns, ...(layer === 'zones' ? ['WKT'] : [])];
  yield BOM + header.join(',') + '\r\n';
  for (const f of features) {
    const [lon, lat] = anchorPoint(f.geometry);
    const row = flatRow(layer, f.properties);
    const cells: Cell[] = [lon, lat, ...columns.map((c) => row[c])];
    if (layer === 'zones') cells.push(wkt(f.geometry));
    yield cells.map(csvField).join(',') + '\r\n';
  }
}

/** The point a row is placed at: the point itself, or the centre of a polygon's bounding box. */
function anchorPoint(geometry: Geometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  const [w, s, e, n] = bboxOf(geometry);
  return [round6((w + e) / 2), round6((s + n) / 2)];
}

function ring(r: Position[]): string {
  return `(${r.map(([x, y]) => `${x} ${y}`).join(', ')})`;
}

function wkt(geometry: Geometry): string {
  if (geometry.type === 'Polygon') return `POLYGON (${geometry.coordinates.map(ring).join(', ')})`;
  if (geometry.type === 'MultiPolygon') return `MULTIPOLYGON (${geometry.coordinates.map((p) => `(${p.map(ring).join(', ')})`).join(', ')})`;
  if (geometry.type === 'Point') return `POINT (${geometry.coordinates[0]} ${geometry.coordinates[1]})`;
  throw new Error(`no WKT for ${geometry.type}`);
}
