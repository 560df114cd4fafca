// Place records of the compiled gazetteer. Every record says where its name and point come
// from (`source`), so a marker on the map can always be traced to OSM, GeoNames or a citation.

export type PlaceKind =
  | 'country'
  | 'region' // historical or geographic region: Fezzan, Cyrenaica, the Sahel, the Oil Crescent
  | 'admin' // administrative division: a Libyan district (shabiya), a governorate
  | 'city'
  | 'town'
  | 'village'
  | 'district' // a quarter or suburb of a city: Ain Zara, Souq al-Sabt
  | 'facility' // airport, air base, port, oil terminal or field, military HQ, building
  | 'landmark'; // natural feature or other named location

/** Every kind, in the order lists and legends show them. */
export const PLACE_KINDS = [
  'country', 'region', 'admin', 'city', 'town', 'village', 'district', 'facility', 'landmark',
] as const satisfies readonly PlaceKind[];

export interface PlaceSource {
  /** Dataset the record was built from. */
  dataset: 'osm' | 'geonames' | 'world-countries' | 'marsad';
  /** Identifier inside that dataset ("node/260714409", "2210247", "LY"), or a citation key. */
  ref: string;
  /** Where to check it: an OSM/GeoNames URL, or the cited document for curated records. */
  url: string;
  /** For curated records: what the name and coordinates rest on. */
  citation?: string;
}

export interface PlaceRecord {
  /** Stable id: "geonames:2210247", "osm:node/260714409", "country:LY", "marsad:watiya-air-base". */
  id: string;
  /** Preferred Arabic name, as written (with hamza etc.). */
  name_ar: string;
  /** Every Arabic spelling that should match, including name_ar (not normalised). */
  names_ar: string[];
  name_en: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 country code ("LY"); for a region spanning countries, the main one. */
  country: string;
  lon: number;
  lat: number;
  population?: number;
  /** Countries: ISO 3166-1 numeric code as a string ("434"), used to join world-atlas shapes. */
  iso_numeric?: string;
  /** Id of a containing place when known (a district's city, a facility's city). */
  parent?: string;
  source: PlaceSource;
}

/** The compiled gazetteer file (static/data/gazetteer.json). */
export interface CompiledGazetteer {
  format: 'marsad-gazetteer/1';
  /** Hash of the build inputs (sources, supplement, builder code): the staleness check. */
  inputs_sha256: string;
  places: PlaceRecord[];
}
