// A thin imperative wrapper around the maplibre map: the Svelte app hands it what to show
// (filtered places, shaded countries, zones, relations, highlight) and listens to clicks and
// moves. It also keeps the idle flag the screenshot tools wait for:
// document.documentElement.dataset.mapIdle is 'true' only once the current state is drawn.
import { AttributionControl, LngLatBounds, Map as MaplibreMap, NavigationControl, prewarm, ScaleControl, setWorkerCount, type IControl, type SourceSpecification, setWorkerUrl, type FilterSpecification, type GeoJSONSource, type LngLatBoundsLike, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceFeature, ZonesLayer } from '../../layers/types.ts';
import type { Direction } from '../../geoparse/types.ts';
import type { Lang, View } from '../hash.ts';
import { BASEMAP_SOURCES, buildStyle, INTERACTIVE_LAYERS, LAYER_GROUPS, nameField, type LayerGroup } from './style.ts';
import { addStyleImages } from './images.ts';

setWorkerUrl(workerUrl);
// One worker (a second only competes for the same cores with the main thread), started now,
// while the app fetches its layers and fonts, so its start-up is off the first view's path.
setWorkerCount(1);
prewarm();

const BEARINGS: Record<Direction, number> = { N: 0, NE: 45, E: 90, SE: 135, S: 180, SW: 225, W: 270, NW: 315 };

export interface RelationMark {
  place: PlaceFeature;
  direction: Direction;
}

export interface MapData {
  places: readonly PlaceFeature[];
  zones: ZonesLayer['features'];
  relations: readonly RelationMark[];
  highlight: readonly PlaceFeature[];
}

export type InitialCamera = { view: View } | { bounds: [number, number, number, number]; maxZoom?: number };

export interface MapEvents {
  onPlace(id: string): void;
  onZone(id: string): void;
  onCountry(isoNumeric: string): void;
  onMoveEnd(view: View): void;
}

export const ATTRIBUTION = '© OpenStreetMap contributors · GeoNames (CC BY 4.0) · Natural Earth';

export class MapController {
  readonly map: MaplibreMap;
  private readonly ready: Promise<void>;
  private readonly firstIdle: Promise<void>;
  private readonly styleLoaded: Promise<void>;
  /** The inputs each source was last given (identity), so unchanged ones are not re-sent. */
  private readonly shown = new Map<keyof MapData, unknown>();
  private readonly filtered: { places?: readonly PlaceFeature[] } = {};
  private pendingLoads = 0;
  private lang: Lang;
  private shownOnce = false;
  private styleReady = false;
  private resolveShown: () => void = () => {};
  private controls: IControl[] = [];

