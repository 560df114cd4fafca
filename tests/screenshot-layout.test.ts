// Pure layout math of the briefing export: scale bar, sizes, frame boxes, file names.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { metresPerPixel, niceRoundDown, scaleBar, formatDistance } from '../src/app/briefing/scale-bar.ts';
import { outputSize, parseSize } from '../src/app/briefing/sizes.ts';
import { fitZoom, frameLayout, legendLayout, mapPixelRatio } from '../src/app/briefing/layout.ts';
import { briefingFileName, slugify, transliterate } from '../src/app/briefing/file-name.ts';
import { textDirection } from '../src/app/briefing/draw-frame.ts';

describe('scale bar', () => {
  it('metres per pixel halves per zoom level and shrinks with cos(latitude)', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2); // 40075016.686 m / 512 px
    expect(metresPerPixel(0, 5) / metresPerPixel(0, 6)).toBeCloseTo(2, 10);
    expect(metresPerPixel(60, 3) / metresPerPixel(0, 3)).toBeCloseTo(0.5, 10);
  });

  it('rounds down to 1, 2 or 5 × 10^k', () => {
    expect(niceRoundDown(1)).toBe(1);
    expect(niceRoundDown(1000)).toBe(1000);
    expect(niceRoundDown(999.9)).toBe(500);
    expect(niceRoundDown(4999)).toBe(2000);
    expect(niceRoundDown(73_000)).toBe(50_000);
    expect(niceRoundDown(0.37)).toBe(0.2);
    expect(() => niceRoundDown(0)).toThrow();
  });

  it('never exceeds the space it is given and uses at least 40% of it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e5, noNaN: true }), fc.integer({ min: 40, max: 2000 }), (mpp, max) => {
        const bar = scaleBar(mpp, max);
        expect(bar.widthPx).toBeLessThanOrEqual(max + 1e-9);
        expect(bar.widthPx).toBeGreaterThanOrEqual(max * 0.4 - 1e-9);
        expect([1, 2, 5]).toContain(Number((bar.metres / 10 ** Math.floor(Math.log10(bar.metres) + 1e-12)).toPrecision(6)));
      }),
    );
  });

  it('labels kilometres and metres in both languages', () => {
    expect(formatDistance(200_000, 'en')).toBe('200 km');
    expect(formatDistance(500, 'en')).toBe('500 m');
    expect(formatDistance(50_000, 'ar')).toBe('50 كم');
    expect(scaleBar(1000, 180).label).toBe('100 km');
  });
});

describe('export sizes', () => {
  it('current view at 1×/2×/3×', () => {
    expect(outputSize('view1', 1280, 720)).toEqual({ width: 1280, height: 720, pixelRatio: 1 });
    expect(outputSize('view3', 1280, 720)).toEqual({ width: 3840, height: 2160, pixelRatio: 3 });
  });

  it('print sheets at 300 dpi keep a whole number of CSS pixels across', () => {
    const a4 = outputSize('a4', 800, 600);
    expect([a4.width, a4.height]).toEqual([3508, 2480]);
    expect(a4.pixelRatio).toBeCloseTo(300 / 96, 2);
    expect(Number.isInteger(Number((a4.width / a4.pixelRatio).toFixed(9)))).toBe(true);
    const letter = outputSize('letter', 800, 600);
    expect([letter.width, letter.height]).toEqual([3300, 2550]);
  });

  it('parses --size and rejects nonsense', () => {
    expect(parseSize('1600x1000')).toEqual({ width: 1600, height: 1000 });
    expect(() => parseSize('1600')).toThrow(/WIDTHxHEIGHT/);
    expect(() => parseSize('100x100')).toThrow(/320/);
    expect(() => parseSize('-5x10')).toThrow();
  });
});

