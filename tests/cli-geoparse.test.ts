// The `marsad geoparse` contract end to end: spawns the real CLI on temporary files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const gjv = createRequire(import.meta.url)('geojson-validation') as {
  isFeature(f: unknown, trace: true): string[];
  isFeatureCollection(fc: unknown, trace: true): string[];
};

// Real-style news text (not from the seeds): places with proclitics, a qualifier, two lines.
const LINES = [
  'أعلنت السلطات في بنغازي وصول شحنة من المساعدات عبر ميناء المدينة، فيما توجه وفد إلى مصراتة.',
  'وقال مسؤول محلي إن الاشتباكات اندلعت غربي سرت قبل أن تمتد إلى أطراف طرابلس صباح الأحد.',
  'وتابعت الحكومة في ليبيا الوضع بالتنسيق مع مصر وتركيا.',
];
const TEXT = LINES.join('\n') + '\n';

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], stdin?: string | Uint8Array): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'geoparse', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

type Props = Record<string, unknown> & { doc: string; start: number; end: number; text: string; place_id: string };
type Feature = { type: string; geometry: { type: string; coordinates: number[] }; properties: Props };

function features(stdout: string): Feature[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Feature);
}

/** Everything about a mention except which document it came from. */
function withoutDoc(fs: Feature[]): unknown[] {
  return fs.map((f) => ({ ...f, properties: { ...f.properties, doc: undefined } }));
}

/** Windows-1256 encoder built by inverting the platform's decoder. */
function encodeCp1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text], (ch) => table.get(ch) ?? 0x3f);
}

let dir: string;
const file = (name: string) => join(dir, name);
let utf8Run: Result;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
  writeFileSync(file('news.txt'), TEXT);
  writeFileSync(file('bom-crlf.txt'), '\uFEFF' + TEXT.replace(/\n/g, '\r\n'));
  writeFileSync(file('legacy.txt'), encodeCp1256(TEXT));
  writeFileSync(file('empty.txt'), '');
  writeFileSync(file('image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  mkdirSync(file('folder'));
  utf8Run = await runCli([file('news.txt')]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('marsad geoparse', () => {
  it('prints one valid GeoJSON Feature per line whose offsets slice to its text', () => {
    expect(utf8Run.stderr).toBe('');
    expect(utf8Run.code).toBe(0);
    const fs = features(utf8Run.stdout);
    expect(fs.length).toBeGreaterThanOrEqual(3);
    for (const f of fs) {
      expect(gjv.isFeature(f, true)).toEqual([]);
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
      const p = f.properties;
      const keys = ['doc', 'start', 'end', 'text', 'place_id', 'name_ar', 'name_en', 'kind', 'country', 'confidence'];
      expect(Object.keys(p)).toEqual('relation' in p ? [...keys, 'relation'] : keys);
      expect(Object.keys(f)).toEqual(['type', 'geometry', 'properties']);
      expect(p.doc).toBe(file('news.txt'));
      expect(TEXT.slice(p.start, p.end)).toBe(p.text);
      for (const key of ['place_id', 'name_ar', 'name_en', 'kind']) expect(typeof p[key]).toBe('string');
      expect(p.country).toMatch(/^[A-Z]{2}$/);
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      if ('relation' in p) {
        const { direction, distance_km, text } = p.relation as Record<string, unknown>;
        expect(['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW', undefined]).toContain(direction);
        expect(['number', 'undefined']).toContain(typeof distance_km);
        expect(TEXT).toContain(text);
      }
    }
    // "غربي سرت": the qualifier reaches the output as a relation.
    const sirte = fs.find((f) => f.properties.text === 'سرت');
    expect(sirte?.properties.relation).toMatchObject({ direction: 'W' });
    // Mentions come in text order.
    const starts = fs.map((f) => f.properties.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('drops a BOM and keeps CRLF: offsets slice the CRLF text to the same mentions', async () => {
    const r = await runCli([file('bom-crlf.txt')]);
    expect(r.code).toBe(0);
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const fs = features(r.stdout);
    for (const f of fs) expect(crlf.slice(f.properties.start, f.properties.end)).toBe(f.properties.text);
    const ids = (x: Feature[]) => x.map((f) => [f.properties.place_id, f.properties.text]);
    expect(ids(fs)).toEqual(ids(features(utf8Run.stdout)));
  });

  it('detects Windows-1256 Arabic, warns naming the file, and finds the same mentions', async () => {
    const r = await runCli([file('legacy.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file('legacy.txt'));
    expect(r.stderr).toMatch(/Windows-1256/);
    expect(withoutDoc(features(r.stdout))).toEqual(withoutDoc(features(utf8Run.stdout)));
  });

  it('prints nothing for an empty file and succeeds', async () => {
    const r = await runCli([file('empty.txt')]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports binary, missing and directory inputs on one line each, still printing the good file, exit 1', async () => {
    const r = await runCli([file('image.png'), file('missing.txt'), file('news.txt'), file('folder')]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain(file('image.png'));
    expect(errors[0]).toMatch(/binary/);
    expect(errors[1]).toContain(file('missing.txt'));
    expect(errors[1]).toMatch(/no such file/);
    expect(errors[2]).toContain(file('folder'));
    expect(errors[2]).toMatch(/directory/);
    expect(r.stdout).toBe(utf8Run.stdout);
  });

  it('reads standard input for "-", with doc "-"', async () => {
    const r = await runCli(['-'], TEXT);
    expect(r.code).toBe(0);
    const fs = features(r.stdout);
    expect(fs.every((f) => f.properties.doc === '-')).toBe(true);
    expect(withoutDoc(fs)).toEqual(withoutDoc(features(utf8Run.stdout)));
  });

  it('--format json prints one valid FeatureCollection with the same features', async () => {
    const r = await runCli(['--format', 'json', file('news.txt'), file('empty.txt'), file('news.txt')]);
    expect(r.code).toBe(0);
    const fc = JSON.parse(r.stdout) as { type: string; features: Feature[] };
    expect(gjv.isFeatureCollection(fc, true)).toEqual([]);
    const seq = features(utf8Run.stdout);
    expect(fc.features).toEqual([...seq, ...seq]);
    const none = JSON.parse((await runCli(['--format=json', file('empty.txt')])).stdout) as { features: unknown[] };
    expect(none).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('--min-confidence keeps exactly the mentions at or above the threshold', async () => {
    const all = features(utf8Run.stdout);
    const confidences = [...new Set(all.map((f) => f.properties.confidence as number))].sort((a, b) => a - b);
    // Halfway between two reported (rounded) values, so rounding cannot move a mention across.
    const k = Math.max(1, Math.floor(confidences.length / 2));
    const threshold = confidences.length > 1 ? (confidences[k - 1]! + confidences[k]!) / 2 : confidences[0]! - 0.001;
    const r = await runCli(['--min-confidence', String(threshold), file('news.txt')]);
    expect(r.code).toBe(0);
    expect(features(r.stdout)).toEqual(all.filter((f) => (f.properties.confidence as number) >= threshold));
    const bad = await runCli(['--min-confidence=2', file('news.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--min-confidence must be a number from 0 to 1/);
  });

  it('--help prints usage with an example; an unknown option is a one-line usage error', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: marsad geoparse/);
    expect(help.stdout).toMatch(/example/);
    const bad = await runCli(['--frobnicate', file('news.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--frobnicate');
  });

  it('ends quietly when the reader closes the pipe early', async () => {
    const args = Array.from({ length: 400 }, () => file('news.txt'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'geoparse', ...args], { cwd: ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
