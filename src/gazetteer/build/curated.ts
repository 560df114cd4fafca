// The curated supplement (data/gazetteer/*.json): records the sources lack, each citing a
// public reference, and amendments to source records (extra spellings in news use, names to
// drop, a corrected point), each with a note saying why.
//
// File shape: { "about": string, "places"?: CuratedPlace[], "amendments"?: Amendment[] }.

import { PLACE_KINDS, type PlaceKind, type PlaceRecord } from '../types.ts';
import { isArabicSpelling } from './arabic-names.ts';
import { validPoint } from './fields.ts';

export interface Amendment {
  /** Id of the record to amend (a GeoNames id merged into an OSM record still works). */
  id: string;
  add_names_ar?: string[];
  remove_names_ar?: string[];
  lon?: number;
  lat?: number;
  /** Why: the source of the spelling or point, or what is wrong with the removed name. */
  note: string;
}

export interface CuratedFile {
  places: PlaceRecord[];
  amendments: Amendment[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

export function parseCuratedFile(data: unknown, file: string): CuratedFile {
  if (!isObject(data) || !isText(data.about)) throw new Error(`${file}: expected an object with "about"`);
  const places = data.places ?? [];
  const amendments = data.amendments ?? [];
  if (!Array.isArray(places)) throw new Error(`${file}: "places" must be an array`);
  if (!Array.isArray(amendments)) throw new Error(`${file}: "amendments" must be an array`);
  return {
    places: places.map((p, i) => parsePlace(p, `${file}: places[${i}]`)),
    amendments: amendments.map((a, i) => parseAmendment(a, `${file}: amendments[${i}]`)),
  };
}

function parsePlace(p: unknown, where: string): PlaceRecord {
  if (!isObject(p)) throw new Error(`${where}: not an object`);
  const fail = (problem: string): never => {
    throw new Error(`${where}${isText(p.id) ? ` (${p.id})` : ''}: ${problem}`);
  };
  if (!isText(p.id) || !/^marsad:[a-z0-9-]+$/.test(p.id)) fail('id must be "marsad:<lowercase-slug>"');
  if (!isText(p.name_ar) || !isArabicSpelling(p.name_ar)) fail('name_ar must be an Arabic spelling');
  if (p.names_ar !== undefined && !isTextList(p.names_ar)) fail('names_ar must be a list of names');
  const names = [...new Set([p.name_ar as string, ...((p.names_ar as string[] | undefined) ?? [])])];
  const bad = names.find((n) => !isArabicSpelling(n));
  if (bad) fail(`"${bad}" is not an Arabic spelling`);
  if (!isText(p.name_en)) fail('name_en missing');
  if (!(PLACE_KINDS as readonly unknown[]).includes(p.kind)) fail(`kind must be one of ${PLACE_KINDS.join(', ')}`);
  if (!isText(p.country) || !/^[A-Z]{2}$/.test(p.country)) fail('country must be ISO alpha-2');
  if (typeof p.lon !== 'number' || typeof p.lat !== 'number' || !validPoint(p.lon, p.lat)) fail('bad lon/lat');
  if (p.parent !== undefined && !isText(p.parent)) fail('parent must be a place id');
  if (p.population !== undefined && !(Number.isInteger(p.population) && (p.population as number) > 0)) {
    fail('population must be a positive integer');
  }
  const s = p.source;
  if (!isObject(s) || s.dataset !== 'marsad') fail('source.dataset must be "marsad"');
  const src = s as Json;
  if (!isText(src.ref)) fail('source.ref missing');
  if (!isText(src.url) || !/^https:\/\/\S+$/.test(src.url)) fail('source.url must be an https URL');
  if (!isText(src.citation)) fail('source.citation missing: say what the name and point rest on');
  return {
    id: p.id as string,
    name_ar: p.name_ar as string,
    names_ar: names,
    name_en: p.name_en as string,
    kind: p.kind as PlaceKind,
    country: p.country as string,
    lon: p.lon as number,
    lat: p.lat as number,
    ...(p.population !== undefined ? { population: p.population as number } : {}),
    ...(p.parent !== undefined ? { parent: p.parent as string } : {}),
    source: { dataset: 'marsad', ref: src.ref as string, url: src.url as string, citation: src.citation as string },
  };
}

function parseAmendment(a: unknown, where: string): Amendment {
  if (!isObject(a) || !isText(a.id)) throw new Error(`${where}: expected an object with "id"`);
  const fail = (problem: string): never => {
    throw new Error(`${where} (${a.id}): ${problem}`);
  };
  if (!isText(a.note)) fail('note missing: say where the change comes from');
  for (const key of ['add_names_ar', 'remove_names_ar'] as const) {
    if (a[key] === undefined) continue;
    if (!isTextList(a[key])) fail(`${key} must be a list of names`);
    const bad = (a[key] as string[]).find((n) => !isArabicSpelling(n));
    if (bad) fail(`"${bad}" is not an Arabic spelling`);
  }
  if ((a.lon === undefined) !== (a.lat === undefined)) fail('give both lon and lat or neither');
  if (a.lon !== undefined && !(typeof a.lon === 'number' && typeof a.lat === 'number' && validPoint(a.lon, a.lat))) {
    fail('bad lon/lat');
  }
  if (a.add_names_ar === undefined && a.remove_names_ar === undefined && a.lon === undefined) fail('changes nothing');
  return {
    id: a.id,
    note: a.note as string,
    ...(a.add_names_ar !== undefined ? { add_names_ar: a.add_names_ar as string[] } : {}),
    ...(a.remove_names_ar !== undefined ? { remove_names_ar: a.remove_names_ar as string[] } : {}),
    ...(a.lon !== undefined ? { lon: a.lon as number, lat: a.lat as number } : {}),
  };
}
