// Small field parsers and geometry shared by the source readers.
import { distanceKm as pointDistanceKm } from '../../geoparse/geo.ts';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

/** A population tag as an integer, or undefined when it is not a plain count ("ca. 500"). */
export function parsePopulation(raw: string): number | undefined {
  const s = raw.trim().replace(/[ ,.']/g, '');
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n > 0 ? n : undefined;
}

/** The first name written in Latin letters; failing that, the Latin part of a mixed name. */
export function firstLatinName(candidates: readonly string[]): string | undefined {
  const latin = candidates.map((c) => c.trim()).filter((c) => LATIN_LETTER.test(c));
  const pure = latin.find((c) => !ARABIC_SCRIPT.test(c));
  if (pure) return pure;
  for (const c of latin) {
    const stripped = c.replace(new RegExp(ARABIC_SCRIPT.source, 'g'), '').replace(/\s+/g, ' ').trim();
    if (LATIN_LETTER.test(stripped)) return stripped;
  }
  return undefined;
}

export function validPoint(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

/** Great-circle distance in km between two records. */
export function distanceKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  return pointDistanceKm(a.lon, a.lat, b.lon, b.lat);
}

/** Coordinates rounded to 5 decimals (about 1 m): enough for a gazetteer, smaller file. */
export function roundCoord(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
