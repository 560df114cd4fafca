// A thin imperative wrapper around the maplibre map: the Svelte app hands it what to show
// (filtered places, shaded countries, zones, relations, highlight) and listens to clicks and
// moves. It also keeps the idle flag the screenshot tools wait for:
// document.documentElement.dataset.mapIdle is 'true' only once the current state is drawn.
import { AttributionControl, LngLatBounds, Map as MaplibreMap, NavigationControl, ScaleControl, setWorkerUrl, type ExpressionSpecification, type GeoJSONSource, type LngLatBoundsLike, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceFeature, ZonesLayer } from '../../layers/types.ts';
import type { Direction } from '../../geoparse/types.ts';
import type { Lang, View } from '../hash.ts';
import { buildStyle, CONTEXT_RANK_FILTER, INTERACTIVE_LAYERS, LAYER_GROUPS, nameField, type LayerGroup } from './style.ts';
import { addStyleImages } from './images.ts';

setWorkerUrl(workerUrl);

const BEARINGS: Record<Direction, number> = { N: 0, NE: 45, E: 90, SE: 135, S: 180, SW: 225, W: 270, NW: 315 };

export interface RelationMark {
  place: PlaceFeature;
  direction: Direction;
}

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
  private lang: Lang;

  constructor(container: HTMLElement, lang: Lang, events: MapEvents, initial: { view?: View; bbox?: [number, number, number, number] }) {
    this.lang = lang;
    setIdle(false);
    this.map = new MaplibreMap({
      container,
      style: buildStyle(lang, document.baseURI),
      center: initial.view ? [initial.view.lon, initial.view.lat] : [17, 28],
      zoom: initial.view?.zoom ?? 4,
      bounds: !initial.view && initial.bbox ? (initial.bbox as LngLatBoundsLike) : undefined,
      fitBoundsOptions: { padding: 30 },
      attributionControl: false,
      maxZoom: 14,
      renderWorldCopies: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new NavigationControl({ showCompass: true, visualizePitch: false }), lang === 'ar' ? 'top-left' : 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), lang === 'ar' ? 'bottom-right' : 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: false, customAttribution: ATTRIBUTION }), lang === 'ar' ? 'bottom-left' : 'bottom-right');
    this.map.on('styleimagemissing', () => addStyleImages(this.map));
    this.map.on('movestart', () => setIdle(false));
    this.map.on('idle', () => setIdle(true));
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
    this.ready = new Promise((resolve) => this.map.once('load', () => {
      addStyleImages(this.map);
      resolve();
    }));
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

  /** Resolves once the map has drawn everything it was last given. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      if (document.documentElement.dataset.mapIdle === 'true' && this.map.loaded() && !this.map.isMoving()) resolve();
      else this.map.once('idle', () => resolve());
    });
  }

  private setData(source: string, data: FeatureCollection): void {
    setIdle(false);
    (this.map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
  }

  setPlaces(places: readonly PlaceFeature[]): void {
    this.setData('places', { type: 'FeatureCollection', features: places.filter((p) => p.properties.kind !== 'country') as PlaceFeature[] });
    // A reported town is drawn as a marker; its grey context dot and label would repeat it.
    const reported: ExpressionSpecification = ['literal', places.map((p) => p.properties.id)];
    for (const id of LAYER_GROUPS.context) {
      this.map.setFilter(id, ['all', CONTEXT_RANK_FILTER, ['!', ['in', ['get', 'id'], reported]]]);
    }
  }

  setCountries(isoNumeric: readonly string[]): void {
    setIdle(false);
    for (const id of LAYER_GROUPS.countries) this.map.setFilter(id, ['in', ['get', 'iso_numeric'], ['literal', [...isoNumeric]]]);
  }

  setZones(zones: ZonesLayer['features']): void {
    this.setData('zones', { type: 'FeatureCollection', features: zones });
  }

  setRelations(marks: readonly RelationMark[]): void {
    this.setData('relations', {
      type: 'FeatureCollection',
      features: marks.map((m) => ({
        type: 'Feature',
        geometry: m.place.geometry,
        properties: { bearing: BEARINGS[m.direction], mention_count: m.place.properties.mention_count, place_id: m.place.properties.id },
      })),
    });
  }

  setHighlight(places: readonly PlaceFeature[]): void {
    this.setData('highlight', { type: 'FeatureCollection', features: places.filter((p) => p.properties.kind !== 'country') as PlaceFeature[] });
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    setIdle(false);
    for (const id of ['country-labels', 'context-labels', 'zones-label', 'place-labels']) this.map.setLayoutProperty(id, 'text-field', nameField(lang));
  }

  setGroupVisible(group: LayerGroup, visible: boolean): void {
    setIdle(false);
    for (const id of LAYER_GROUPS[group]) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    if (group === 'places') this.map.setLayoutProperty('highlight', 'visibility', visible ? 'visible' : 'none');
  }

  flyTo(lon: number, lat: number, zoom?: number): void {
    this.map.flyTo({ center: [lon, lat], zoom: Math.max(zoom ?? this.map.getZoom(), 6), essential: true });
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

function setIdle(idle: boolean): void {
  document.documentElement.dataset.mapIdle = String(idle);
}
