// HTML character references: numeric ones, and the named ones news pages actually use. An
// unknown name is left as written rather than guessed.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
  hellip: '…', mdash: '—', ndash: '–', minus: '−', middot: '·', bull: '•', deg: '°',
  copy: '©', reg: '®', trade: '™', times: '×', divide: '÷', shy: '\u00AD',
  zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/** Decode `&name;`, `&#123;` and `&#x7B;` references. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // NUL, surrogates and out-of-range values become U+FFFD, as HTML parsers do.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}
