// Types for the CommonJS `geojson-validation` package (it ships none): the calls Marsad uses.
declare module 'geojson-validation' {
  /** With trace = true: the list of problems (empty when valid). */
  export function valid(object: unknown, trace: true): string[];
  export function valid(object: unknown, trace?: false): boolean;
  export function isFeature(object: unknown, trace: true): string[];
  export function isFeatureCollection(object: unknown, trace: true): string[];
}
