// The legend: one item per symbol the map can show. The Legend component and the briefing
// image export (window.marsadApp.legendItems()) both draw from this list.
import type { Lang } from './hash.ts';
import type { LayerGroup } from './map/style.ts';
import { groupName, t } from './i18n.ts';
import { CLUSTER_COLOR, CONTEXT_COLOR, COUNTRY_COLOR, KIND_GROUPS, RELATION_COLOR, ZONE_COLOR } from './palette.ts';

export interface LegendItem {
  label: string;
  kind: 'circle' | 'fill' | 'hatch' | 'line' | 'arrow';
  color: string;
  stroke?: string;
  radius?: number;
}

export interface LegendEntry extends LegendItem {
  /** The layer toggle this symbol belongs to. */
  group: LayerGroup;
}

export interface LegendOptions {
  lang: Lang;
  /** Groups currently switched on; hidden ones are left out. */
  visible: Record<LayerGroup, boolean>;
  /** Place kind groups (KIND_GROUPS ids) present on the map; undefined = all. */
  present?: ReadonlySet<string>;
  hasZones?: boolean;
  hasRelations?: boolean;
  hasCountries?: boolean;
}

export function legendEntries(o: LegendOptions): LegendEntry[] {
  const items: LegendEntry[] = [];
  for (const g of KIND_GROUPS) {
    if (o.present && !o.present.has(g.id)) continue;
    items.push({ group: 'places', label: groupName(o.lang, g.id), kind: 'circle', color: g.color, stroke: '#ffffff', radius: 7 });
  }
  items.push({ group: 'places', label: t(o.lang, 'cluster'), kind: 'circle', color: CLUSTER_COLOR, stroke: '#ffffff', radius: 9 });
  if (o.hasCountries !== false) items.push({ group: 'countries', label: t(o.lang, 'countryShaded'), kind: 'fill', color: COUNTRY_COLOR, stroke: COUNTRY_COLOR });
  if (o.hasZones !== false) items.push({ group: 'zones', label: t(o.lang, 'zoneHatched'), kind: 'hatch', color: ZONE_COLOR, stroke: ZONE_COLOR });
  if (o.hasRelations !== false) items.push({ group: 'relations', label: t(o.lang, 'relation'), kind: 'arrow', color: RELATION_COLOR });
  items.push({ group: 'context', label: t(o.lang, 'contextTown'), kind: 'circle', color: CONTEXT_COLOR, radius: 3 });
  return items;
}

/** What the legend shows right now (switched-off layers omitted), for the image export. */
export function legendItems(o: LegendOptions): LegendItem[] {
  return legendEntries(o)
    .filter((e) => o.visible[e.group])
    .map(({ group: _group, ...item }) => item);
}
