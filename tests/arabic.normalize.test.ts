// Arabic normalisation and tokenisation: each named fold, normalizeKey's one-pass table
// against the composition of the named functions, and tokens' offsets into the original.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  normalizeAlef,
  normalizeAlefMaqsura,
  normalizeDigits,
  normalizeHamzaCarriers,
  normalizeKey,
  normalizePersianLetters,
  normalizeTaMarbuta,
  removeDiacritics,
  removeFormatMarks,
  removeTatweel,
} from '../src/arabic/normalize.ts';
import { offsetAfterLetters, tokenize } from '../src/arabic/tokenize.ts';

/** normalizeKey as the documented composition of the small functions (the reference). */
const byParts = (s: string): string =>
  normalizeDigits(normalizePersianLetters(normalizeAlefMaqsura(normalizeTaMarbuta(normalizeHamzaCarriers(normalizeAlef(cleanText(s)))))))
    .replace(/\s+/g, ' ')
    .trim();

describe('normalisation', () => {
  it('folds each variant the way its name says', () => {
    expect(removeDiacritics('تضمّنت')).toBe('تضمنت');
    expect(removeTatweel('ليـــبيا')).toBe('ليبيا');
    expect(removeFormatMarks('ليبيا\u200F\u200B')).toBe('ليبيا');
    expect(normalizeAlef('إيطاليا أجدابيا آمنة')).toBe('ايطاليا اجدابيا امنة');
    expect(normalizeHamzaCarriers('رئيس مؤتمر')).toBe('رييس موتمر');
    expect(normalizeTaMarbuta('مصراتة')).toBe('مصراته');
    expect(normalizeAlefMaqsura('بنى')).toBe('بني');
    expect(normalizePersianLetters('کابل')).toBe('كابل');
    expect(normalizeDigits('٩٠٠ ۳۰')).toBe('900 30');
  });

  it('gives variant spellings one key', () => {
    expect(normalizeKey('أبو ظبي')).toBe(normalizeKey('ابو  ظبي'));
    expect(normalizeKey('مصراتة')).toBe(normalizeKey('مصراته'));
    expect(normalizeKey('إجدابيا')).toBe(normalizeKey('أجدابيا'));
    expect(normalizeKey('رأس لانوف')).toBe(normalizeKey('راس لانوف'));
    expect(normalizeKey('طـرابـلـس')).toBe(normalizeKey('طَرَابُلُس'));
    expect(normalizeKey('\uFEFF ليبيا\u200F ')).toBe('ليبيا');
  });

  it('computes the same key as the composition of the named functions', () => {
    const ch = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x600, max: 0x6ff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(' ', '\n', '\t', '\u00A0', '\u3000', '\u200B', '\uFEFF', '\u0640', '\u064E'),
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        expect(normalizeKey(s)).toBe(byParts(s));
      }),
      { numRuns: 20000 },
    );
  });
});

/** The straightforward tokeniser the table-driven one must agree with. */
function referenceTokens(text: string): { start: number; end: number; norm: string }[] {
  const word = /[\p{L}\p{N}\p{M}\u0640\u200C\u200D\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
  const ignorable = /^[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0640]$/;
  const out: { start: number; end: number; norm: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || !word.test(text[i]!) || ignorable.test(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !(text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdfff) && word.test(text[i]!)) i++;
    let end = i;
    while (end > start && ignorable.test(text[end - 1]!) && !/\p{M}/u.test(text[end - 1]!)) end--;
    const norm = byParts(text.slice(start, end));
    if (norm) out.push({ start, end, norm });
  }
  return out;
}

describe('tokenize', () => {
  it('keeps original offsets through marks, tatweel and digits', () => {
    const text = 'وصل «عربي21» إلى طـرابـلس\u200F، وبِالغَرْدَقة ٩٠٠ كم';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['وصل', 'عربي21', 'الي', 'طرابلس', 'وبالغردقه', '900', 'كم']);
    for (const t of tokens) expect(normalizeKey(text.slice(t.start, t.end))).toBe(t.norm);
  });

  it('agrees with the reference tokeniser on random text', () => {
    const piece = fc.oneof(
      fc.integer({ min: 0x600, max: 0x6ff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(' ', '.', '،', '«', '\u200C', '\u200F', '\u0640', '\u064E', '😀', '\uD83D', 'a', '7', '٣', '\u0301', '\u00AD'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(referenceTokens(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('moves a start past proclitic letters and the marks on them', () => {
    const text = 'بِالغردقة';
    expect(text.slice(offsetAfterLetters(text, 0, 1))).toBe('الغردقة');
  });
});
