// Generates the offline basemap under static/basemap/ from packaged data, so the app never
// fetches tiles: country polygons (the land) and borders from world-atlas (Natural Earth
// 1:50m, public domain), country label points with Arabic names from world-countries, and a
// small context layer of towns from the compiled gazetteer (static/gazetteer.json).
//   npx tsx scripts/build-basemap.ts
import { readFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { CompiledGazetteer, PlaceRecord } from '../src/gazetteer/types.ts';
import { writeFileAtomic } from '../src/layers/write.node.ts';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}static/basemap`;
const gazetteerPath = `${root}static/gazetteer.json`;

/**
 * Coordinates to 2 decimals (~1 km, the resolution of 1:50m data), dropping the points that
 * rounding makes repeat: a third of the bytes, and less for the map's worker to tile on load.
 */
function roundLine(line: Position[], closed: boolean): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q: Position = [Math.round(p[0]! * 100) / 100, Math.round(p[1]! * 100) / 100];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (closed && out.length > 1) {
    const [a, b] = [out[0]!, out[out.length - 1]!];
    if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0]!, a[1]!]);
  }
  return out;
}

function round(geometry: Geometry): Geometry {
  const ring = (r: Position[]) => roundLine(r, true);
  const poly = (rings: Position[][]) => rings.map(ring).filter((r) => r.length >= 4);
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: poly(geometry.coordinates) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(poly).filter((p) => p.length > 0) };
    case 'LineString':
      return { type: 'LineString', coordinates: roundLine(geometry.coordinates, false) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => roundLine(l, false)).filter((l) => l.length >= 2) };
    default:
      return geometry;
  }
}

/**
 * world-atlas rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180, which a
 * planar renderer draws as a band across the whole world. Make each ring continuous (lon may
 * pass 180; maplibre wraps it). Rings around the pole (Antarctica) are left alone.
 */
function unwrapRing(ring: Position[]): Position[] {
  if (ring.some((p) => p[1] < -85)) return ring;
  const out: Position[] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    if (i > 0) {
      const d = p[0] + shift - out[i - 1]![0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    out.push([p[0] + shift, p[1]]);
  }
  // Keep the ring's west end on the map: a ring wholly west of -180 moves a world east.
  if (Math.max(...out.map((p) => p[0])) < -180) return out.map((p) => [p[0] + 360, p[1]]);
  return out;
}

function unwrap(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(unwrapRing)) };
  return geometry;
}

/** Douglas–Peucker on one line: the points that stay within `tolerance` of the original. */
function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a] as [number, number];
    const [bx, by] = points[b] as [number, number];
    const len = Math.hypot(bx - ax, by - ay);
    let worst = -1;
    let worstAt = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i] as [number, number];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > worst) {
        worst = d;
        worstAt = i;
      }
    }
    if (worst > tolerance) {
      keep[worstAt] = 1;
      stack.push([a, worstAt], [worstAt, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplify the topology's arcs in place. Arcs are shared by neighbouring countries, so
 * simplifying them (rather than each country's rings) leaves no gaps along borders.
 */
function simplifyTopology(topo: Topology, toleranceDeg: number): void {
  const [sx, sy] = topo.transform?.scale ?? [1, 1];
  const tolerance = toleranceDeg / Math.max(sx, sy);
  topo.arcs = topo.arcs.map((arc) => {
    // Quantized arcs are delta-encoded: decode, simplify, encode again.
    let x = 0;
    let y = 0;
    const abs = arc.map(([dx, dy]) => [(x += dx!), (y += dy!)] as Position);
    const kept = simplifyLine(abs, tolerance);
    let px = 0;
    let py = 0;
    return kept.map(([ax, ay]) => {
      const d: Position = [ax! - px, ay! - py];
      px = ax!;
      py = ay!;
      return d;
    });
  });
}

interface WorldCountry {
  cca2: string;
  ccn3: string;
  latlng: [number, number];
  area: number;
  name: { common: string };
  translations: Record<string, { common: string }>;
}

function countryLayers() {
  const topo = structuredClone(require('world-atlas/countries-50m.json')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  simplifyTopology(topo, SIMPLIFY_DEGREES);
  const world = require('world-countries') as WorldCountry[];
  const byNumeric = new Map(world.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));

  const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
  const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;

  const countryFeatures: Feature[] = [];
  const labels: Feature[] = [];
  for (const f of countries.features) {
    const iso = String(f.id ?? '');
    const info = byNumeric.get(iso);
    const props = {
      iso_numeric: iso,
      iso_a2: info?.cca2 ?? '',
      name_en: info?.name.common ?? f.properties.name,
      name_ar: info?.translations.ara?.common ?? f.properties.name,
    };
    countryFeatures.push({ type: 'Feature', properties: props, geometry: round(unwrap(f.geometry)) });
    // Bigger countries are labelled from lower zooms (see src/app/map/style.ts).
    if (info) labels.push({ type: 'Feature', properties: { ...props, area: info.area }, geometry: { type: 'Point', coordinates: [info.latlng[1], info.latlng[0]] } });
  }
  return {
    borders: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: round(borders) }] },
    countries: { type: 'FeatureCollection', features: countryFeatures },
    labels: { type: 'FeatureCollection', features: labels },
  };
}

/** ~2 km: invisible below zoom 7; 1:50m data runs out of detail soon after anyway. */
const SIMPLIFY_DEGREES = 0.02;

const CONTEXT_KINDS = new Set(['city', 'town']);

/**
 * Grey context towns: every city/town of the gazetteer's countries of interest would be too many
 * for the first view, so keep the populous ones worldwide and every Libyan town. `rank` (0 most
 * important) drives the zoom at which a town appears.
 */
function contextPlaces(): FeatureCollection {
  if (!existsSync(gazetteerPath)) {
    throw new Error(`${gazetteerPath}: compiled gazetteer not found (run "npm run build:gazetteer")`);
  }
  const gazetteer = JSON.parse(readFileSync(gazetteerPath, 'utf8')) as CompiledGazetteer;
  const keep = (p: PlaceRecord) =>
    CONTEXT_KINDS.has(p.kind) && ((p.population ?? 0) >= 200_000 || p.country === 'LY');
  const rank = (p: PlaceRecord) => {
    const pop = p.population ?? 0;
    return pop >= 1_000_000 ? 0 : pop >= 200_000 ? 1 : pop >= 50_000 ? 2 : p.kind === 'city' ? 2 : 3;
  };
  const features: Feature[] = gazetteer.places.filter(keep).map((p) => ({
    type: 'Feature',
    properties: { id: p.id, name_ar: p.name_ar, name_en: p.name_en, rank: rank(p) },
    geometry: { type: 'Point', coordinates: [Math.round(p.lon * 1e4) / 1e4, Math.round(p.lat * 1e4) / 1e4] },
  }));
  features.sort((a, b) => (a.properties!.rank as number) - (b.properties!.rank as number));
  return { type: 'FeatureCollection', features };
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const layers = countryLayers();
  const files: Record<string, unknown> = {
    'borders.geojson': layers.borders,
    'countries.geojson': layers.countries,
    'country-labels.geojson': layers.labels,
    'context-places.geojson': contextPlaces(),
  };
  for (const [name, data] of Object.entries(files)) {
    const size = writeFileAtomic(`${outDir}/${name}`, [JSON.stringify(data)]);
    process.stdout.write(`static/basemap/${name}  ${(size / 1024).toFixed(0)} KB\n`);
  }
}

try {
  main();
} catch (err) {
  process.stderr.write(`build-basemap: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
