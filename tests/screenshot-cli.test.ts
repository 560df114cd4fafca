// `marsad screenshot` before any browser starts: argument checks, id checks against the
// layers, the missing-Chromium message, atomic writes, and the loopback static server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appIsStale, hashFor, parseBbox, parseScreenshotArgs, UsageError, validateSelection } from '../src/cli/commands/screenshot.ts';
import { writeFileAtomic } from '../src/layers/write.node.ts';
import { resolveInside, serveStatic, type StaticServer } from '../src/cli/serve-static.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-screenshot-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('arguments', () => {
  it('defaults to 1600x1000 at scale 1 and reads every option', () => {
    const out = join(dir, 'a.png');
    expect(parseScreenshotArgs(['--out', out])).toMatchObject({ out, viewport: { width: 1600, height: 1000 }, image: { width: 1600, height: 1000, pixelRatio: 1 } });
    expect(parseScreenshotArgs(['--out', out, '--size', '800x600', '--scale', '3', '--lang', 'ar', '--title', 'سرت', '--place', 'p1', '--article', 'a1', '--bbox', '14,28,20,32.5'])).toEqual({
      out,
      viewport: { width: 800, height: 600 },
      image: { width: 2400, height: 1800, pixelRatio: 3 },
      lang: 'ar', title: 'سرت', place: 'p1', article: 'a1', bbox: [14, 28, 20, 32.5], corpus: undefined,
    });
  });

  it('--size a4|letter: a landscape sheet at 300 dpi, laid out like a 96 dpi screen', () => {
    const a4 = parseScreenshotArgs(['--out', join(dir, 'a.png'), '--size', 'A4']);
    expect(a4).toMatchObject({ viewport: { width: 1123, height: 794 }, image: { width: 3508, height: 2480 } });
    expect(parseScreenshotArgs(['--out', join(dir, 'a.png'), '--size', 'letter'])).toMatchObject({ image: { width: 3300, height: 2550 } });
    expect(() => parseScreenshotArgs(['--out', join(dir, 'a.png'), '--size', 'a4', '--scale', '2'])).toThrow(/does not apply/);
  });

  it.each([
    [[], /--out FILE.png is required/],
    [['--out', 'x.jpg'], /must end in .png/],
    [['--out', '/nonexistent-dir/x.png'], /does not exist/],
    [['--out', 'x.png', '--scale', '4'], /expected 1, 2 or 3/],
    [['--out', 'x.png', '--size', 'big'], /WIDTHxHEIGHT/],
    [['--out', 'x.png', '--lang', 'fr'], /expected ar or en/],
    [['--out', 'x.png', '--bbox', '20,28,14,32'], /west must be less than east/],
    [['--out', 'x.png', '--bbox', '1,2,3'], /four numbers/],
    [['--out', 'x.png', '--bbox', '14,28,200,32'], /within ±180/],
    [['--out', 'x.png', '--place', ' '], /must not be empty/],
    [['--out', 'x.png', '--corpus', '/no/such/corpus'], /no such file/],
    [['--out', 'x.png', '--zoom', '3'], /Unknown option/],
  ])('rejects %j', (args, message) => {
    expect(() => parseScreenshotArgs(args)).toThrow(UsageError);
    expect(() => parseScreenshotArgs(args)).toThrow(message);
  });

  it('bbox accepts spaces and negative numbers', () => {
    expect(parseBbox(' -10.5, -5 ,3,7')).toEqual([-10.5, -5, 3, 7]);
  });

  it('builds the app URL hash from the selection', () => {
    expect(hashFor({})).toBe('');
    expect(hashFor({ place: 'geonames:2210247', lang: 'ar', bbox: [14, 28, 20, 32.5] })).toBe('#place=geonames%3A2210247&lang=ar&bbox=14,28,20,32.5');
    expect(hashFor({ article: 'a b&c' })).toBe('#article=a%20b%26c');
  });
});

