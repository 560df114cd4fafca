// `marsad screenshot --out FILE.png [...]`: renders a briefing PNG of the map explorer. Builds
// the app if dist/ is missing or stale, serves it on a loopback port (with the layers of
// --corpus under /data/ when given), drives headless Chromium to the view the options
// describe, waits for the map to be idle, asks the page to render the briefing
// (window.marsadBriefing, src/app/briefing/hook.ts) and writes the PNG atomically.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYER_FILES } from '../../layers/types.ts';
import { outputSize, parseSize, type OutputSize } from '../../app/briefing/sizes.ts';
import type { BriefingOptions } from '../../app/briefing/render.ts';
import type { BriefingHookResult } from '../../app/briefing/hook.ts';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../serve-static.ts';
import { chromiumPath, launchChromium } from '../chromium.ts';
import { writeFileAtomic, writeLayersDir } from '../../layers/write.node.ts';
import { buildCorpus } from './build.ts';

const USAGE = `usage: marsad screenshot --out FILE.png [options]

Renders a briefing image of the map: title, subtitle, legend, scale bar, north arrow,
attribution and export date around the map, as a PNG.

options:
  --out FILE.png      where to write the image (required; written atomically)
  --article ID        show one article's places (ids as in articles.json)
  --place ID          select a place (ids as in places.geojson, e.g. osm:node/299616414)
  --bbox W,S,E,N      fit the map to this extent (degrees)
  --size WxH          image size at scale 1 (default 1600x1000)
  --size a4|letter    a landscape sheet at 300 dpi (3508x2480 or 3300x2550)
  --scale 1|2|3       pixel ratio: the image is WxH times scale (default 1)
  --title TEXT        title (default: the app's title for the selection)
  --lang ar|en        language of the UI and the frame (default: the app's)
  --corpus PATH       map these articles (a file or folder, as for "marsad build")
                      instead of the seed corpus
  -h, --help          show this help

example:
  npm run -s marsad -- screenshot --out sirte.png --bbox 14,28,20,32.5 --lang ar

Needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Exit status: 0 on success, 2 on a
usage error or an unknown id, 1 on any other failure; no file is written unless it succeeds.
`;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const APP_VIEW_PIXEL_RATIO = 0.25;

/** A problem with what the user asked for: exit status 2. */
export class UsageError extends Error {}

export interface ScreenshotOptions {
  out: string;
  article?: string;
  place?: string;
  bbox?: [number, number, number, number];
  /** Browser viewport (CSS pixels) and the image: device pixels and pixels per CSS pixel. */
  viewport: { width: number; height: number };
  image: OutputSize;
  title?: string;
  lang?: 'ar' | 'en';
  corpus?: string;
}

