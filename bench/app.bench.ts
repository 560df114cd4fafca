// The explorer in headless Chromium: time from navigation to the map's first idle (maplibre's
// first 'idle', marked by the app as `marsad:first-idle`) with the seed layers and with 100,000
// synthetic mention points; also when everything is drawn and the panels' texts are loaded
// (the app's data-map-idle flag, what screenshots wait for); and the gzipped size of the
// JavaScript the first view loads (everything fetched before the first idle). Medians of
// several page loads (one warm-up load first, not counted) against the goals. The app's other
// User Timing marks (marsad:start, layers-parsed, data-shown) split the time into phases.
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt, ROOT } from '../tests/browser/helpers/build.ts';
import { serveStatic } from '../src/cli/serve-static.ts';
import { launch } from '../tests/browser/helpers/browser.ts';
import type { Article, MentionFeature, PlaceFeature } from '../src/layers/types.ts';
import type { PlaceKind } from '../src/gazetteer/types.ts';
import { writeFileAtomic } from '../src/layers/write.node.ts';

const GOALS = { seedsMs: 1500, bigMs: 4000, firstViewJsKB: 500 };
const RUNS = Number(process.env.MARSAD_BENCH_RUNS ?? 5);
const POINTS = 100_000;
const OUT = join(ROOT, 'bench/out');

function log(s: string): void {
  process.stdout.write(`${s}\n`);
}

function writeJson(path: string, value: unknown): void {
  writeFileAtomic(path, [JSON.stringify(value)]);
}

/**
 * A layers directory with POINTS mentions, each of its own place, scattered over North Africa
 * and the Middle East, in 1,000 articles (a deterministic generator, so runs compare).
 */
function syntheticLayers(dir: string): void {
  if (existsSync(join(dir, 'articles.json'))) return;
  mkdirSync(dir, { recursive: true });
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const kinds: PlaceKind[] = ['city', 'town', 'village', 'district', 'facility', 'region'];
  const perArticle = POINTS / 1000;
  const places: PlaceFeature[] = [];
  const mentions: MentionFeature[] = [];
  const articles: Article[] = [];
  for (let a = 0; a < 1000; a++) {
    const id = `synthetic-${a}`;
    const parts: string[] = [];
    const ids: string[] = [];
    let at = 0;
    for (let k = 0; k < perArticle; k++) {
      const n = a * perArticle + k;
      const name = `موقع ${n}`;
      const lead = 'وقع اشتباك قرب ';
      const start = at + lead.length;
      const sentence = `${lead}${name} صباح اليوم. `;
      parts.push(sentence);
      const coordinates: [number, number] = [-10 + rand() * 70, 12 + rand() * 28];
      const kind = kinds[n % kinds.length]!;
      const mid = `${id}:${start}`;
      ids.push(mid);
      places.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates },
        properties: { id: `synthetic:${n}`, name_ar: name, name_en: `Site ${n}`, kind, country: 'LY', mention_count: 1, article_ids: [id], source: { dataset: 'marsad', ref: `synthetic-${n}`, url: '' } },
      });
      mentions.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates },
        properties: {
          id: mid, article_id: id, place_id: `synthetic:${n}`, name_ar: name, name_en: `Site ${n}`, kind, country: 'LY',
          start, end: start + name.length, text: name, excerpt: sentence.trim(), excerpt_start: lead.length, excerpt_end: lead.length + name.length,
          confidence: 0.9, date: '2020-08-22', zone_ids: [],
        },
      });
      at += sentence.length;
    }
    articles.push({ id, title: `مقال تجريبي ${a}`, date: '2020-08-22', text: parts.join(''), mention_ids: ids });
  }
  writeJson(join(dir, 'places.geojson'), { type: 'FeatureCollection', features: places });
  writeJson(join(dir, 'mentions.geojson'), { type: 'FeatureCollection', features: mentions });
  writeJson(join(dir, 'zones.geojson'), { type: 'FeatureCollection', features: [] });
  writeJson(join(dir, 'articles.json'), articles);
}

const PHASES = ['marsad:start', 'marsad:layers-parsed', 'marsad:data-shown', 'marsad:first-idle'];

