// Nisba adjectives and demonyms: a place name + ي/ية/يون/يين/يان ("الليبية", "التركي",
// "الإماراتي", "المصريين"). On a normalised key, `nisbaBases` lists the names the adjective
// may derive from, for the caller to look up in the gazetteer: the suffix goes, and the
// name's own ending (ا, يا, ال-, ة) may have been dropped by the derivation.

/** Longest first, so "الليبيين" loses "يين", not "ن". Keys use ه for ta marbuta. */
const SUFFIXES = ['يتين', 'يين', 'يون', 'يان', 'يات', 'يه', 'ي'];
const MIN_STEM = 2;

/** Candidate place keys an adjective could derive from; [] when it has no nisba ending. */
export function nisbaBases(word: string): string[] {
  const bare = word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
  for (const suffix of SUFFIXES) {
    if (!bare.endsWith(suffix)) continue;
    const stem = bare.slice(0, -suffix.length);
    if (stem.length < MIN_STEM) return [];
    // مصر، ليبيا، روسيا، الإمارات، السعودية، اليمن، طرابلس، أمريكا، المانيا
    return [stem, stem + 'ا', stem + 'يا', 'ال' + stem, 'ال' + stem + 'يه', stem + 'ه'];
  }
  return [];
}

/**
 * The nisba adjectives of a place name, the other way round: "ليبيا" → "ليبي", "الليبية",
 * "الليبيين", …; "الإمارات" → "الاماراتي"; "السعودية" → "السعودي". Normalised keys in and out.
 */
export function nisbaForms(name: string): string[] {
  // "المانيا" begins with ال but keeps it ("الالماني"); "الامارات" drops it ("الاماراتي").
  const bases = name.startsWith('ال') && name.length > 4 ? [name, name.slice(2)] : [name];
  const stems = new Set<string>();
  for (const bare of bases) {
    stems.add(bare);
    if (bare.endsWith('يا')) stems.add(bare.slice(0, -2));
    if (bare.endsWith('ا')) stems.add(bare.slice(0, -1));
    if (bare.endsWith('يه')) stems.add(bare.slice(0, -2));
    if (bare.endsWith('ه')) stems.add(bare.slice(0, -1));
  }
  const forms: string[] = [];
  for (const stem of stems) {
    if (stem.length < 3) continue;
    for (const suffix of SUFFIXES) forms.push(stem + suffix, 'ال' + stem + suffix);
  }
  return forms;
}