describe('ids are checked against the layers', () => {
  let layers = '';
  beforeAll(() => {
    layers = join(dir, 'layers');
    mkdirSync(layers);
    const place = (id: string) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [16.6, 31.2] }, properties: { id } });
    writeFileSync(join(layers, 'places.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [place('geonames:2210247'), place('country:LY')] }));
    writeFileSync(join(layers, 'articles.json'), JSON.stringify([{ id: 'seed-1', title: 't', text: '', mention_ids: [] }]));
  });

  it('accepts known ids', () => {
    expect(() => validateSelection(layers, { place: 'country:LY', article: 'seed-1' })).not.toThrow();
  });

  it('names the unknown id and the file', () => {
    expect(() => validateSelection(layers, { place: 'geonames:1' })).toThrow(/--place "geonames:1": no such place in .*places\.geojson \(2 places\)/);
    expect(() => validateSelection(layers, { article: 'seed-9' })).toThrow(UsageError);
    expect(() => validateSelection(join(dir, 'missing'), { article: 'x' })).toThrow(/layer file not found/);
  });
});

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'screenshot', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('command line', () => {
  it('bad bbox: exit 2, one line, no file', () => {
    const out = join(dir, 'bad-bbox.png');
    const r = cli(['--out', out, '--bbox', '20,35,10,30']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^marsad screenshot: --bbox/);
    expect(existsSync(out)).toBe(false);
  });

  it('no Chromium: says how to install it, no file', () => {
    const out = join(dir, 'no-chromium.png');
    const r = cli(['--out', out], { CHROMIUM_PATH: join(dir, 'no-such-chromium') });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('apt-get install chromium');
    expect(existsSync(out)).toBe(false);
  });

  it('--help prints the usage with an example', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--bbox W,S,E,N/);
    expect(r.stdout).toMatch(/example:/);
  });
});

describe('the app is rebuilt when its sources are newer than dist/', () => {
  it('compares sources, not build outputs, with dist/index.html', () => {
    const root = join(dir, 'project');
    const file = (rel: string, at: number) => {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), 'x');
      utimesSync(join(root, rel), at, at);
    };
    const t = Date.now() / 1000 - 100;
    expect(appIsStale(root, join(root, 'dist'))).toBe(true); // nothing built
    file('src/app/main.ts', t);
    file('dist/index.html', t + 10);
    file('dist/data/places.geojson', t + 10);
    expect(appIsStale(root, join(root, 'dist'))).toBe(false);
    file('static/data/places.geojson', t + 20); // written by the build itself
    expect(appIsStale(root, join(root, 'dist'))).toBe(false);
    file('src/app/map/style.ts', t + 20);
    expect(appIsStale(root, join(root, 'dist'))).toBe(true);
  });
});

describe('atomic write', () => {
  it('leaves only the final file', () => {
    const sub = join(dir, 'atomic');
    mkdirSync(sub);
    writeFileAtomic(join(sub, 'x.png'), [Buffer.from('png')]);
    expect(readdirSync(sub)).toEqual(['x.png']);
  });
});

describe('loopback static server', () => {
  let server: StaticServer;
  let root = '';
  beforeAll(async () => {
    root = join(dir, 'site');
    mkdirSync(join(root, 'assets'), { recursive: true });
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'export {}');
    writeFileSync(join(dir, 'data', 'places.geojson'), '{"type":"FeatureCollection","features":[]}');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    server = await serveStatic({ root, mounts: { '/data/': join(dir, 'data') } });
  });
  afterAll(() => server.close());

  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves files with their content types, index.html for /, mounts for /data/', async () => {
    const index = await fetch(server.url);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect((await fetch(server.url + 'assets/app.js')).headers.get('content-type')).toMatch(/javascript/);
    const data = await fetch(server.url + 'data/places.geojson');
    expect(data.status).toBe(200);
    expect(data.headers.get('content-type')).toMatch(/geo\+json/);
  });

  it('404s unknown files and never leaves its roots', async () => {
    expect((await fetch(server.url + 'nope.js')).status).toBe(404);
    expect((await fetch(server.url + '..%2fsecret.txt')).status).toBe(404);
    expect((await fetch(server.url + 'data/..%2f..%2fsecret.txt')).status).toBe(404);
    expect(resolveInside(root, '/../secret.txt')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });
});
