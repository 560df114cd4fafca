// `marsad build` at scale: 10,000 generated Arabic news articles (bench/corpus.ts, as one
// dated JSONL file) built through the real CLI on one core; reports wall and CPU seconds, peak
// RSS (/usr/bin/time) and layer sizes, and the size of places.geojson for the seed corpus.
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.ts';
import { runTimedCli, type TimedRun } from './timed-cli.ts';
import { LAYER_FILES } from '../src/layers/types.ts';
import { writeFileAtomic } from '../src/layers/write.node.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out');
const ARTICLES = Number(process.env.MARSAD_BENCH_ARTICLES ?? 10_000);
const GOALS = { seconds: 20, rssMB: 1024, seedPlacesKB: 100 };

function log(s: string): void {
  process.stderr.write(`${s}\n`);
}

/** The generated articles as one JSONL corpus with ids and dates (dates reach every mention). */
function writeJsonlCorpus(path: string): number {
  // Generated articles average ~4.9 KB: 50 MB (the corpus the geoparse benchmark also uses)
  // holds a little over 10,000 of them.
  const corpus = ensureCorpus({ megabytes: Math.max(2, Math.ceil((ARTICLES / 10_000) * 50)) });
  if (corpus.files.length < ARTICLES) throw new Error(`generated corpus has only ${corpus.files.length} articles`);
  function* lines(): Generator<string> {
    for (const [i, file] of corpus.files.slice(0, ARTICLES).entries()) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const date = `2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      yield JSON.stringify({ id: `gen-${i}`, title: `مقال ${i}`, date, source: 'bench', text }) + '\n';
    }
  }
  return writeFileAtomic(path, lines());
}

/** `marsad build` pinned to one core, timed by /usr/bin/time when available. */
function build(corpus: string[], out: string): TimedRun {
  return runTimedCli(['build', ...corpus, '--out', out]);
}

function sizes(dir: string): Record<string, number> {
  return Object.fromEntries(Object.values(LAYER_FILES).map((f) => [f, statSync(join(dir, f)).size]));
}

mkdirSync(OUT, { recursive: true });
const jsonl = join(OUT, `build-${ARTICLES}.jsonl`);
let t = performance.now();
const corpusBytes = writeJsonlCorpus(jsonl);
log(`corpus: ${ARTICLES} articles, ${(corpusBytes / 1e6).toFixed(1)} MB JSONL (${((performance.now() - t) / 1000).toFixed(1)} s to prepare)`);

const seedsOut = join(OUT, 'build-seeds-layers');
const seeds = build([], seedsOut);
const seedSizes = sizes(seedsOut);
rmSync(seedsOut, { recursive: true, force: true });

log(`building ${ARTICLES} articles through the CLI on one core ...`);
t = performance.now();
const bigOut = join(OUT, `build-${ARTICLES}-layers`);
const big = build([jsonl], bigOut);
const bigSizes = sizes(bigOut);
rmSync(bigOut, { recursive: true, force: true });
rmSync(jsonl, { force: true });
log(big.stderr.split('\n').find((l) => l.startsWith('marsad build:')) ?? '');

const status = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const seconds = big.cpu ?? big.wall;
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const rows: [string, string, string, string][] = [
  [`build ${ARTICLES} articles, CPU seconds (user+sys)`, seconds.toFixed(1), `≤ ${GOALS.seconds}`, status(seconds <= GOALS.seconds)],
  ['  wall seconds (shared machine)', big.wall.toFixed(1), '', ''],
  ['  peak RSS (MB)', big.rssMB === undefined ? 'n/a' : big.rssMB.toFixed(0), `≤ ${GOALS.rssMB}`, big.rssMB === undefined ? '' : status(big.rssMB <= GOALS.rssMB)],
  ...Object.entries(bigSizes).map(([f, b]): [string, string, string, string] => [`  ${f}`, mb(b), '', '']),
  ['seeds: build wall seconds', seeds.wall.toFixed(1), '', ''],
  ['seeds: places.geojson (KB)', (seedSizes[LAYER_FILES.places]! / 1024).toFixed(1), `≤ ${GOALS.seedPlacesKB}`, status(seedSizes[LAYER_FILES.places]! / 1024 <= GOALS.seedPlacesKB)],
  ...Object.entries(seedSizes)
    .filter(([f]) => f !== LAYER_FILES.places)
    .map(([f, b]): [string, string, string, string] => [`seeds: ${f} (KB)`, (b / 1024).toFixed(1), '', '']),
];
const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write(rows.map(([a, b, c, d]) => `${a.padEnd(width)}  ${b.padStart(10)}  ${c.padEnd(8)} ${d}`).join('\n') + '\n');
process.exitCode = rows.some((r) => r[3] === 'MISS') ? 1 : 0;
