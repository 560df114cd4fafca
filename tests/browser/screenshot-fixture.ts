// A minimal stand-in for the map app, built with Vite into tests/out/: a MapLibre map with a
// simple offline style (land polygon, a hatched zone, red place circles at known coordinates)
// that exposes the same `window.marsadApp` contract as the real app and registers the
// briefing hook. Lets the briefing renderer be tested on its own, with exact expectations.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const FIXTURE_PLACES = [
  { name: 'Tripoli', lon: 13.1913, lat: 32.8872 },
  { name: 'Sirte', lon: 16.5887, lat: 31.2089 },
  { name: 'Sabha', lon: 14.4283, lat: 27.0377 },
  { name: 'Benghazi', lon: 20.0686, lat: 32.1167 },
];
export const PLACE_COLOR = [0xd7, 0x19, 0x1c] as const;
export const COUNTRY_COLOR = [0xfd, 0xb8, 0x63] as const;
export const FIXTURE_BBOX: [number, number, number, number] = [11.5, 25.5, 21.5, 34];

const MAIN = `
import { Map, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { registerBriefingHook } from '${join(ROOT, 'src/app/briefing/hook.ts')}';
setWorkerUrl(workerUrl);
const places = ${JSON.stringify(FIXTURE_PLACES)};
const lang = new URLSearchParams(location.hash.slice(1)).get('lang') === 'ar' ? 'ar' : 'en';
const box = (w, s, e, n) => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const style = {
  version: 8,
  sources: {
    country: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: box(9.5, 19.5, 25, 33.2) } },
    zone: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: box(15.6, 28.8, 17.2, 31.1) } },
    places: { type: 'geojson', data: { type: 'FeatureCollection', features: places.map((p) => ({ type: 'Feature', properties: { name: p.name }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } })) } },
  },
  layers: [
    { id: 'sea', type: 'background', paint: { 'background-color': '#cfe3f3' } },
    { id: 'country', type: 'fill', source: 'country', paint: { 'fill-color': '#fdb863', 'fill-outline-color': '#8c6d31' } },
    { id: 'zone', type: 'fill', source: 'zone', paint: { 'fill-pattern': 'hatch' } },
    { id: 'places', type: 'circle', source: 'places', paint: { 'circle-radius': 9, 'circle-color': '#d7191c', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
  ],
};
const map = new Map({ container: 'map', style, bounds: [[${FIXTURE_BBOX[0]}, ${FIXTURE_BBOX[1]}], [${FIXTURE_BBOX[2]}, ${FIXTURE_BBOX[3]}]], attributionControl: false });
// A run-time image, like the app's hatch pattern: not part of map.getStyle().
const size = 16, data = new Uint8Array(size * size * 4);
for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if ((x + y) % 8 < 2) data.set([123, 50, 148, 255], (y * size + x) * 4);
map.addImage('hatch', { width: size, height: size, data });
const whenIdle = () => new Promise((resolve) => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', () => resolve())));
map.on('idle', () => { document.documentElement.dataset.mapIdle = 'true'; });
window.marsadApp = {
  map, whenIdle, lang,
  legendItems: () => [
    { label: lang === 'ar' ? 'مكان ورد في الخبر' : 'Reported place', kind: 'circle', color: '#d7191c', stroke: '#ffffff', radius: 7 },
    { label: lang === 'ar' ? 'دولة ذكرت' : 'Country named', kind: 'fill', color: '#fdb863', stroke: '#8c6d31' },
    { label: lang === 'ar' ? 'منطقة منزوعة السلاح (تقريبية)' : 'Demilitarised zone (approximate)', kind: 'hatch', color: '#7b3294' },
  ],
  defaultTitle: () => (lang === 'ar' ? 'سرت والجفرة' : 'Sirte and al-Jufra'),
  subtitle: () => (lang === 'ar' ? 'المدونة: خمس مقالات' : 'Corpus: five articles'),
};
registerBriefingHook();
`;

const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>briefing fixture</title>
<style>html,body{margin:0;height:100%}#map{position:absolute;inset:0}</style></head>
<body><div id="map"></div><script type="module" src="./main.js"></script></body></html>`;

/** Builds the fixture app once per test run; returns its dist directory. */
export async function buildFixtureApp(): Promise<string> {
  const root = join(ROOT, 'tests/out/briefing-fixture');
  const outDir = join(root, 'dist');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), HTML);
  writeFileSync(join(root, 'main.js'), MAIN);
  await build({ root, configFile: false, logLevel: 'error', base: './', build: { outDir, emptyOutDir: true, reportCompressedSize: false } });
  return outDir;
}
