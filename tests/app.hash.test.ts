// The URL hash state of the explorer: parse ∘ format is the identity (views to the precision
// the link keeps), and junk in a link is dropped rather than trusted.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHash, parseHash, type HashState } from '../src/app/hash.ts';
import { PLACE_KINDS } from '../src/gazetteer/types.ts';

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const arabic = fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي أإآة'), minLength: 1, maxLength: 10 });
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const state: fc.Arbitrary<HashState> = fc
  .record({
    view: fc.option(fc.record({ zoom: finite(0, 14), lat: finite(-85, 85), lon: finite(-180, 180) }), { nil: undefined }),
    bbox: fc.option(
      fc.tuple(finite(-180, 179), finite(-85, 84), finite(0.001, 50), finite(0.001, 50)).map(([w, s, dw, dh]) => [w + 0, s + 0, w + dw, s + dh] as [number, number, number, number]), // + 0: no -0
      { nil: undefined },
    ),
    place: fc.option(fc.oneof(text, arabic), { nil: undefined }),
    article: fc.option(text, { nil: undefined }),
    kinds: fc.uniqueArray(fc.constantFrom(...PLACE_KINDS)),
    countries: fc.uniqueArray(fc.stringMatching(/^[A-Z]{2}$/), { maxLength: 4 }),
    zone: fc.option(text, { nil: undefined }),
    q: fc.oneof(fc.constant(''), text, arabic),
    lang: fc.option(fc.constantFrom('ar' as const, 'en' as const), { nil: undefined }),
  })
  // A view wins over a bbox (the bbox is fitted once, then the link carries map=).
  .map((s) => (s.view ? { ...s, bbox: undefined } : s));

describe('hash state', () => {
  it('parse(format(s)) returns s; views to the precision the link keeps', () => {
    fc.assert(
      fc.property(state, (s) => {
        const back = parseHash(formatHash(s));
        const { view, ...rest } = back;
        const { view: v0, ...rest0 } = s;
        expect(rest).toEqual(rest0);
        expect(view === undefined).toBe(v0 === undefined);
        if (view && v0) {
          const precision = Math.min(6, Math.max(2, Math.round(v0.zoom / 3) + 2));
          expect(Math.abs(view.zoom - v0.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.abs(view.lat - v0.lat)).toBeLessThanOrEqual(0.5 * 10 ** -precision + 1e-9);
          expect(Math.abs(view.lon - v0.lon)).toBeLessThanOrEqual(0.5 * 10 ** -precision + 1e-9);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('formatting is stable: a parsed link formats to the same link', () => {
    fc.assert(
      fc.property(state, (s) => {
        const once = formatHash(s);
        expect(formatHash(parseHash(once))).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('drops what it cannot use: unknown kinds, malformed views and boxes, unknown languages', () => {
    const s = parseHash('#map=abc/1/2&bbox=10,10,5,20&kind=city,spaceship&lang=fr&country=ly,eg');
    expect(s.view).toBeUndefined();
    expect(s.bbox).toBeUndefined();
    expect(s.kinds).toEqual(['city']);
    expect(s.lang).toBeUndefined();
    expect(s.countries).toEqual(['LY', 'EG']);
    expect(parseHash('')).toEqual({ view: undefined, bbox: undefined, place: undefined, article: undefined, kinds: [], countries: [], zone: undefined, q: '', lang: undefined });
  });

  it('keeps Arabic and reserved characters intact', () => {
    const s: HashState = { place: 'a&b=c#d', kinds: [], countries: [], q: 'أبو ظبي + 50%', lang: 'ar' };
    const hash = formatHash(s);
    expect(hash).not.toContain('#d');
    expect(parseHash(hash)).toMatchObject({ place: 'a&b=c#d', q: 'أبو ظبي + 50%', lang: 'ar' });
  });
});