const ARG_CONFIG = {
  options: {
    out: { type: 'string' },
    article: { type: 'string' },
    place: { type: 'string' },
    bbox: { type: 'string' },
    size: { type: 'string', default: '1600x1000' },
    scale: { type: 'string' },
    title: { type: 'string' },
    lang: { type: 'string' },
    corpus: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
  allowPositionals: false,
} satisfies ParseArgsConfig;

export function parseBbox(text: string): [number, number, number, number] {
  const parts = text.split(',').map((p) => p.trim());
  const nums = parts.map(Number);
  if (parts.length !== 4 || parts.some((p) => p === '') || nums.some((n) => !Number.isFinite(n))) {
    throw new UsageError(`--bbox "${text}": expected four numbers W,S,E,N in degrees`);
  }
  const [w, s, e, n] = nums;
  if (w < -180 || e > 180 || s < -85 || n > 85) throw new UsageError(`--bbox "${text}": longitudes must be within ±180 and latitudes within ±85`);
  if (!(w < e) || !(s < n)) throw new UsageError(`--bbox "${text}": west must be less than east and south less than north`);
  return [w, s, e, n];
}

export function parseScreenshotArgs(args: string[]): ScreenshotOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({ args, ...ARG_CONFIG }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (values.help) return 'help';
  if (!values.out) throw new UsageError('--out FILE.png is required');
  if (!/\.png$/i.test(values.out)) throw new UsageError(`--out "${values.out}": the file name must end in .png`);
  const outDir = dirname(resolve(values.out));
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) throw new UsageError(`--out "${values.out}": directory ${outDir} does not exist`);
  const scale = values.scale ?? '1';
  if (!['1', '2', '3'].includes(scale)) throw new UsageError(`--scale "${scale}": expected 1, 2 or 3`);
  let viewport: { width: number; height: number };
  let image: OutputSize;
  const sheet = values.size.toLowerCase();
  if (sheet === 'a4' || sheet === 'letter') {
    if (values.scale !== undefined) throw new UsageError(`--scale does not apply to --size ${sheet} (a sheet is always 300 dpi)`);
    image = outputSize(sheet, 0, 0);
    viewport = { width: Math.round(image.width / image.pixelRatio), height: Math.round(image.height / image.pixelRatio) };
  } else {
    try {
      viewport = parseSize(values.size);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const pixelRatio = Number(scale);
    image = { width: viewport.width * pixelRatio, height: viewport.height * pixelRatio, pixelRatio };
  }
  if (values.lang !== undefined && values.lang !== 'ar' && values.lang !== 'en') throw new UsageError(`--lang "${values.lang}": expected ar or en`);
  if (values.corpus !== undefined && !existsSync(values.corpus)) throw new UsageError(`--corpus "${values.corpus}": no such file or directory`);
  for (const key of ['article', 'place', 'title'] as const) {
    if (values[key] !== undefined && values[key].trim() === '') throw new UsageError(`--${key} must not be empty`);
  }
  return {
    out: values.out,
    article: values.article,
    place: values.place,
    bbox: values.bbox === undefined ? undefined : parseBbox(values.bbox),
    viewport,
    image,
    title: values.title,
    lang: values.lang as 'ar' | 'en' | undefined,
    corpus: values.corpus,
  };
}

/** URL hash the app restores its view and selection from. */
export function hashFor(options: Pick<ScreenshotOptions, 'article' | 'place' | 'bbox' | 'lang'>): string {
  const parts: string[] = [];
  if (options.place) parts.push(`place=${encodeURIComponent(options.place)}`);
  if (options.article) parts.push(`article=${encodeURIComponent(options.article)}`);
  if (options.lang) parts.push(`lang=${options.lang}`);
  if (options.bbox) parts.push(`bbox=${options.bbox.join(',')}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: layer file not found`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

/** Checks --article and --place against the layers the page will load. */
export function validateSelection(layersDir: string, options: Pick<ScreenshotOptions, 'article' | 'place'>): void {
  if (options.place) {
    const file = join(layersDir, LAYER_FILES.places);
    const places = readJson(file) as { features?: { properties?: { id?: string } }[] };
    const ids = new Set((places.features ?? []).map((f) => f.properties?.id));
    if (!ids.has(options.place)) throw new UsageError(`--place "${options.place}": no such place in ${file} (${ids.size} places)`);
  }
  if (options.article) {
    const file = join(layersDir, LAYER_FILES.articles);
    const articles = readJson(file);
    if (!Array.isArray(articles)) throw new Error(`${file}: not a list of articles`);
    const ids = new Set((articles as { id?: string }[]).map((a) => a.id));
    if (!ids.has(options.article)) throw new UsageError(`--article "${options.article}": no such article in ${file} (${ids.size} articles)`);
  }
}

/** What `npm run build` writes besides dist/: outputs, not inputs. */
const BUILD_OUTPUTS = new Set(['static/data', 'static/basemap']);

/** Newest modification time of the files under `rel` (a file or a directory tree), 0 when none. */
function newestMtime(root: string, rel: string): number {
  const path = join(root, rel);
  if (BUILD_OUTPUTS.has(rel) || !existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(root, `${rel}/${entry.name}`));
  }
  return newest;
}

/** What the built app and its seed layers depend on. */
const APP_INPUTS = ['index.html', 'vite.config.ts', 'svelte.config.js', 'package.json', 'src', 'static', 'seeds', 'data/zones', 'data/gazetteer', 'scripts/build-basemap.ts'];

export function appIsStale(root = ROOT, dist = DIST): boolean {
  const built = join(dist, 'index.html');
  if (!existsSync(built) || !existsSync(join(dist, 'data', LAYER_FILES.places))) return true;
  const inputs = Math.max(...APP_INPUTS.map((p) => newestMtime(root, p)));
  return inputs > statSync(built).mtimeMs;
}

function runOrThrow(command: string, args: string[], what: string): void {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    // The last lines that say something (a stack trace ends in lone braces and "at ..." lines).
    const lines = (r.stderr ?? '').split('\n').map((l) => l.trim()).filter((l) => /[A-Za-z]{3}/.test(l) && !l.startsWith('at ') && !l.startsWith('npm warn'));
    const detail = lines.slice(-2).join(' | ') || `exit ${r.status}`;
    throw new Error(`${what} failed: ${detail}`);
  }
}

export function ensureAppBuilt(): void {
  if (!appIsStale()) return;
  process.stderr.write('marsad screenshot: building the app (npm run build)…\n');
  runOrThrow('npm', ['run', '-s', 'build'], 'building the app ("npm run build")');
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}: "npm run build" did not produce index.html`);
}

/** The corpus's layers, built in this process, in a temporary directory the caller removes. */
async function buildCorpusLayers(corpus: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-layers-'));
  try {
    const { layers, warnings } = await buildCorpus([resolve(corpus)]);
    for (const w of warnings) process.stderr.write(`marsad screenshot: warning: ${w}\n`);
    writeLayersDir(dir, layers);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`building the layers of ${corpus} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return dir;
}

