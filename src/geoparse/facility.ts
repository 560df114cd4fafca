// A bare name shared by a settlement and a facility named after it ("الوطية": the village
// and قاعدة الوطية الجوية; "معيتيقة"): in military or aviation talk nearby ("قواعدها في
// مصراتة والوطية", "طائرات انطلقت من ...") the facility is meant.

import type { PlaceRecord } from '../gazetteer/types.ts';
import type { Candidate } from './candidate.ts';
import { distanceKm } from './geo.ts';
import type { NameIndex } from './names.ts';
import type { TextView } from './text-view.ts';

/** How many words either side may carry the facility talk. */
const WINDOW = 6;
/** A facility this far from the settlement is another place that shares the name. */
const NEAR_KM = 60;

/** Word beginnings of facility talk (normalised): قاعدة/قواعدها، مطار، طائرات، الجوية، مدرج. */
const FACILITY_STEMS = ['قاعد', 'قواعد', 'مطار', 'طائر', 'طيران', 'الطيران', 'الطائر', 'جوي', 'الجوي', 'مدرج', 'المدرج', 'مسير', 'المسير', 'هبوط'];

function isFacilityTalk(word: string): boolean {
  for (const stem of FACILITY_STEMS) if (word.startsWith(stem)) return true;
  return false;
}

function facilityTalkNear(view: TextView, c: Candidate): boolean {
  const from = Math.max(0, c.match.first - WINDOW);
  const to = Math.min(view.tokens.length - 1, c.match.last + WINDOW);
  for (let k = from; k <= to; k++) {
    if (k >= c.match.first && k <= c.match.last) continue;
    if (isFacilityTalk(view.bareWord(k))) return true;
  }
  return false;
}

/**
 * Moves village and town resolutions to the facility of the same name where a facility cue
 * ("ميناءي السدرة وراس لانوف") or facility talk nearby says so.
 */
export function preferFacilities(view: TextView, names: NameIndex, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    const place = c.place;
    // A city is what its name means first, facility talk or not ("قواعدها في مصراتة").
    if (!c.accepted || !place || (place.kind !== 'village' && place.kind !== 'town')) continue;
    const facilities = names.facilitiesNamed(c.match.key);
    if (facilities.length === 0) continue;
    const near = nearest(facilities, place);
    if (near && (c.evidence.cue === 'facility' || facilityTalkNear(view, c))) c.place = near;
  }
}

function nearest(facilities: readonly PlaceRecord[], place: PlaceRecord): PlaceRecord | undefined {
  let best: PlaceRecord | undefined;
  let bestKm = NEAR_KM;
  for (const f of facilities) {
    const km = distanceKm(f.lon, f.lat, place.lon, place.lat);
    if (km < bestKm) {
      best = f;
      bestKm = km;
    }
  }
  return best;
}