  /**
   * Creates the map at once (the WebGL context, the basemap sources' loading in the map's
   * worker) while the app still fetches its layers and fonts; `show` then adds the data and
   * the layers at the camera the data decides.
   */
  constructor(container: HTMLElement, lang: Lang, events: MapEvents) {
    this.lang = lang;
    setIdle(false);
    const style = buildStyle(lang, document.baseURI);
    // Not the places file by URL: maplibre's worker would send all of it back to this thread.
    this.map = new MaplibreMap({
      container,
      // The basemap sources (their data starts loading now) and no layers: a frame drawn now
      // would compile its shader programs on this thread while the data is fetched and parsed;
      // drawn after `show`, they compile while the map's worker tiles the data. `show` adds
      // every layer.
      style: { ...style, sources: pick(style.sources, BASEMAP_SOURCES), layers: [] },
      // The style is generated and tested; validating it (a 100,000-id filter) costs time.
      validateStyle: false,
      attributionControl: false,
      maxZoom: 14,
      renderWorldCopies: false,
      // Labels appear at once: a fade keeps redrawing every frame for 300 ms, costly with
      // software WebGL and of no use to a reader.
      fadeDuration: 0,
    });
    skipHiddenSky(this.map);
    this.placeControls();
    // The style's images must exist before the first tiles are laid out: a tile built without
    // its fill pattern keeps drawing without it.
    this.styleLoaded = new Promise<void>((resolve) =>
      this.map.once('style.load', () => {
        addStyleImages(this.map);
        this.styleReady = true;
        resolve();
      }),
    );
    this.map.on('styleimagemissing', () => addStyleImages(this.map));
    this.map.on('movestart', () => setIdle(false));
    this.map.on('idle', () => setIdle(this.shownOnce && this.pendingLoads === 0));
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      events.onMoveEnd({ zoom: this.map.getZoom(), lat: c.lat, lon: c.lng });
    });
    this.map.on('click', (e) => {
      const hits = this.map.queryRenderedFeatures(e.point, { layers: INTERACTIVE_LAYERS.filter((l) => this.map.getLayer(l)) });
      const top = hits[0];
      if (top) this.handleClick(top, events);
    });
    for (const layer of INTERACTIVE_LAYERS) {
      this.map.on('mouseenter', layer, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', layer, () => (this.map.getCanvas().style.cursor = ''));
    }
    const loaded = new Promise<void>((resolve) => this.map.once('load', () => resolve()));
    this.ready = new Promise<void>((resolve) => (this.resolveShown = resolve))
      .then(() => Promise.all([this.styleLoaded, loaded]))
      .then(() => void performance.mark('marsad:map-load'));
    // The map's first complete frame with the data layers (for the benchmark: User Timing, no
    // effect on the app). An idle of the bare basemap before `show` does not count.
    this.firstIdle = new Promise((resolve) => {
      const onIdle = () => {
        if (!this.shownOnce) return;
        this.map.off('idle', onIdle);
        performance.mark('marsad:first-idle');
        resolve();
      };
      this.map.on('idle', onIdle);
    });
  }

  /**
   * Opens the map on `camera` (decided by the data) with every layer, drawing `data`. Hands
   * the data to the map's worker before returning (when the style is loaded, as it is by the
   * time the data has been fetched), so the worker tiles it while this thread goes on.
   */
  async show(camera: InitialCamera, data: MapData): Promise<void> {
    if (!this.styleReady) await this.styleLoaded;
    if ('view' in camera) this.map.jumpTo({ center: [camera.view.lon, camera.view.lat], zoom: camera.view.zoom });
    else this.map.fitBounds(camera.bounds as LngLatBoundsLike, { padding: 60, maxZoom: camera.maxZoom ?? 8, duration: 0 });
    const style = buildStyle(this.lang, document.baseURI);
    const fresh = this.collections(data);
    for (const [id, source] of Object.entries(style.sources)) {
      const fc = fresh[id];
      if (!this.map.getSource(id)) this.map.addSource(id, fc ? ({ ...source, data: fc } as SourceSpecification) : source);
    }
    for (const [layer, filter] of this.filters(data)) (style.layers.find((l) => l.id === layer) as { filter?: FilterSpecification }).filter = filter;
    for (const layer of style.layers) if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
    this.shownOnce = true;
    this.resolveShown();
  }

  /** Zoom and compass on the reading side's far end, scale and attribution at the bottom. */
  private placeControls(): void {
    for (const c of this.controls) this.map.removeControl(c);
    const ar = this.lang === 'ar';
    this.controls = [new NavigationControl({ showCompass: true, visualizePitch: false }), new ScaleControl({ unit: 'metric' }), new AttributionControl({ compact: false, customAttribution: ATTRIBUTION })];
    this.map.addControl(this.controls[0]!, ar ? 'top-left' : 'top-right');
    this.map.addControl(this.controls[1]!, ar ? 'bottom-right' : 'bottom-left');
    this.map.addControl(this.controls[2]!, ar ? 'bottom-left' : 'bottom-right');
  }

  private handleClick(f: MapGeoJSONFeature, events: MapEvents): void {
    const p = f.properties;
    if (f.layer.id === 'clusters') {
      const source = this.map.getSource('places') as GeoJSONSource;
      const center = (f.geometry as Point).coordinates as [number, number];
      void source.getClusterExpansionZoom(p.cluster_id as number).then((zoom) => this.map.easeTo({ center, zoom }));
    } else if (f.layer.id === 'place-circles') events.onPlace(String(p.id));
    else if (f.layer.id === 'countries-shaded') events.onCountry(String(p.iso_numeric));
    else if (f.layer.id === 'zones-fill') events.onZone(String(p.id));
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** The first complete frame has been drawn. */
  whenFirstDrawn(): Promise<void> {
    return this.firstIdle;
  }

  /**
   * Keeps the idle flag down until `load` settles: data still on its way is part of "the
   * current state" the screenshot tools wait for.
   */
  track<T>(load: Promise<T>): Promise<T> {
    this.pendingLoads++;
    setIdle(false);
    const settle = () => {
      this.pendingLoads--;
      this.map.triggerRepaint(); // an 'idle' event follows the repaint
    };
    load.then(settle, settle);
    return load;
  }

  /** Resolves once the map has drawn everything it was last given. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (document.documentElement.dataset.mapIdle === 'true') resolve();
        else this.map.once('idle', check);
      };
      if (this.map.loaded() && !this.map.isMoving()) check();
      else this.map.once('idle', check);
    });
  }

  private setData(source: string, data: FeatureCollection): void {
    setIdle(false);
    (this.map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
  }

  /** The GeoJSON each data source shows for this input; only what changed since last time. */
  private collections(data: Partial<MapData>): Record<string, FeatureCollection> {
    const out: Record<string, FeatureCollection> = {};
    for (const key of Object.keys(data) as (keyof MapData)[]) {
      if (sameData(this.shown.get(key), data[key])) continue;
      this.shown.set(key, data[key]);
      if (key === 'places') out.places = markers(data.places!);
      if (key === 'highlight') out.highlight = markers(data.highlight!);
      if (key === 'zones') {
        out.zones = { type: 'FeatureCollection', features: data.zones! as Feature[] };
        out['zone-labels'] = { type: 'FeatureCollection', features: data.zones!.map(labelPoint) };
      }
      if (key === 'relations') {
        out.relations = {
          type: 'FeatureCollection',
          features: data.relations!.map((m) => ({
            type: 'Feature',
            geometry: m.place.geometry,
            properties: { bearing: BEARINGS[m.direction], mention_count: m.place.properties.mention_count, place_id: m.place.properties.id },
          })),
        };
      }
    }
    return out;
  }

  /**
   * Layer filters that follow the data: the shaded countries. (A reported town's grey context
   * dot lies under its marker, and its label is kept off by the marker's collision square.)
   */
  private filters(data: Partial<MapData>): [string, FilterSpecification][] {
    const out: [string, FilterSpecification][] = [];
    if (data.places && !sameData(this.filtered.places, data.places)) {
      this.filtered.places = data.places;
      const iso = data.places.filter((p) => p.properties.kind === 'country' && p.properties.iso_numeric).map((p) => p.properties.iso_numeric!);
      for (const id of LAYER_GROUPS.countries) out.push([id, ['in', ['get', 'iso_numeric'], ['literal', iso]]]);
    }
    return out;
  }

  /** Hands what changed to the map. */
  update(data: Partial<MapData>): void {
    for (const [source, fc] of Object.entries(this.collections(data))) this.setData(source, fc);
    for (const [layer, filter] of this.filters(data)) {
      setIdle(false);
      this.map.setFilter(layer, filter);
    }
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.placeControls();
    if (!this.shownOnce) return;
    setIdle(false);
    for (const id of ['country-labels', 'context-labels', 'zones-label', 'place-labels']) this.map.setLayoutProperty(id, 'text-field', nameField(lang));
  }

  setGroupVisible(group: LayerGroup, visible: boolean): void {
    setIdle(false);
    for (const id of LAYER_GROUPS[group]) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    if (group === 'places') this.map.setLayoutProperty('highlight', 'visibility', visible ? 'visible' : 'none');
  }

  flyTo(lon: number, lat: number, zoom: number): void {
    this.map.flyTo({ center: [lon, lat], zoom, essential: true });
  }

  fitTo(coords: readonly [number, number][], maxZoom = 8, duration = 600): void {
    if (!coords.length) return;
    const bounds = new LngLatBounds(coords[0], coords[0]);
    for (const c of coords) bounds.extend(c);
    this.map.fitBounds(bounds, { padding: 60, maxZoom, duration });
  }

  fitBbox(bbox: [number, number, number, number]): void {
    this.map.fitBounds(bbox, { padding: 30, duration: 0 });
  }

  jumpTo(view: View): void {
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }
}

