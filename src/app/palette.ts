// Colours of the map symbols: the Okabe–Ito palette, distinguishable with every common form of
// colour blindness. One colour per group of place kinds; the legend and the style both read
// from here so they cannot disagree.
import type { PlaceKind } from '../gazetteer/types.ts';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Marker groups shown in the legend, in legend order. Countries are shaded, not pinned. */
export const KIND_GROUPS = [
  { id: 'settlement', kinds: ['city', 'town', 'village'], color: OKABE_ITO.blue },
  { id: 'district', kinds: ['district'], color: OKABE_ITO.skyBlue },
  { id: 'facility', kinds: ['facility'], color: OKABE_ITO.vermillion },
  { id: 'area', kinds: ['region', 'admin'], color: OKABE_ITO.bluishGreen },
  { id: 'landmark', kinds: ['landmark'], color: OKABE_ITO.reddishPurple },
] as const satisfies readonly { id: string; kinds: readonly PlaceKind[]; color: string }[];


export const COUNTRY_COLOR = OKABE_ITO.orange;
export const ZONE_COLOR = OKABE_ITO.black;
export const RELATION_COLOR = OKABE_ITO.black;
export const CLUSTER_COLOR = '#4d4d4d';
export const HIGHLIGHT_COLOR = OKABE_ITO.yellow;
export const CONTEXT_COLOR = '#8a8a8a';

export function kindColor(kind: PlaceKind): string {
  if (kind === 'country') return COUNTRY_COLOR;
  return KIND_GROUPS.find((g) => (g.kinds as readonly PlaceKind[]).includes(kind))?.color ?? OKABE_ITO.black;
}
