import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText } from '../src/textio/decode.ts';

const ARABIC = 'وصل الوفد إلى بنغازي، ثم توجّه إلى مصراتة غربي سرت.\r\nوقال المتحدث إن الاجتماع سيعقد في طرابلس.';

/** Windows-1256 encoder built by inverting the platform's decoder (no iconv needed). */
function encodeCp1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text], (ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`not encodable in windows-1256: ${ch}`);
    return b;
  });
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 as is, keeping CRLF', () => {
    const r = decodeText(utf8(ARABIC));
    expect(r).toEqual({ ok: true, text: ARABIC, encoding: 'utf-8', bom: false });
  });

  it('drops a UTF-8 byte order mark', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARABIC)]));
    expect(r).toMatchObject({ ok: true, text: ARABIC, bom: true });
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const le = new Uint8Array(2 + ARABIC.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < ARABIC.length; i++) {
      le[2 + 2 * i] = ARABIC.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = ARABIC.charCodeAt(i) >> 8;
    }
    expect(decodeText(le)).toMatchObject({ ok: true, text: ARABIC, encoding: 'utf-16le' });
  });

  it('detects Windows-1256 Arabic and warns', () => {
    const r = decodeText(encodeCp1256(ARABIC));
    expect(r).toMatchObject({ ok: true, text: ARABIC, encoding: 'windows-1256' });
    expect(r.ok && r.warning).toMatch(/Windows-1256/);
  });

  it('keeps damaged UTF-8 as UTF-8 with replacement characters rather than mojibake', () => {
    const bytes = utf8(ARABIC);
    const damaged = new Uint8Array([...bytes.subarray(0, 4), 0xff, ...bytes.subarray(4)]);
    const r = decodeText(damaged);
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(r.ok && r.text.replace('\uFFFD', '')).toBe(ARABIC);
    expect(r.ok && r.warning).toMatch(/1 damaged byte sequence/);
  });

  it('rejects binary data: NUL bytes, control characters, non-Arabic legacy bytes', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({
      ok: false,
      problem: 'binary data (NUL bytes)',
    });
    expect(decodeText(Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/control characters/),
    });
    // Latin-1 "café crème" style bytes are neither UTF-8 nor Arabic.
    expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]))).toMatchObject({ ok: false });
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: true, text: '' });
  });

  it('never throws on random bytes, and any text it returns is a string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ min: 0x20, maxLength: 2000 })), (bytes) => {
        const r = decodeText(bytes);
        if (r.ok) expect(typeof r.text).toBe('string');
        else expect(r.problem).toMatch(/\S/);
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips any valid UTF-8 text without NUL or control characters', () => {
    const textChar = fc.oneof(
      fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى \u064B\u0651\u0640\u200F\r\n\t،؟0123456789'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(textChar, { maxLength: 300 }), (chars) => {
        const text = chars.join('').replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '').replace(/^\uFEFF/, '');
        const r = decodeText(utf8(text));
        expect(r).toMatchObject({ ok: true, text });
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips Arabic text encoded in Windows-1256', () => {
    const letters = 'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى،؟ ';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 20, maxLength: 300 }), (chars) => {
        const text = chars.join('');
        const r = decodeText(encodeCp1256(text));
        expect(r).toMatchObject({ ok: true, encoding: 'windows-1256', text });
      }),
      { numRuns: 1000 },
    );
  });
});