describe('frame layout', () => {
  const boxes = (f: ReturnType<typeof frameLayout>) => [f.header, f.map, f.footer];

  it('header, map and footer tile the image without gaps', () => {
    for (const [w, h, u] of [[1600, 1000, 1], [3200, 2000, 2], [3508, 2480, 3508 / 1123]] as const) {
      const f = frameLayout(w, h, u, 'ltr', true);
      const [header, map, footer] = boxes(f);
      expect(header.y).toBe(0);
      expect(map.y).toBe(header.height);
      expect(footer.y).toBe(map.y + map.height);
      expect(footer.y + footer.height).toBe(h);
      expect(map.height).toBeGreaterThan(h * 0.8);
    }
  });

  it('scales with the pixel ratio', () => {
    const one = frameLayout(1600, 1000, 1, 'ltr', true);
    const two = frameLayout(3200, 2000, 2, 'ltr', true);
    expect(two.header.height).toBeCloseTo(one.header.height * 2, -1);
    expect(two.titleFontPx).toBe(one.titleFontPx * 2);
  });

  it('mirrors for right-to-left: title, north arrow and legend change sides', () => {
    const ltr = frameLayout(1600, 1000, 1, 'ltr', false);
    const rtl = frameLayout(1600, 1000, 1, 'rtl', false);
    expect(ltr.textX).toBeLessThan(800);
    expect(rtl.textX).toBeGreaterThan(800);
    expect(ltr.northArrow.x).toBeGreaterThan(800);
    expect(rtl.northArrow.x).toBeLessThan(800);
    expect(legendLayout(ltr, [100, 80], 60).box.x).toBeLessThan(800);
    expect(legendLayout(rtl, [100, 80], 60).box.x).toBeGreaterThan(800);
  });

  it('legend rows stay inside its box and the box inside the map; many items wrap into columns', () => {
    const f = frameLayout(1600, 1000, 1, 'rtl', true);
    for (const n of [1, 5, 60]) {
      const legend = legendLayout(f, Array.from({ length: n }, (_, i) => 50 + i), 40);
      const { box } = legend;
      expect(box.x).toBeGreaterThanOrEqual(f.map.x);
      expect(box.y).toBeGreaterThanOrEqual(f.map.y);
      expect(box.x + box.width).toBeLessThanOrEqual(f.map.x + f.map.width);
      expect(box.y + box.height).toBeLessThanOrEqual(f.map.y + f.map.height);
      for (const row of legend.rows) {
        expect(row.swatch.x).toBeGreaterThanOrEqual(box.x);
        expect(row.swatch.x + row.swatch.width).toBeLessThanOrEqual(box.x + box.width);
        expect(row.swatch.y + row.swatch.height).toBeLessThanOrEqual(box.y + box.height);
      }
      if (n === 60) expect(new Set(legend.rows.map((r) => r.swatch.x)).size).toBeGreaterThan(1);
    }
  });

  it('refuses images too small for a frame', () => {
    expect(() => frameLayout(400, 120, 1, 'ltr', true)).toThrow(/too small/);
  });

  it('lowers the map pixel ratio when the GPU cannot hold the buffer, and says so', () => {
    expect(mapPixelRatio(3.125, { width: 3508, height: 2200 }, 8192)).toEqual({ ratio: 3.125 });
    const low = mapPixelRatio(3.125, { width: 3508, height: 2200 }, 2048);
    expect(low.ratio).toBeLessThanOrEqual((3.125 * 2048) / 3508);
    expect(low.ratio * (3508 / 3.125)).toBeLessThanOrEqual(2048);
    expect(low.note).toMatch(/58% resolution: the GPU allows at most 2048px/);
  });

  it('fitZoom keeps the ground extent: twice the box is one zoom level more', () => {
    expect(fitZoom(6, { width: 800, height: 600 }, { width: 1600, height: 1200 })).toBeCloseTo(7, 10);
    // The tighter dimension decides, so the whole former view stays visible.
    expect(fitZoom(6, { width: 800, height: 600 }, { width: 1600, height: 600 })).toBeCloseTo(6, 10);
  });
});

describe('file names', () => {
  const day = new Date(2026, 10, 22, 15, 0);

  it('say what the image shows and when', () => {
    expect(briefingFileName('Sirte', day)).toBe('marsad-sirte-2026-11-22.png');
    expect(briefingFileName('Places reported: Tripoli & Misrata (2020)', day)).toBe('marsad-places-reported-tripoli-misrata-2020-2026-11-22.png');
  });

  it('transliterate Arabic to ASCII and drop harakat and tatweel', () => {
    expect(transliterate('سرت')).toBe('srt');
    expect(slugify('بنـي وَليد')).toBe('bny-wlyd');
    expect(slugify('الجفرة ٢٠٢٠')).toBe('aljfra-2020');
    expect(briefingFileName('طرابلس', day)).toBe('marsad-trabls-2026-11-22.png');
  });

  it('are always safe file names, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
        expect(briefingFileName(title, day)).toMatch(/^marsad-([a-z0-9]+(-[a-z0-9]+)*-)?2026-11-22\.png$/);
        expect(briefingFileName(title, day).length).toBeLessThanOrEqual(7 + 61 + 14);
      }),
    );
  });
});

describe('text direction of frame text', () => {
  it('follows the first strong character', () => {
    expect(textDirection('سرت والجفرة')).toBe('rtl');
    expect(textDirection('2020: سرت')).toBe('rtl'); // digits are weak
    expect(textDirection('Sirte (سرت)')).toBe('ltr');
    expect(textDirection('200 km')).toBe('ltr');
    expect(textDirection('')).toBe('ltr');
  });
});
