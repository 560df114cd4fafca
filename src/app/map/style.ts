// The map style: an offline basemap (static/basemap, built by scripts/build-basemap.ts) and the
// data layers. No `glyphs` and no `sprite`: labels are drawn by the browser with the bundled
// Noto Sans Arabic @font-face (maplibre v6 shapes Arabic itself), icons are added at run time.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../hash.ts';
import { CLUSTER_COLOR, CONTEXT_COLOR, COUNTRY_COLOR, HIGHLIGHT_COLOR, KIND_GROUPS, RELATION_COLOR, ZONE_COLOR } from '../palette.ts';

export const FONT = ['Noto Sans Arabic'];
export const CLUSTER_MAX_ZOOM = 5;
/** Context towns appear by rank as the map zooms in (rank 0: over a million people). */
const CONTEXT_RANK_FILTER: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], -1, 4, 0, 5, 1, 6, 2, 7.5, 3]];
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Layer ids by the toggle that shows or hides them (the legend's checkboxes). */
export const LAYER_GROUPS = {
  places: ['clusters', 'cluster-count', 'place-circles', 'place-labels', 'place-collision'],
  countries: ['countries-shaded', 'countries-shaded-outline'],
  zones: ['zones-fill', 'zones-outline', 'zones-label'],
  relations: ['relations'],
  context: ['context-dots', 'context-labels'],
} as const;
export type LayerGroup = keyof typeof LAYER_GROUPS;

/** Sources of the offline basemap (fetched by the map's worker). */
export const BASEMAP_SOURCES = ['countries', 'borders', 'country-labels', 'context'] as const;

export const INTERACTIVE_LAYERS = ['place-circles', 'clusters', 'countries-shaded', 'zones-fill'];

export function nameField(lang: Lang): ExpressionSpecification {
  return lang === 'ar' ? ['coalesce', ['get', 'name_ar'], ['get', 'name_en']] : ['coalesce', ['get', 'name_en'], ['get', 'name_ar']];
}

const kindColor: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...KIND_GROUPS.flatMap((g) => [[...g.kinds], g.color]),
  '#000000',
] as unknown as ExpressionSpecification;

/**
 * A constant written as a per-feature expression. Circle layers whose colour and radius are
 * all per-feature share one shader program; a constant would compile a variant of its own
 * (~80 ms each with the software WebGL of headless browsers).
 */
function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['has', '__never'], value, value] as ExpressionSpecification;
}

/** Circle radius in pixels from the mention count: area grows with the count. */
export const RADIUS_STOPS: [number, number][] = [
  [1, 6],
  [4, 10],
  [16, 17],
  [64, 26],
];
const radius: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'mention_count'], ...RADIUS_STOPS.flat()];
const clusterRadius: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'point_count'], 2, 13, 20, 20, 1000, 30];
/** Side in pixels of the style's transparent 'blank' image (images.ts). */
export const BLANK_SIZE = 16;

