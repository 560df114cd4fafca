// Countries from the `world-countries` package (Arabic common and official names, ISO codes,
// a representative point) with the `i18n-iso-countries` Arabic names as extra spellings.

import type { PlaceRecord } from '../types.ts';
import { arabicNames } from './arabic-names.ts';
import { validPoint } from './fields.ts';

/** The fields of a `world-countries` entry that the build reads. */
export interface WorldCountry {
  cca2: string;
  ccn3: string;
  name: { common: string };
  latlng: number[];
  translations: Record<string, { common: string; official: string } | undefined>;
}

/** `i18n-iso-countries` locale data: alpha-2 → a name or a list of names. */
export type IsoCountryNames = Record<string, string | string[]>;

const WORLD_COUNTRIES_URL = 'https://github.com/mledoze/countries';

export function buildCountries(countries: readonly WorldCountry[], isoNamesAr: IsoCountryNames): PlaceRecord[] {
  return countries.map((c) => {
    const where = `world-countries ${c.cca2}`;
    if (!/^[A-Z]{2}$/.test(c.cca2)) throw new Error(`${where}: bad cca2`);
    const [lat, lon] = c.latlng;
    if (!validPoint(lon, lat)) throw new Error(`${where}: bad latlng`);
    const ara = c.translations.ara;
    const iso = isoNamesAr[c.cca2] ?? [];
    const names = arabicNames([ara?.common ?? '', ara?.official ?? '', ...(Array.isArray(iso) ? iso : [iso])]);
    if (names.length === 0) throw new Error(`${where}: no Arabic name`);
    return {
      id: `country:${c.cca2}`,
      name_ar: names[0],
      names_ar: names,
      name_en: c.name.common,
      kind: 'country' as const,
      country: c.cca2,
      lon,
      lat,
      ...(/^\d{3}$/.test(c.ccn3) ? { iso_numeric: c.ccn3 } : {}),
      source: {
        dataset: 'world-countries' as const,
        ref: c.cca2,
        url: WORLD_COUNTRIES_URL,
        citation:
          'Arabic names from world-countries (translations.ara, ODbL) and i18n-iso-countries (ar, MIT); point is world-countries latlng.',
      },
    };
  });
}
