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

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
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
  for (const conj of CONJUNCTIONS) {
    if (conj && !word.startsWith(conj)) continue;
    for (const prep of PREPOSITIONS) {
      const prefix = conj + prep;
      if (!prefix || !word.startsWith(prefix)) continue;
      const stem = word.slice(prefix.length);
      if (stem.length >= MIN_STEM) readings.push({ letters: prefix.length, key: stem });
      if (prep === 'ل' && stem.startsWith('ل') && stem.length > MIN_STEM) {
        readings.push({ letters: prefix.length, key: 'ا' + stem });
      }
    }
  }
  return readings.sort((a, b) => a.letters - b.letters);
}

/** The word without any proclitics that leave a stem of at least two letters: "وبالجيش" → "الجيش". */
export function stripProclitics(word: string): string {
  const readings = procliticReadings(word);
  return readings.length ? readings[readings.length - 1]!.key : word;
}
