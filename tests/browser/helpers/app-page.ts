// Helpers that look into the running app through the page: project places to pixels, read
// the map camera, and read layers the app was built with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { MentionsLayer, PlacesLayer } from '../../../src/layers/types.ts';

export function builtLayers(dist: string): { places: PlacesLayer; mentions: MentionsLayer } {
  return {
    places: JSON.parse(readFileSync(join(dist, 'data/places.geojson'), 'utf8')) as PlacesLayer,
    mentions: JSON.parse(readFileSync(join(dist, 'data/mentions.geojson'), 'utf8')) as MentionsLayer,
  };
}

/** Page pixel of a lon/lat (map.project plus the map canvas's offset in the page). */
export async function pagePixel(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lon, lat]) => {
    const map = window.marsadApp!.map;
    const p = map.project([lon, lat]);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lonLat);
}

/** Unclustered place markers drawn right now, biggest first. */
export async function renderedPlaces(page: Page): Promise<{ id: string; kind: string; lonLat: [number, number]; count: number }[]> {
  return page.evaluate(() => {
    const map = window.marsadApp!.map;
    const r = map.getCanvas().getBoundingClientRect();
    const inset = 40; // keep clear of the edges and the map controls
    const seen = new Set<string>();
    return map
      .queryRenderedFeatures({ layers: ['place-circles'] })
      .map((f) => ({
        id: String(f.properties.id),
        kind: String(f.properties.kind),
        lonLat: (f.geometry as GeoJSON.Point).coordinates as [number, number],
        count: Number(f.properties.mention_count),
      }))
      .filter((p) => {
        const px = map.project(p.lonLat);
        const ok = !seen.has(p.id) && px.x > inset && px.y > inset && px.x < r.width - inset && px.y < r.height - inset;
        seen.add(p.id);
        return ok;
      })
      .sort((a, b) => b.count - a.count);
  });
}

export async function mapCenter(page: Page): Promise<{ lon: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const m = window.marsadApp!.map;
    return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  });
}
