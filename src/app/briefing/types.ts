// The contract between the map app and the briefing export: what `window.marsadApp` exposes
// once the map has rendered, and the legend entries it reports for the symbols shown.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LegendItem } from '../legend.ts';
import type { Lang } from '../hash.ts';

export type { LegendItem };

export interface MarsadApp {
  map: MaplibreMap;
  whenIdle(): Promise<void>;
  legendItems(): LegendItem[];
  defaultTitle(): string;
  subtitle(): string;
  lang: Lang;
}

declare global {
  interface Window {
    marsadApp?: MarsadApp;
  }
}
