// The layers `marsad build` writes and the app loads (and `marsad export` serves). This file
// is the contract between the build (src/layers) and the UI (src/app).

import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import type { Direction } from '../geoparse/types.ts';
import type { PlaceKind, PlaceSource } from '../gazetteer/types.ts';

export interface PlaceProps {
  id: string;
  name_ar: string;
  name_en: string;
  kind: PlaceKind;
  country: string;
  /** Countries only: ISO 3166-1 numeric, joins the world-atlas polygon. */
  iso_numeric?: string;
  mention_count: number;
  article_ids: string[];
  source: PlaceSource;
}

export interface MentionProps {
  /** "<article id>:<start>" — unique in a corpus. */
  id: string;
  article_id: string;
  place_id: string;
  name_ar: string;
  name_en: string;
  kind: PlaceKind;
  country: string;
  /** Offsets of the mention in the article text. */
  start: number;
  end: number;
  text: string;
  /** The sentence around the mention, and the mention's offsets inside it. */
  excerpt: string;
  excerpt_start: number;
  excerpt_end: number;
  confidence: number;
  relation_direction?: Direction;
  relation_distance_km?: number;
  relation_text?: string;
  /** ISO date (YYYY-MM-DD) of the article, when known. */
  date?: string;
  /** Ids of zones this excerpt refers to. */
  zone_ids: string[];
}

export interface ZoneSourceRef {
  title: string;
  url?: string;
  date?: string;
}

export interface ZoneProps {
  id: string;
  name_ar: string;
  name_en: string;
  kind: string; // "demilitarised-zone", "proposed-evacuation", ...
  approximate: true;
  /** Why and how the polygon is approximate (construction, anchors). */
  note: string;
  anchors: string[];
  sources: ZoneSourceRef[];
  mention_ids: string[];
}

export interface Article {
  id: string;
  title: string;
  source?: string;
  date?: string;
  url?: string;
  text: string;
  mention_ids: string[];
}

export type PlacesLayer = FeatureCollection<Point, PlaceProps>;
export type MentionsLayer = FeatureCollection<Point, MentionProps>;
export type ZonesLayer = FeatureCollection<Polygon | MultiPolygon, ZoneProps>;
export type PlaceFeature = Feature<Point, PlaceProps>;
export type MentionFeature = Feature<Point, MentionProps>;

/** File names inside a layers directory. */
export const LAYER_FILES = {
  places: 'places.geojson',
  mentions: 'mentions.geojson',
  zones: 'zones.geojson',
  articles: 'articles.json',
} as const;
