// Arabic proclitics: the conjunctions و/ف, the prepositions ب/ل/ك, and their combinations,
// written attached to the next word ("وبني", "بالغردقة", "للجزائر"). The definite article ال
// belongs to the name and stays. Works on normalised keys (normalizeKey), whose letters map
// one-to-one onto the original word's non-mark characters, so `letters` can be turned back
// into an offset with offsetAfterLetters.

export interface ProcliticReading {
  /** How many leading letters of the word are proclitics. */
  letters: number;
  /** The normalised word without them ("بالغردقه" → "الغردقه", "للجزاير" → "الجزاير"). */
  key: string;
}

/** A reading must keep at least this many letters: "بن" is not ب + ن. */
const MIN_STEM = 2;

/**
 * Every way to read a normalised word as proclitics + stem, fewest proclitic letters
 * first, excluding the word itself. ل before ال drops the alef ("للجزائر" = ل + الجزائر):
 * the stem is then restored with its alef and `letters` counts only the first ل, so the
 * span keeps the article's lam.
 */
export function procliticReadings(word: string): ProcliticReading[] {
  const readings: ProcliticReading[] = [];
  forEachProcliticReading(word, (letters, key) => readings.push({ letters, key }));
  return readings;
}

/** procliticReadings without the array: calls `visit` for each reading, in the same order. */
export function forEachProcliticReading(word: string, visit: (letters: number, key: string) => void): void {
  if (!mayHaveProclitic(word)) return;
  const conj = word[0] === 'و' || word[0] === 'ف' ? 1 : 0;
  // One letter: و، ف، or a preposition alone.
  if (conj || isPreposition(word[0])) readStem(word, 1, word[0] === 'ل', visit);
  // Two letters: و/ف + preposition.
  if (conj && isPreposition(word[1])) readStem(word, 2, word[1] === 'ل', visit);
}

function isPreposition(ch: string | undefined): boolean {
  return ch === 'ب' || ch === 'ل' || ch === 'ك';
}

function readStem(word: string, letters: number, afterLam: boolean, visit: (letters: number, key: string) => void): void {
  const stem = word.slice(letters);
  if (stem.length >= MIN_STEM) visit(letters, stem);
  if (afterLam && stem.startsWith('ل') && stem.length > MIN_STEM) visit(letters, 'ا' + stem);
}

/** Whether a word may begin with a proclitic at all (و ف ب ل ك). */
export function mayHaveProclitic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c === 0x648 || c === 0x641 || c === 0x628 || c === 0x644 || c === 0x643;
}

/**
 * The word without the longest proclitic sequence that leaves a stem of at least two letters
 * ("وبالجيش" → "الجيش", "للجزائر" → "الجزاير"); hot path, so no intermediate arrays.
 */
export function stripProclitics(word: string): string {
  if (!mayHaveProclitic(word)) return word;
  let i = 0;
  if (word[0] === 'و' || word[0] === 'ف') i = 1;
  const p = word[i];
  if (p === 'ب' || p === 'ل' || p === 'ك') {
    const stem = word.slice(i + 1);
    if (p === 'ل' && stem.startsWith('ل') && stem.length > MIN_STEM) return 'ا' + stem;
    if (stem.length >= MIN_STEM) return stem;
  }
  return i === 1 && word.length - 1 >= MIN_STEM ? word.slice(1) : word;
}