export interface CaptureRequest {
  /** The built app, and the layers served under /data/ (default: the app's own). */
  appDir: string;
  layersDir?: string;
  hash: string;
  /** Browser viewport in CSS pixels. */
  viewport: { width: number; height: number };
  render: BriefingOptions;
  out: string;
}

export type CaptureReport = Omit<BriefingHookResult, 'png'> & {
  bytes: number;
  /** Seconds spent launching the browser, loading the app until its map is idle, rendering. */
  phases: { browser: number; app: number; render: number };
};

/** Opens the app in headless Chromium and writes the briefing PNG; returns the page's report. */
export async function captureBriefing(request: CaptureRequest): Promise<CaptureReport> {
  let lap = performance.now();
  const since = () => {
    const now = performance.now();
    const seconds = (now - lap) / 1000;
    lap = now;
    return seconds;
  };
  const server = await serveStatic({ root: request.appDir, mounts: request.layersDir ? { '/data/': request.layersDir } : {} });
  let browser: Browser | undefined;
  try {
    // Offline by construction: every non-loopback request goes to a proxy port nobody listens
    // on (Chromium never proxies loopback), so it fails at once; no per-request interception.
    browser = await launchChromium(['--proxy-server=http://127.0.0.1:9']);
    const browserSeconds = since();
    // The briefing is drawn by its own off-screen map at an explicit pixel ratio; the app's
    // on-screen map only supplies style, data and view (all in CSS pixels). Drawing that one
    // at a quarter of the resolution saves software-GL time without changing the layout.
    const page = await browser.newPage({ viewport: request.viewport, deviceScaleFactor: APP_VIEW_PIXEL_RATIO });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(server.url + request.hash, { waitUntil: 'load' });
    try {
      await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true' && Boolean(window.marsadBriefing), undefined, { timeout: 60_000, polling: 50 });
    } catch {
      const why = pageErrors.length ? `: ${pageErrors[0]}` : '';
      const hooked = await page.evaluate(() => Boolean(window.marsadBriefing)).catch(() => false);
      throw new Error(hooked ? `the map did not become idle within 60 s${why}` : `the app does not expose window.marsadBriefing (registerBriefingHook() not called)${why}`);
    }
    const appSeconds = since();
    const result = await page.evaluate((options) => window.marsadBriefing!.render(options), request.render);
    const png = Buffer.from(result.png, 'base64');
    writeFileAtomic(request.out, [png]);
    const { png: _png, ...report } = result;
    return { ...report, bytes: png.length, phases: { browser: browserSeconds, app: appSeconds, render: since() } };
  } finally {
    await browser?.close();
    await server.close();
  }
}

export async function run(args: string[]): Promise<number> {
  const started = performance.now();
  let layersDir: string | undefined;
  try {
    const options = parseScreenshotArgs(args);
    if (options === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    chromiumPath();
    ensureAppBuilt();
    if (options.corpus) layersDir = await buildCorpusLayers(options.corpus);
    validateSelection(layersDir ?? join(DIST, 'data'), options);
    const report = await captureBriefing({
      appDir: DIST,
      layersDir,
      hash: hashFor(options),
      viewport: options.viewport,
      render: {
        ...options.image,
        title: options.title,
        bounds: options.bbox,
      },
      out: options.out,
    });
    for (const note of report.notes) process.stderr.write(`marsad screenshot: note: ${note}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { browser, app, render } = report.phases;
    const phases = `browser ${browser.toFixed(1)} s, app ${app.toFixed(1)} s, render ${render.toFixed(1)} s`;
    process.stderr.write(`marsad screenshot: wrote ${options.out} (${report.width}×${report.height}, ${Math.round(report.bytes / 1024)} KB) in ${seconds} s (${phases})\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`marsad screenshot: ${err instanceof Error ? err.message : String(err)}${err instanceof UsageError ? ' (try --help)' : ''}\n`);
    return err instanceof UsageError ? 2 : 1;
  } finally {
    if (layersDir) rmSync(layersDir, { recursive: true, force: true });
  }
}
