// Node-side reading of article files (or stdin for "-") into decoded text, with one-line
// problems suitable for "marsad: FILE: problem" messages instead of exceptions.
import { readFileSync } from 'node:fs';
import { decodeText, type TextEncoding } from '../textio/decode.ts';

export type ReadTextResult =
  | { ok: true; text: string; encoding: TextEncoding; warning?: string }
  | { ok: false; problem: string };

/**
 * Read and decode one article; `path` "-" reads standard input to its end. Files are read
 * synchronously: for article-sized files that is several times faster than fs.promises,
 * whose open/stat/read/close round trips through the thread pool leave the CPU idle.
 */
export async function readArticle(path: string): Promise<ReadTextResult> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : readFileSync(path);
  } catch (err) {
    return { ok: false, problem: describeFsError(err) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, text: decoded.text, encoding: decoded.encoding, warning: decoded.warning };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a text file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}