interface Load {
  idleMs: number;
  /** Time of each of PHASES. */
  phases: number[];
  /** All layers drawn and texts loaded (data-map-idle). */
  readyMs: number;
  /** Paths requested before idle. */
  requested: string[];
}

async function measure(dataDir: string | undefined, runs: number): Promise<Load[]> {
  const server = await serveStatic({ root: DIST, mounts: dataDir ? { '/data/': dataDir } : {} });
  const browser = await launch();
  const loads: Load[] = [];
  try {
    for (let i = -1; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const requested: string[] = [];
      let idle = false;
      const onRequest = (url: string) => {
        if (!idle) requested.push(new URL(url).pathname);
      };
      page.on('request', (r) => onRequest(r.url()));
      // Worker scripts are requested by the workers themselves.
      page.on('worker', (w) => onRequest(w.url()));
      // When the app first reports everything drawn, by the page's own clock (0 = navigation).
      await page.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (document.documentElement.dataset.mapIdle === 'true') {
            (window as unknown as { __readyAt: number }).__readyAt = performance.now();
            obs.disconnect();
          }
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-idle'] }); // <html> may not exist yet
      });
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('marsad:first-idle').length > 0, undefined, { timeout: 120_000, polling: 20 });
      idle = true;
      await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout: 120_000, polling: 20 });
      const [idleMs, readyMs] = await page.evaluate(() => [performance.getEntriesByName('marsad:first-idle')[0]!.startTime, (window as unknown as { __readyAt: number }).__readyAt]);
      const phases = await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN), PHASES);
      if (i >= 0) loads.push({ idleMs: idleMs!, readyMs: readyMs!, phases, requested: [...new Set(requested)] });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return loads;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function gzipKB(paths: string[]): number {
  return paths.reduce((sum, p) => sum + gzipSync(readFileSync(join(DIST, p.replace(/^\//, '')))).length, 0) / 1024;
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'OVER GOAL';
}

const DIST = await ensureBuilt();
const bigDir = join(OUT, 'layers-100k');
syntheticLayers(bigDir);

const seeds = await measure(undefined, RUNS);
const big = await measure(bigDir, Math.max(3, Math.ceil(RUNS / 2)));
const seedsMs = median(seeds.map((l) => l.idleMs));
const bigMs = median(big.map((l) => l.idleMs));
const fmt = (loads: Load[]) => loads.map((l) => l.idleMs.toFixed(0)).join(', ');
const requested = seeds[seeds.length - 1]!.requested;
const scripts = requested.filter((p) => /\.m?js$/.test(p));
const jsKB = gzipKB(scripts);

log(`first idle, seed layers:       ${seedsMs.toFixed(0)} ms median of ${seeds.length} (runs: ${fmt(seeds)})  goal ≤ ${GOALS.seedsMs} ms  ${verdict(seedsMs <= GOALS.seedsMs)}`);
log(`first idle, ${POINTS.toLocaleString('en')} mentions:   ${bigMs.toFixed(0)} ms median of ${big.length} (runs: ${fmt(big)})  goal ≤ ${GOALS.bigMs} ms  ${verdict(bigMs <= GOALS.bigMs)}`);
log(`all drawn + texts loaded:      seeds ${median(seeds.map((l) => l.readyMs)).toFixed(0)} ms, ${POINTS.toLocaleString('en')} mentions ${median(big.map((l) => l.readyMs)).toFixed(0)} ms (medians)`);
const phases = (loads: Load[]) => PHASES.map((n, k) => `${n.replace('marsad:', '')} ${median(loads.map((l) => l.phases[k]!)).toFixed(0)}`).join(' → ');
log(`phases (median ms):            seeds ${phases(seeds)}; ${POINTS.toLocaleString('en')} mentions ${phases(big)}`);
log(`first-view JS (gzip):          ${jsKB.toFixed(0)} KB in ${scripts.length} files (${scripts.map((s) => s.split('/').pop()).join(', ')})  goal ≤ ${GOALS.firstViewJsKB} KB  ${verdict(jsKB <= GOALS.firstViewJsKB)}`);
const lazy = ['geoparse.worker', 'gazetteer.json', 'ExportImageDialog'];
log(`loaded only on demand:         ${lazy.map((n) => `${n} ${requested.some((p) => p.includes(n)) ? 'LOADED EARLY' : 'ok'}`).join(', ')}`);
