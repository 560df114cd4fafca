// Bytes → text for article files, browser-safe (only TextDecoder). Accepts UTF-8 (with or
// without BOM), UTF-16 with a BOM, and legacy Windows-1256 Arabic, which older Arabic news
// archives still use. Rejects what is not text. Line endings (CRLF) are left untouched so
// mention offsets always refer to the text exactly as the user has it; only a leading BOM is
// dropped, as the contract says offsets are counted after it.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding; bom: boolean; /** Something the user should know, e.g. a legacy encoding. */ warning?: string }
  | { ok: false; problem: string };

/** Share of control bytes (other than tab, LF, VT, FF, CR) above which a file is not text. */
const MAX_CONTROL_SHARE = 0.02;
/** Share of invalid sequences among non-ASCII characters below which a file is damaged UTF-8. */
const MAX_DAMAGED_UTF8_SHARE = 0.05;
/** Share of Arabic among the letters of a Windows-1256 decoding that makes it believable. */
const MIN_ARABIC_LETTER_SHARE = 0.6;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
let cp1256: TextDecoder | undefined;

/** Decode an article file's bytes, or say in a few words why they are not text. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  return decodeUtf8(bytes, false);
}

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodeResult {
  const binary = binaryProblem(bytes);
  if (binary) return { ok: false, problem: binary };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return decodeInvalidUtf8(bytes, bom);
  }
  return { ok: true, text, encoding: 'utf-8', bom };
}

/**
 * UTF-8 with a few damaged bytes stays UTF-8 (the damage replaced by U+FFFD); otherwise, and
 * without a BOM, try the legacy Arabic code page. Every byte decodes in Windows-1256, so that
 * reading is accepted only when it comes out as Arabic text.
 */
function decodeInvalidUtf8(bytes: Uint8Array, bom: boolean): DecodeResult {
  const lossy = lossyUtf8.decode(bytes);
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < lossy.length; i++) {
    const c = lossy.charCodeAt(i);
    if (c >= 0x80) nonAscii++;
    if (c === 0xfffd) replaced++;
  }
  if (bom || replaced <= nonAscii * MAX_DAMAGED_UTF8_SHARE) {
    const warning = `invalid UTF-8: ${replaced} damaged byte sequence${replaced === 1 ? '' : 's'} replaced by U+FFFD`;
    return { ok: true, text: lossy, encoding: 'utf-8', bom, warning };
  }
  cp1256 ??= new TextDecoder('windows-1256');
  const legacy = cp1256.decode(bytes);
  if (arabicLetterShare(legacy) >= MIN_ARABIC_LETTER_SHARE) {
    return { ok: true, text: legacy, encoding: 'windows-1256', bom: false, warning: 'not UTF-8; decoded as Windows-1256 Arabic' };
  }
  return { ok: false, problem: 'neither UTF-8 nor Windows-1256 Arabic text' };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
  } catch {
    return { ok: false, problem: `invalid ${encoding.toUpperCase()} after its byte order mark` };
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, problem: 'binary data (control characters)' };
  return { ok: true, text, encoding, bom: true };
}

/** Why single-byte-or-UTF-8 bytes are binary rather than text, if they are. */
function binaryProblem(bytes: Uint8Array): string | undefined {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20) {
      if (b === 0x7f) controls++;
      continue;
    }
    if (b === 0) return 'binary data (NUL bytes)';
    if (b < 0x09 || b > 0x0d) controls++;
  }
  return controls > bytes.length * MAX_CONTROL_SHARE ? 'binary data (control characters)' : undefined;
}

function controlShare(text: string): number {
  if (!text) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0x7f || (c < 0x20 && (c < 0x09 || c > 0x0d))) controls++;
  }
  return controls / text.length;
}

/** Arabic letters among all letters (Arabic script blocks vs anything else \p{L}). */
function arabicLetterShare(text: string): number {
  let letters = 0;
  let arabic = 0;
  for (const m of text.matchAll(/\p{L}/gu)) {
    letters++;
    const c = m[0].codePointAt(0)!;
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}
