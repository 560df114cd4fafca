// File names that say what an export shows: "marsad-<title slug>-<YYYY-MM-DD>.png". Arabic
// titles are transliterated letter by letter so the name stays ASCII on every file system.

const ARABIC_TO_LATIN: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j',
  'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's',
  'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': 'a', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l',
  'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'w', 'ي': 'y', 'ى': 'a', 'ئ': 'y', 'ؤ': 'w',
  'ء': '', 'ـ': '', 'پ': 'p', 'چ': 'ch', 'ڤ': 'v', 'گ': 'g', 'ک': 'k', 'ی': 'y',
};

export function transliterate(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code >= 0x660 && code <= 0x669) return String(code - 0x660); // Arabic-Indic digits
      if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0); // Eastern Arabic-Indic
      return ARABIC_TO_LATIN[ch] ?? ch;
    })
    .join('');
}

export function slugify(text: string, maxLength = 60): string {
  const slug = transliterate(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents, Arabic harakat, and what NFKD split off
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** Local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function briefingFileName(title: string, date: Date): string {
  const slug = slugify(title);
  return `marsad-${slug ? `${slug}-` : ''}${isoDate(date)}.png`;
}
