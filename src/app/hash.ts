// The URL hash holds the view, the selection and the filters, so a reloaded or shared link
// shows the same map:  #map=ZOOM/LAT/LON&place=ID&article=ID&kind=k1,k2&country=LY,EG&zone=ID
// &q=TEXT&lang=ar|en&bbox=W,S,E,N  (bbox: fit to it once on load; it is then replaced by map=).
// The briefing screenshot CLI builds these links too, so keep the keys.
import { PLACE_KINDS, type PlaceKind } from '../gazetteer/types.ts';

export type Lang = 'ar' | 'en';

export interface View {
  zoom: number;
  lat: number;
  lon: number;
}

export interface HashState {
  view?: View;
  bbox?: [number, number, number, number];
  place?: string;
  article?: string;
  kinds: PlaceKind[];
  countries: string[];
  zone?: string;
  q: string;
  lang?: Lang;
}

function list(value: string | null): string[] {
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

function numbers(value: string | null, sep: string, count: number): number[] | undefined {
  if (!value) return undefined;
  const parts = value.split(sep).map(Number);
  return parts.length === count && parts.every(Number.isFinite) ? parts : undefined;
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const m = numbers(params.get('map'), '/', 3);
  const b = numbers(params.get('bbox'), ',', 4);
  const lang = params.get('lang');
  return {
    view: m && { zoom: m[0], lat: m[1], lon: m[2] },
    bbox: b && b[0] < b[2] && b[1] < b[3] ? [b[0], b[1], b[2], b[3]] : undefined,
    place: params.get('place') || undefined,
    article: params.get('article') || undefined,
    kinds: list(params.get('kind')).filter((k): k is PlaceKind => (PLACE_KINDS as readonly string[]).includes(k)),
    countries: list(params.get('country')).map((c) => c.toUpperCase()),
    zone: params.get('zone') || undefined,
    q: params.get('q') ?? '',
    lang: lang === 'ar' || lang === 'en' ? lang : undefined,
  };
}

/** `toFixed` without "-0.00": a value that rounds to zero is written as zero (stable links). */
function fixed(value: number, digits: number): string {
  const s = value.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** Percent-encode a value but keep the characters that make links readable. */
function enc(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
}

export function formatHash(s: HashState): string {
  const parts: string[] = [];
  if (s.view) {
    // Enough decimals to pin the centre to a pixel at this zoom, no more.
    const precision = Math.min(6, Math.max(2, Math.round(s.view.zoom / 3) + 2));
    parts.push(`map=${fixed(s.view.zoom, 2)}/${fixed(s.view.lat, precision)}/${fixed(s.view.lon, precision)}`);
  } else if (s.bbox) {
    parts.push(`bbox=${s.bbox.join(',')}`);
  }
  if (s.place) parts.push(`place=${enc(s.place)}`);
  if (s.article) parts.push(`article=${enc(s.article)}`);
  if (s.kinds.length) parts.push(`kind=${s.kinds.join(',')}`);
  if (s.countries.length) parts.push(`country=${s.countries.join(',')}`);
  if (s.zone) parts.push(`zone=${enc(s.zone)}`);
  if (s.q) parts.push(`q=${enc(s.q)}`);
  if (s.lang) parts.push(`lang=${s.lang}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
