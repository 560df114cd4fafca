// Which recognised names count as place mentions. A bare name needs more evidence the more
// ordinary the word and the less prominent the place: a function word only after a cue noun
// ("مدينة كان"); a name that is also a common word or given name with a cue, a compass word,
// coordination with a place, or a preposition in an article about its country; a village
// with "في"/"إلى" in an article about its country; a town of a country the article names,
// or a mid-sized city with its country named or a preposition.

import type { Candidate } from './candidate.ts';
import type { CountryContext } from './document.ts';
import type { TextView } from './text-view.ts';

/** First pass: names that stand on their own (no document context needed). */
export function acceptStandalone(c: Candidate): boolean {
  const e = c.evidence;
  // "مدينة كان" (Cannes); but "مطار المدينة" is the city's airport, not a place called so.
  if (e.wordClass === 'stop') return e.cue !== null && e.cue !== 'facility';
  if (e.wordClass === 'ambiguous') return e.cue !== null || e.direction;
  return c.tier === 'strong' || e.cue !== null || e.direction;
}

/** Second pass, once the article's countries are known. */
export function acceptInContext(c: Candidate, ctx: CountryContext, coordinated: boolean): boolean {
  const e = c.evidence;
  if (e.wordClass === 'stop') return false;
  const inContext = ctx.hasCountryOf(c.match.records);
  if (coordinated && (inContext || c.tier !== 'weak')) return true;
  if (!inContext) return c.tier !== 'weak' && e.wordClass === 'name' && e.locative !== null;
  // An ordinary word needs "في"/"إلى" even here: "على الساحل" is a coast, not the Sahel.
  if (c.tier !== 'weak') return e.wordClass === 'name' || e.locative === 'strong';
  // A village that is also a family name ("على السراج") needs "في"/"إلى", not "من"/"على";
  // a town of the article's country whose name is no ordinary word stands bare ("بينما تبعد
  // غدامس نحو 600 كم").
  return e.locative === 'strong' || (e.wordClass === 'name' && isTownOf(c, ctx));
}

/** A town or city of a country in context, not shaped like a family name ("التميمي"). */
function isTownOf(c: Candidate, ctx: CountryContext): boolean {
  const key = c.match.key;
  if (key.startsWith('ال') && key.endsWith('ي')) return false;
  return c.match.records.some((r) => (r.kind === 'town' || r.kind === 'city') && ctx.has(r.country));
}

/**
 * "سرت والجفرة", "هون وسوكنة", "الكفرة ومرزق": joined by و to a neighbouring name that is
 * accepted or belongs to one of the article's countries. Places are listed with places.
 */
export function isCoordinated(view: TextView, ctx: CountryContext, c: Candidate, prev?: Candidate, next?: Candidate): boolean {
  const supports = (o: Candidate) => o.evidence.wordClass !== 'stop' && (o.accepted || ctx.hasCountryOf(o.match.records));
  return (!!prev && joinedByWa(view, prev, c) && supports(prev)) || (!!next && joinedByWa(view, c, next) && supports(next));
}

export function joinedByWa(view: TextView, a: Candidate, b: Candidate): boolean {
  return b.match.proclitic.startsWith('و') && view.before(b.match.first) === a.match.last;
}
