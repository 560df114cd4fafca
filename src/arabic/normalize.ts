// Arabic orthographic normalisation as small, composable, named functions (after CAMeL
// Tools' normalize_* / dediac_*). Each maps a string to a string; `normalizeKey` composes
// them into the form used for gazetteer keys and matching. None of them may be used to
// compute offsets: offsets always come from the original text (see tokenize.ts).

/** Harakat, shadda, sukun, superscript alef, Quranic annotation marks. */
const DIACRITIC_CLASS = '\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06ED';
/** Soft hyphen, zero-width, joiner and bidi control characters, BOM, Arabic letter mark. */
const FORMAT_CLASS = '\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF';
const DIACRITICS = new RegExp(`[${DIACRITIC_CLASS}]`, 'g');
const FORMAT_MARKS = new RegExp(`[${FORMAT_CLASS}]`, 'g');
const TATWEEL = /\u0640/g;
const IGNORABLE = new RegExp(`^[${DIACRITIC_CLASS}${FORMAT_CLASS}\\u0640]$`);

/** Remove harakat and other vowel/recitation marks: "تضمّنت" → "تضمنت". */
export function removeDiacritics(s: string): string {
  return s.replace(DIACRITICS, '');
}

/** Remove kashida (tatweel) used for justification: "ليـــبيا" → "ليبيا". */
export function removeTatweel(s: string): string {
  return s.replace(TATWEEL, '');
}

/** Remove zero-width, bidi and BOM characters that survive copy-paste from web pages. */
export function removeFormatMarks(s: string): string {
  return s.replace(FORMAT_MARKS, '');
}

/** Alef with hamza above/below, madda and wasla → bare alef: "إيطاليا" → "ايطاليا". */
export function normalizeAlef(s: string): string {
  return s.replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627');
}

/** Hamza on waw / yeh carriers → the bare carrier: "رئيس" → "رييس"; matching only. */
export function normalizeHamzaCarriers(s: string): string {
  return s.replace(/\u0624/g, '\u0648').replace(/\u0626/g, '\u064A');
}

/** Ta marbuta → heh, the common informal spelling: "مصراتة" ≡ "مصراته". */
export function normalizeTaMarbuta(s: string): string {
  return s.replace(/\u0629/g, '\u0647');
}

/** Alef maqsura → yeh (and Farsi yeh → yeh): "بنى" ≡ "بني". */
export function normalizeAlefMaqsura(s: string): string {
  return s.replace(/[\u0649\u06CC\u06D2]/g, '\u064A');
}

/** Persian/Urdu letter forms seen in gazetteer alternate names → Arabic letters. */
export function normalizePersianLetters(s: string): string {
  return s
    .replace(/[\u06A9\u06AA]/g, '\u0643') // keheh → kaf
    .replace(/[\u06C0\u06C1\u06D5]/g, '\u0647') // heh goal / ae → heh
    .replace(/\u06BE/g, '\u0647'); // heh doachashmee → heh
}

/** Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits: "٩٠٠" → "900". */
export function normalizeDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/** Marks that are deleted by normalisation (diacritics, tatweel, format marks). */
export function isIgnorableMark(ch: string): boolean {
  return IGNORABLE.test(ch);
}

/** Everything above except the key-only folds: readable text without marks. */
export function cleanText(s: string): string {
  return removeTatweel(removeDiacritics(removeFormatMarks(s)));
}

/** The composition normalizeKey implements, one function after another (the reference). */
function normalizeKeyByParts(s: string): string {
  return normalizeDigits(
    normalizePersianLetters(
      normalizeAlefMaqsura(normalizeTaMarbuta(normalizeHamzaCarriers(normalizeAlef(cleanText(s))))),
    ),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every step above maps one character to one or none, so a table per code unit composes them. */
let keyFolds: Int32Array | undefined;
const WHITESPACE = /\s/;
/** Marker in the fold table for whitespace, which collapses to one space. */
const SPACE = -2;
const DELETED = -1;
/** Ranges where some step changes or deletes a character; all others map to themselves. */
const FOLD_RANGES: [number, number][] = [
  [0x0009, 0x0020],
  [0x00a0, 0x00ff],
  [0x0600, 0x06ff],
  [0x1680, 0x1680],
  [0x2000, 0x206f],
  [0x3000, 0x3000],
  [0xfe00, 0xfeff],
];

/**
 * normalizeKey of each BMP code unit: the unit itself, its folded form, DELETED (-1) or
 * SPACE (-2). Built once from the named functions, so the two cannot disagree.
 */
export function keyFoldTable(): Int32Array {
  if (keyFolds) return keyFolds;
  const table = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  for (const [from, to] of FOLD_RANGES) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const folded = cleanText(ch);
      if (folded === '') table[c] = DELETED;
      else if (WHITESPACE.test(folded)) table[c] = SPACE;
      else {
        const key = normalizeKeyByParts(ch);
        table[c] = key.length === 1 ? key.charCodeAt(0) : c;
      }
    }
  }
  keyFolds = table;
  return table;
}

let buffer = new Uint16Array(256);

/**
 * The matching key of a word or name: marks removed, letter variants folded, whitespace
 * collapsed. Two spellings of one name ("أبو ظبي"/"ابو ظبي", "مصراتة"/"مصراته") share a key.
 * Same result as applying the functions above in turn, in one pass.
 */
export function normalizeKey(s: string): string {
  const table = keyFoldTable();
  if (buffer.length < s.length) buffer = new Uint16Array(s.length);
  let len = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const f = table[s.charCodeAt(i)]!;
    if (f === DELETED) continue;
    if (f === SPACE) {
      pendingSpace = len > 0;
      continue;
    }
    if (pendingSpace) {
      buffer[len++] = 0x20;
      pendingSpace = false;
    }
    buffer[len++] = f;
  }
  let out = '';
  // String.fromCharCode.apply has an argument-count limit; build long keys in chunks.
  for (let k = 0; k < len; k += 8192) {
    out += String.fromCharCode.apply(null, buffer.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  }
  return out;
}
