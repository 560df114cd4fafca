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

/**
 * The matching key of a word or name: marks removed, letter variants folded, whitespace
 * collapsed. Two spellings of one name ("أبو ظبي"/"ابو ظبي", "مصراتة"/"مصراته") share a key.
 */
export function normalizeKey(s: string): string {
  return normalizeDigits(
    normalizePersianLetters(
      normalizeAlefMaqsura(normalizeTaMarbuta(normalizeHamzaCarriers(normalizeAlef(cleanText(s))))),
    ),
  )
    .replace(/\s+/g, ' ')
    .trim();
}
