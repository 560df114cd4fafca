// Property tests: the geoparser on thousands of random strings built from Arabic letters,
// proclitics glued to real names, Latin, digits, diacritics, tatweel, zero-width and bidi
// marks, emoji and lone surrogates, punctuation and line breaks. It must never throw, every
// mention must slice exactly, spans must be sorted and disjoint, and a neutral prefix must
// shift the offsets without changing anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/cli/load-gazetteer.ts';
import { geoparse, type Mention } from '../src/geoparse/index.ts';

const gazetteer = loadGazetteer();

const NAMES = [
  'ليبيا', 'طرابلس', 'بني وليد', 'سرت', 'هون', 'الجزائر', 'مصراتة', 'مصراته', 'أبو ظبي', 'ابوظبي',
  'قاعدة الوطية الجوية', 'مطار سبها', 'عين زارة', 'رأس لانوف', 'راس لانوف', 'الجزيرة', 'القاعدة',
  'لبنان', 'روما', 'الغردقة', 'السدرة', 'الهلال النفطي', 'كان', 'بيان', 'عربي21', 'يافع نيوز',
];
const WORDS = ['في', 'من', 'مدينة', 'جنوب', 'غربي', 'شمال شرقي', 'كلم', 'كيلومترا', 'قناة', 'الرئيس', 'الليبية', 'و', 'إلى', 'العاصمة'];
const PROCLITICS = ['', '', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'لل', 'بال', 'وال'];
const MARKS = ['\u064E', '\u0650', '\u0651', '\u0652', '\u0640', '\u200B', '\u200C', '\u200D', '\u200F', '\u202B', '\u202C', '\u2066', '\uFEFF', '\u00AD'];
const ODD = ['😀', '🇱🇾', '\uD83D', '\uDE00', 'é', 'ﻻ', '\u0301', '٣٠٠', '900', '2.5', '«', '»', '"', '(', ')', '–', '،', '.', '\n', '\r\n', '\t', ' ', '  '];

const arabicLetter = fc.integer({ min: 0x621, max: 0x64a }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...PROCLITICS), fc.constantFrom(...NAMES)).map(([p, n]) => p + n) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.array(arabicLetter, { minLength: 1, maxLength: 7 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '، ', '. ', '\u200F ');
const text = fc.array(fc.tuple(piece, separator), { maxLength: 40 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

function checkInvariants(input: string, mentions: Mention[]): void {
  let lastEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(m.start, m.end)).toBe(m.text);
    expect(m.confidence).toBeGreaterThanOrEqual(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    lastEnd = m.end;
  }
}

const signature = (ms: Mention[], shift: number): string[] =>
  ms.map((m) => `${m.start - shift}:${m.end - shift}:${m.place.id}:${JSON.stringify(m.relation ?? null)}`);

describe('geoparse properties', () => {
  it('never throws, slices exactly, keeps spans sorted and disjoint', () => {
    fc.assert(
      fc.property(text, (input) => {
        checkInvariants(input, geoparse(input, gazetteer));
      }),
      { numRuns: 3000 },
    );
  });

  it('shifts offsets, and nothing else, under a neutral prefix', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('Breaking news.\n', '12:30 GMT\n\n', '— \n'), (input, prefix) => {
        const plain = geoparse(input, gazetteer);
        const prefixed = geoparse(prefix + input, gazetteer);
        checkInvariants(prefix + input, prefixed);
        expect(signature(prefixed, prefix.length)).toEqual(signature(plain, 0));
      }),
      { numRuns: 1500 },
    );
  });

  it('handles very long inputs', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 200, maxLength: 400 }), (chunks) => {
        const input = chunks.join('\n');
        checkInvariants(input, geoparse(input, gazetteer));
      }),
      { numRuns: 10 },
    );
    const huge = 'وصلت القوات إلى بني وليد وبنغازي ﻻ 😀\u200F ليـبيا. '.repeat(20000);
    const mentions = geoparse(huge, gazetteer);
    checkInvariants(huge, mentions);
    expect(mentions.length).toBeGreaterThanOrEqual(40000);
  });

  it('returns nothing for empty and mark-only input', () => {
    expect(geoparse('', gazetteer)).toEqual([]);
    expect(geoparse('\u200F\u064E\u0640\uFEFF', gazetteer)).toEqual([]);
  });
});
