// GeoNames cities15000 (the standard 19 tab-separated columns, no header) → place records
// with `geonames:<id>` ids. Only cities with at least one Arabic spelling among their
// alternate names are kept (the others can never be matched in Arabic text), and those the
// curated supplement gives an Arabic spelling (cities15000 lacks it for e.g. El Fasher, Ma'rib).

import type { PlaceKind, PlaceRecord } from '../types.ts';
import { arabicNames, preferredName } from './arabic-names.ts';
import { parsePopulation, validPoint } from './fields.ts';

export interface GeonamesPlace {
  place: PlaceRecord;
  /** The GeoNames name and ASCII name, for matching against OSM's Latin names. */
  latinNames: string[];
}

const COLUMNS = 19;
const BIG_CITY = 100_000;
/** Arab League members: their cities' short Arabic names ("إب", Ibb) are real spellings. */
const ARABIC_SPEAKING = new Set('AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE'.split(' '));
const MAJOR_CITY = 500_000;

/**
 * One- and two-letter "Arabic names" of cities elsewhere are mostly clipped transliterations
 * ("آن" Ans, "بن" Bonn, "ال" Halle) that match particles and common words in Arabic text; they
 * are kept only for cities in Arabic-speaking countries and for major cities ("قم", Qom).
 */
function keepsShortNames(country: string, population: number | undefined): boolean {
  return ARABIC_SPEAKING.has(country) || (population ?? 0) >= MAJOR_CITY;
}

const letterCount = (name: string): number => name.replace(/[^\u0621-\u064A\u0671]/g, '').length;

/** Capitals (national, first-order) and cities of 100,000+ are cities; the rest towns. */
export function geonamesKind(featureCode: string, population: number | undefined): PlaceKind {
  if (featureCode === 'PPLC' || featureCode === 'PPLA') return 'city';
  return (population ?? 0) >= BIG_CITY ? 'city' : 'town';
}

/**
 * `named`: ids ("geonames:379555") that curated amendments add Arabic names to; such a city
 * is kept with no names of its own, and the amendment supplies them.
 */
export function parseGeonamesCities(text: string, file: string, named: ReadonlySet<string> = new Set()): GeonamesPlace[] {
  const out: GeonamesPlace[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (!line) continue;
    const cells = line.split('\t');
    if (cells.length !== COLUMNS) throw new Error(`${file}:${i + 1}: ${cells.length} columns, expected ${COLUMNS}`);
    const [id, name, ascii, alternates, latRaw, lonRaw, , featureCode, country, , , , , , popRaw] = cells;
    if (!/^\d+$/.test(id)) throw new Error(`${file}:${i + 1}: bad geonameid "${id}"`);
    const lat = Number(latRaw);
    const lon = Number(lonRaw);
    if (!validPoint(lon, lat)) throw new Error(`${file}:${i + 1}: bad coordinates`);
    if (!/^[A-Z]{2}$/.test(country)) throw new Error(`${file}:${i + 1}: bad country code "${country}"`);
    const population = parsePopulation(popRaw);
    const names = arabicNames(alternates.split(',')).filter(
      (n) => letterCount(n) > 2 || keepsShortNames(country, population),
    );
    if (names.length === 0 && !named.has(`geonames:${id}`)) continue;
    out.push({
      place: {
        id: `geonames:${id}`,
        name_ar: names.length ? preferredName(names) : '',
        names_ar: names,
        name_en: name,
        kind: geonamesKind(featureCode, population),
        country,
        lon,
        lat,
        ...(population !== undefined ? { population } : {}),
        source: { dataset: 'geonames', ref: id, url: `https://www.geonames.org/${id}` },
      },
      latinNames: [...new Set([name, ascii].filter(Boolean))],
    });
  }
  return out;
}