/** Where a zone's name goes: the mean of its outer ring (zones are hulls: the mean is inside). */
function labelPoint(zone: ZonesLayer['features'][number]): Feature {
  const ring = zone.geometry.type === 'Polygon' ? zone.geometry.coordinates[0]! : zone.geometry.coordinates[0]![0]!;
  const n = ring.length - 1 || 1;
  let lon = 0;
  let lat = 0;
  for (const p of ring.slice(0, n)) {
    lon += p[0]! / n;
    lat += p[1]! / n;
  }
  const { id, name_ar, name_en } = zone.properties;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, name_ar, name_en } };
}

/**
 * Point markers for places (countries are shaded instead), with only the properties the style
 * reads: every feature is copied to the map's worker, and for 100,000 places the article lists
 * and provenance records would be most of that cost.
 */
function markers(places: readonly PlaceFeature[]): FeatureCollection {
  const features: Feature[] = [];
  for (const p of places) {
    const { id, kind, mention_count, name_ar, name_en } = p.properties;
    if (kind !== 'country') features.push({ type: 'Feature', geometry: p.geometry, properties: { id, kind, mention_count, name_ar, name_en } });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Inputs are rebuilt when the corpus is (texts arriving, an article added): the same places
 * (ids, counts) in the same order need not be tiled again — for 100,000 points that matters.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  const key = (x: unknown) => {
    const f = x as { properties?: { id?: string; mention_count?: number }; place?: PlaceFeature; direction?: string };
    if (f.place) return `${f.place.properties.id}|${f.direction}|${f.place.properties.mention_count}`;
    return `${f.properties?.id}|${f.properties?.mention_count}`;
  };
  for (let i = 0; i < a.length; i++) if (key(a[i]) !== key(b[i])) return false;
  return true;
}

function pick<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(keys.map((k) => [k, record[k]!]));
}

/**
 * maplibre draws a full-screen sky pass every frame, a shader program of its own to compile
 * on the first frame (costly with software WebGL). On this flat map the horizon only comes
 * into view when the camera is pitched past the top of its field of view, which the default
 * pitch limit never allows: until then the sky lies off the screen and is not drawn.
 */
function skipHiddenSky(map: MaplibreMap): void {
  const painter = map.painter;
  const drawSky = painter?.drawFunctions?.sky;
  if (typeof drawSky !== 'function') return; // a maplibre without this internal: draw as usual
  painter.drawFunctions = {
    ...painter.drawFunctions,
    sky: (mesh, ctx) => {
      const t = ctx.transform;
      if (t.pitch + t.fov / 2 >= 89 || map.getProjection()?.type === 'globe') drawSky(mesh, ctx);
    },
  };
}

function setIdle(idle: boolean): void {
  document.documentElement.dataset.mapIdle = String(idle);
}
