// Fixed words of the briefing frame, per UI language. Attribution names every data source the
// map draws: OpenStreetMap and GeoNames (gazetteer points) and Natural Earth (basemap).

import type { Lang } from '../hash.ts';

export const ATTRIBUTION = '© OpenStreetMap contributors · GeoNames (CC BY 4.0) · Natural Earth';

/** Keeps a left-to-right run (a date) intact inside right-to-left text (Unicode isolates). */
const ltr = (text: string) => `\u2066${text}\u2069`;

export const FRAME_TEXT: Record<Lang, { legend: string; exported: (date: string) => string; north: string }> = {
  en: { legend: 'Legend', exported: (date) => `Exported ${date} · Marsad`, north: 'N' },
  ar: { legend: 'مفتاح الخريطة', exported: (date) => `تاريخ التصدير ${ltr(date)} · مرصد`, north: 'N' },
};

/** Frame text font: the bundled Noto Sans Arabic (Arabic and Latin subsets), then fallbacks. */
export const FRAME_FONT_FAMILY = '"Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif';