function basemapLayers(lang: Lang): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': '#d4e4ee' } },
    // Fills without antialiasing where a line layer draws the edge anyway: one shader program
    // less to compile each (noticeable with software WebGL).
    { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f5f3ee', 'fill-antialias': false } },
    { id: 'coast', type: 'line', source: 'countries', paint: { 'line-color': '#a9bfcc', 'line-width': 0.6 } },
    {
      id: 'countries-shaded',
      type: 'fill',
      source: 'countries',
      filter: ['in', ['get', 'iso_numeric'], ['literal', []]],
      paint: { 'fill-color': COUNTRY_COLOR, 'fill-opacity': 0.22, 'fill-antialias': false },
    },
    {
      id: 'countries-shaded-outline',
      type: 'line',
      source: 'countries',
      filter: ['in', ['get', 'iso_numeric'], ['literal', []]],
      paint: { 'line-color': COUNTRY_COLOR, 'line-width': 1.5 },
    },
    // Solid lines only: a dash array needs a shader program of its own (~80 ms to compile with
    // software WebGL, on the first frame's path).
    { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#a3a3a3', 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 8, 1.2] } },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'country-labels',
      // Big countries from zoom 2, smaller ones as the map zooms in.
      filter: ['>=', ['get', 'area'], ['step', ['zoom'], 1_500_000, 3, 300_000, 4, 40_000, 5, 0]],
      layout: { 'text-field': nameField(lang), 'text-font': FONT, 'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 15], 'text-max-width': 7 },
      paint: { 'text-color': '#6b6b6b', 'text-halo-color': '#f5f3ee', 'text-halo-width': 1.2 },
    },
    {
      id: 'context-dots',
      type: 'circle',
      source: 'context',
      filter: CONTEXT_RANK_FILTER,
      paint: { 'circle-radius': perFeature(2.5), 'circle-color': perFeature(CONTEXT_COLOR) },
    },
    {
      id: 'context-labels',
      type: 'symbol',
      source: 'context',
      filter: CONTEXT_RANK_FILTER,
      layout: {
        'text-field': nameField(lang),
        'text-font': FONT,
        'text-size': 11,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': '#7a7a7a', 'text-halo-color': '#f5f3ee', 'text-halo-width': 1 },
    },
  ];
}

function dataLayers(lang: Lang): LayerSpecification[] {
  return [
    { id: 'zones-fill', type: 'fill', source: 'zones', paint: { 'fill-pattern': 'hatch', 'fill-opacity': 0.75, 'fill-antialias': false } },
    { id: 'zones-outline', type: 'line', source: 'zones', paint: { 'line-color': ZONE_COLOR, 'line-width': 1.5, 'line-opacity': 0.8 } },
    {
      id: 'zones-label',
      type: 'symbol',
      // One point per zone: a polygon labelled directly gets one label per tile it spans.
      source: 'zone-labels',
      layout: { 'text-field': nameField(lang), 'text-font': FONT, 'text-size': 12, 'text-max-width': 9, 'symbol-placement': 'point' },
      paint: { 'text-color': '#222', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
    },
    {
      id: 'clusters',
      type: 'circle',
      source: 'places',
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': perFeature(CLUSTER_COLOR),
        'circle-opacity': 0.85,
        'circle-radius': clusterRadius,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'cluster-count',
      type: 'symbol',
      source: 'places',
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': FONT, 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'highlight',
      type: 'circle',
      source: 'highlight',
      paint: { 'circle-radius': ['+', radius, 5], 'circle-color': perFeature('rgba(0,0,0,0)'), 'circle-stroke-color': HIGHLIGHT_COLOR, 'circle-stroke-width': 5 },
    },
    {
      id: 'place-circles',
      type: 'circle',
      source: 'places',
      filter: ['!', ['has', 'point_count']],
      paint: { 'circle-color': kindColor, 'circle-radius': radius, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5, 'circle-opacity': 0.92 },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      filter: ['!', ['has', 'point_count']],
      layout: {
        'text-field': nameField(lang),
        'text-font': FONT,
        'text-size': 13,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': ['+', 0.6, ['/', radius, 13]],
        'symbol-sort-key': ['-', ['get', 'mention_count']],
      },
      paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
    {
      id: 'relations',
      type: 'symbol',
      source: 'relations',
      // Only where places are no longer clustered, so every arrow stands on its own circle.
      // Above the labels, so they are placed after the arrows and keep off them.
      minzoom: CLUSTER_MAX_ZOOM + 1,
      layout: {
        'icon-image': 'direction-arrow',
        'icon-rotate': ['get', 'bearing'],
        'icon-anchor': 'bottom',
        // Start the arrow just outside the place's circle (offsets rotate with the icon).
        'icon-offset': ['step', ['get', 'mention_count'], ['literal', [0, -7]], 4, ['literal', [0, -11]], 16, ['literal', [0, -18]], 64, ['literal', [0, -27]]],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
      },
      paint: { 'icon-color': RELATION_COLOR },
    },
    {
      // Circles take no part in label placement: an invisible square over each circle and
      // cluster does, so labels (placed after it: it is on top) keep off every marker.
      id: 'place-collision',
      type: 'symbol',
      source: 'places',
      layout: {
        'icon-image': 'blank',
        'icon-size': ['/', ['+', ['*', 2, ['case', ['has', 'point_count'], clusterRadius, radius]], 2], BLANK_SIZE],
        'icon-allow-overlap': true,
      },
      paint: { 'icon-opacity': 0 },
    },
  ];
}

/** `baseUrl`: the page's base; source URLs must be absolute because maplibre's worker fetches them. */
export function buildStyle(lang: Lang, baseUrl: string): StyleSpecification {
  const url = (path: string) => new URL(path, baseUrl).href;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: url('./basemap/countries.geojson') },
      borders: { type: 'geojson', data: url('./basemap/borders.geojson') },
      'country-labels': { type: 'geojson', data: url('./basemap/country-labels.geojson') },
      context: { type: 'geojson', data: url('./basemap/context-places.geojson') },
      zones: { type: 'geojson', data: EMPTY },
      'zone-labels': { type: 'geojson', data: EMPTY },
      relations: { type: 'geojson', data: EMPTY },
      highlight: { type: 'geojson', data: EMPTY },
      places: {
        type: 'geojson',
        data: EMPTY,
        cluster: true,
        // Wide enough that cluster circles (up to 30 px in radius) do not overlap into a carpet.
        clusterRadius: 60,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        // No clusterProperties: clusters are sized by their point count, and summing a property
        // makes the worker build an object per point (100,000 of them for a large corpus).
      },
    },
    layers: [...basemapLayers(lang), ...dataLayers(lang)],
  };
}
