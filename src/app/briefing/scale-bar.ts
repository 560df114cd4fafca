// Scale bar arithmetic: ground metres per CSS pixel in Web Mercator, and the longest "nice"
// round distance (1, 2 or 5 × 10^k metres) that fits the space the frame gives the bar.
import type { Lang } from '../hash.ts';

/** Equatorial circumference of the Web Mercator sphere (metres). */
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6378137;

/** MapLibre's world is 512 CSS pixels wide at zoom 0. */
export const MAPLIBRE_TILE_SIZE = 512;

export function metresPerPixel(latitude: number, zoom: number, tileSize = MAPLIBRE_TILE_SIZE): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (tileSize * 2 ** zoom);
}

/** Largest of 1, 2, 5 × 10^k that is ≤ `value` (value > 0). */
export function niceRoundDown(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`niceRoundDown: expected a positive number, got ${value}`);
  const magnitude = 10 ** Math.floor(Math.log10(value));
  // Guard against log10 rounding (log10(1000) may give 2.9999…).
  const base = value / magnitude >= 10 ? magnitude * 10 : magnitude;
  const ratio = value / base;
  return (ratio >= 5 ? 5 : ratio >= 2 ? 2 : 1) * base;
}

export interface ScaleBar {
  metres: number;
  /** Bar length in the same pixel unit as `maxWidthPx`. */
  widthPx: number;
  label: string;
}

/** Formats a distance: km from 1 km up, metres below; Arabic uses its unit words. */
export function formatDistance(metres: number, lang: Lang): string {
  const km = metres >= 1000;
  const value = km ? metres / 1000 : metres;
  const unit = lang === 'ar' ? (km ? 'كم' : 'م') : km ? 'km' : 'm';
  return `${value} ${unit}`;
}

export function scaleBar(metresPerPx: number, maxWidthPx: number, lang: Lang = 'en'): ScaleBar {
  const metres = niceRoundDown(metresPerPx * maxWidthPx);
  return { metres, widthPx: metres / metresPerPx, label: formatDistance(metres, lang) };
}
