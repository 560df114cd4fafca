// Scoring a geoparser against gold mentions (protocol: tests/fixtures/EVAL.md). Pure: the
// caller supplies the country shapes, so tests and the CLI share this code.
//  - a prediction matches a gold mention when their spans overlap (one-to-one);
//  - recognition P/R/F1 over non-optional gold; a prediction on an optional mention is
//    neither a true nor a false positive;
//  - resolution over the matched non-optional mentions: within the place's tolerance, or,
//    for a country, inside its polygon with 25 km slack; also acc@161 km and median error;
//  - end-to-end F1 counts a match as correct only when it is also resolved right.

import { distanceKm } from '../geoparse/geo.ts';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  place: string;
  optional?: boolean;
}

export interface GoldPlace {
  kind: string;
  lon: number;
  lat: number;
  tol_km: number;
  iso_numeric?: number | string | null;
  name_en: string;
}

export interface GoldFile {
  places: Record<string, GoldPlace>;
  documents: Record<string, GoldMention[]>;
}

export interface Prediction {
  start: number;
  end: number;
  text: string;
  lon: number;
  lat: number;
  place_id: string;
  name_en: string;
}

/** Distance in km from a point to a country's polygon (0 inside), by ISO numeric code. */
export type CountryDistance = (isoNumeric: string, lon: number, lat: number) => number;

export const COUNTRY_SLACK_KM = 25;
export const ACC_KM = 161;
export const BARS = { recognitionF1: 0.97, resolutionAccuracy: 0.97 } as const;

export interface Finding {
  doc: string;
  kind: 'miss' | 'false positive' | 'wrong resolution';
  start: number;
  end: number;
  text: string;
  detail: string;
}

export interface Totals {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  resolved: number;
  resolvedCorrectly: number;
  resolutionAccuracy: number;
  accuracyAt161: number;
  medianErrorKm: number;
  endToEndF1: number;
}

export interface EvalReport {
  totals: Totals;
  findings: Finding[];
  meetsBars: boolean;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  errors: number[];
  correct: number;
  within161: number;
}

export function scoreCorpus(
  gold: GoldFile,
  predictions: Record<string, readonly Prediction[]>,
  countryDistance: CountryDistance,
): EvalReport {
  const tally: Tally = { tp: 0, fp: 0, fn: 0, errors: [], correct: 0, within161: 0 };
  const findings: Finding[] = [];
  for (const [doc, goldMentions] of Object.entries(gold.documents)) {
    scoreDocument(doc, goldMentions, predictions[doc] ?? [], gold.places, countryDistance, tally, findings);
  }
  const totals = summarise(tally);
  const meetsBars = totals.f1 >= BARS.recognitionF1 && totals.resolutionAccuracy >= BARS.resolutionAccuracy;
  return { totals, findings, meetsBars };
}

function scoreDocument(
  doc: string,
  goldMentions: readonly GoldMention[],
  predicted: readonly Prediction[],
  places: Record<string, GoldPlace>,
  countryDistance: CountryDistance,
  tally: Tally,
  findings: Finding[],
): void {
  const used = new Set<GoldMention>();
  for (const p of predicted) {
    const g = goldMentions.find((x) => !used.has(x) && x.start < p.end && p.start < x.end);
    if (!g) {
      tally.fp++;
      findings.push({ doc, kind: 'false positive', start: p.start, end: p.end, text: p.text, detail: `→ ${p.place_id} (${p.name_en})` });
      continue;
    }
    used.add(g);
    if (g.optional) continue;
    tally.tp++;
    const place = places[g.place];
    if (!place) throw new Error(`gold: mention "${g.text}" in ${doc} names unknown place "${g.place}"`);
    const error = errorKm(place, p, countryDistance);
    tally.errors.push(error);
    const ok = place.iso_numeric != null ? error <= COUNTRY_SLACK_KM : error <= place.tol_km;
    if (ok) tally.correct++;
    else {
      findings.push({
        doc,
        kind: 'wrong resolution',
        start: p.start,
        end: p.end,
        text: p.text,
        detail: `→ ${p.place_id} (${p.name_en}), gold ${g.place} (${place.name_en}), ${Math.round(error)} km off`,
      });
    }
    if (error <= ACC_KM) tally.within161++;
  }
  for (const g of goldMentions) {
    if (used.has(g) || g.optional) continue;
    tally.fn++;
    findings.push({ doc, kind: 'miss', start: g.start, end: g.end, text: g.text, detail: `gold ${g.place}` });
  }
}

function errorKm(place: GoldPlace, p: Prediction, countryDistance: CountryDistance): number {
  if (place.iso_numeric != null) return countryDistance(String(place.iso_numeric).padStart(3, '0'), p.lon, p.lat);
  return distanceKm(place.lon, place.lat, p.lon, p.lat);
}

function summarise(t: Tally): Totals {
  const precision = ratio(t.tp, t.tp + t.fp);
  const recall = ratio(t.tp, t.tp + t.fn);
  const e2eP = ratio(t.correct, t.tp + t.fp);
  const e2eR = ratio(t.correct, t.tp + t.fn);
  return {
    truePositives: t.tp,
    falsePositives: t.fp,
    falseNegatives: t.fn,
    precision,
    recall,
    f1: harmonic(precision, recall),
    resolved: t.tp,
    resolvedCorrectly: t.correct,
    resolutionAccuracy: ratio(t.correct, t.tp),
    accuracyAt161: ratio(t.within161, t.tp),
    medianErrorKm: median(t.errors),
    endToEndF1: harmonic(e2eP, e2eR),
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
