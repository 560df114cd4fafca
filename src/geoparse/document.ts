// Document context: which countries an article is about, counted from the names it
// resolves without doubt (countries, cities of one country) and from nisba adjectives
// ("الليبية", "التركي"), which name a country without being a place mention themselves.

import type { PlaceRecord } from '../gazetteer/types.ts';
import type { Candidate } from './candidate.ts';
import { adjectiveCountry } from './filters.ts';
import type { NameIndex } from './names.ts';
import type { TextView } from './text-view.ts';

export class CountryContext {
  private readonly weights = new Map<string, number>();
  private total = 0;

  add(country: string, weight: number): void {
    this.weights.set(country, (this.weights.get(country) ?? 0) + weight);
    this.total += weight;
  }

  copy(): CountryContext {
    const c = new CountryContext();
    for (const [country, w] of this.weights) c.add(country, w);
    return c;
  }

  has(country: string): boolean {
    return this.weight(country) > 0;
  }

  /** Whether one of these places lies in a country of the article. */
  hasCountryOf(records: readonly PlaceRecord[]): boolean {
    for (const r of records) if (this.has(r.country)) return true;
    return false;
  }

  /**
   * A country's evidence. Western Sahara (EH) takes Morocco's too: news about Morocco names
   * العيون and الداخلة without naming the territory, whose towns GeoNames files under EH.
   */
  private weight(country: string): number {
    const own = this.weights.get(country) ?? 0;
    return country === 'EH' ? own + (this.weights.get('MA') ?? 0) : own;
  }

  /**
   * 0–1: this country's share of the article's country evidence, damped by one pseudo-count
   * so that a single passing mention (Washington) does not outweigh prominence (Moscow).
   */
  share(country: string): number {
    return this.weight(country) / (this.total + 1);
  }
}

/** Adds the countries of accepted candidates that belong to a single country. */
export function addMentionCountries(ctx: CountryContext, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (!c.accepted) continue;
    const records = c.match.records;
    const country = records[0]!.country;
    let isCountry = false;
    let single = true;
    for (const r of records) {
      if (r.country !== country) single = false;
      if (r.kind === 'country') isCountry = true;
    }
    if (single) ctx.add(country, isCountry ? 1 : 0.5);
  }
}

/** Adds the countries named by nisba adjectives anywhere in the text. */
export function addAdjectiveCountries(ctx: CountryContext, view: TextView, names: NameIndex): void {
  for (let k = 0; k < view.tokens.length; k++) {
    const norm = view.tokens[k]!.norm;
    if (!hasNisbaEnding(norm)) continue;
    let country = adjectiveCountry(names, norm);
    if (!country) {
      // bareWord returns the token itself when there is no proclitic: don't ask twice.
      const bare = view.bareWord(k);
      if (bare !== norm) country = adjectiveCountry(names, bare);
    }
    if (country) ctx.add(country.country, 0.5);
  }
}

/** Cheap pre-test: ends in ي, يه (ية), or يين/يون/يان/يات. */
function hasNisbaEnding(w: string): boolean {
  const n = w.length;
  if (n < 4) return false;
  const last = w.charCodeAt(n - 1);
  if (last === 0x64a) return true; // ي
  const before = w.charCodeAt(n - 2);
  if (last === 0x647) return before === 0x64a; // يه
  if (last !== 0x646 && last !== 0x62a) return false; // ن ت
  return (before === 0x64a || before === 0x648 || before === 0x627) && w.charCodeAt(n - 3) === 0x64a;
}
