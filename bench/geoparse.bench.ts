// Geoparser throughput on a generated corpus (default 50 MB; MARSAD_BENCH_MB to change):
// index load time in a cold process, the real CLI end to end on one core (output to
// /dev/null, peak RSS from /usr/bin/time), geoparse() in-process, and a baseline pass that
// only reads, decodes and tokenises/normalises the same text. Prints figures against goals.
// The machine is shared, so throughput is given per CPU-second (what one dedicated core
// would do; the goals are judged on it) next to wall-clock figures.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.ts';
import { runTimedCli } from './timed-cli.ts';
import { loadGazetteer } from '../src/cli/load-gazetteer.ts';
import { geoparse } from '../src/geoparse/index.ts';
import { tokenize } from '../src/arabic/tokenize.ts';
import { decodeText } from '../src/textio/decode.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MEGABYTES = Number(process.env.MARSAD_BENCH_MB ?? 50);
const GOALS = { cliMBps: 5, loadMs: 300, rssMB: 500, ratio: 4 };

function log(s: string) {
  process.stderr.write(`${s}\n`);
}

const t0 = performance.now();
const corpus = ensureCorpus({ megabytes: MEGABYTES });
const mb = corpus.bytes / 1e6;
log(`corpus: ${corpus.files.length} articles, ${mb.toFixed(1)} MB in ${corpus.dir.slice(ROOT.length)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

/** Cold-process gazetteer load and first geoparse() call, median of three runs. */
function measureLoad(): { loadMs: number; firstCallMs: number } {
  const script = `
    const t0 = performance.now();
    const { loadGazetteer } = await import('./src/cli/load-gazetteer.ts');
    const { geoparse } = await import('./src/geoparse/index.ts');
    const t1 = performance.now();
    const g = loadGazetteer();
    const t2 = performance.now();
    geoparse('وصل الوفد إلى طرابلس قادما من بنغازي.', g);
    const t3 = performance.now();
    console.log(JSON.stringify({ loadMs: t2 - t1, firstCallMs: t3 - t2 }));`;
  const runs = [0, 1, 2].map(
    () =>
      JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' })) as {
        loadMs: number;
        firstCallMs: number;
      },
  );
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
  return { loadMs: median(runs.map((r) => r.loadMs)), firstCallMs: median(runs.map((r) => r.firstCallMs)) };
}

interface Timing {
  seconds: number;
  cpuSeconds: number;
}

/** Wall and CPU time of one pass over the corpus, reading each file from disk (page cache). */
function pass(work: (text: string) => number): Timing & { count: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let count = 0;
  for (const f of corpus.files) {
    const decoded = decodeText(readFileSync(ROOT + f));
    if (!decoded.ok) throw new Error(`${f}: ${decoded.problem}`);
    count += work(decoded.text);
  }
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, count };
}

/** The real CLI over the whole corpus on one core, output to /dev/null. */
function runCli(): Timing & { rssMB: number | undefined } {
  const run = runTimedCli(['geoparse', ...corpus.files]);
  // Without /usr/bin/time, fall back to wall time (exact only on an idle machine).
  return { seconds: run.wall, cpuSeconds: run.cpu ?? run.wall, rssMB: run.rssMB };
}

const load = measureLoad();
log(`index load: ${load.loadMs.toFixed(0)} ms, first geoparse() call ${load.firstCallMs.toFixed(0)} ms`);

const gazetteer = loadGazetteer();
// Warm both code paths on a slice of the corpus before timing.
for (const f of corpus.files.slice(0, 200)) {
  const d = decodeText(readFileSync(ROOT + f));
  if (d.ok) {
    tokenize(d.text);
    geoparse(d.text, gazetteer);
  }
}
// Best of three interleaved passes each, so JIT warm-up and a burst of load on the shared
// machine fall on neither side alone.
const fastest = <T extends Timing>(a: T, b: T): T => (b.cpuSeconds < a.cpuSeconds ? b : a);
let baseline = pass((text) => tokenize(text).length);
let parsed = pass((text) => geoparse(text, gazetteer).length);
for (let i = 1; i < 3; i++) {
  baseline = fastest(baseline, pass((text) => tokenize(text).length));
  parsed = fastest(parsed, pass((text) => geoparse(text, gazetteer).length));
}
log(`baseline read+decode+tokenize/normalise: ${baseline.seconds.toFixed(1)} s (${baseline.cpuSeconds.toFixed(1)} s CPU), ${baseline.count} tokens`);
log(`geoparse in-process: ${parsed.seconds.toFixed(1)} s (${parsed.cpuSeconds.toFixed(1)} s CPU), ${parsed.count} mentions`);
log('running the CLI over the corpus (one core) ...');
const cli = runCli();

const ratio = parsed.cpuSeconds / baseline.cpuSeconds;
const ready = load.loadMs + load.firstCallMs;
const status = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const perCpu = (t: Timing) => mb / t.cpuSeconds;
const rows: [string, string, string, string][] = [
  // The geoparser builds its own lookup tables on first use, so "ready" includes that call.
  ['index ready, cold process (ms)', ready.toFixed(0), `≤ ${GOALS.loadMs}`, status(ready <= GOALS.loadMs)],
  ['  loadGazetteer() + first geoparse()', `${load.loadMs.toFixed(0)} + ${load.firstCallMs.toFixed(0)}`, '', ''],
  ['CLI end to end, MB per CPU-second', perCpu(cli).toFixed(2), `≥ ${GOALS.cliMBps}`, status(perCpu(cli) >= GOALS.cliMBps)],
  ['CLI articles per CPU-second', (corpus.files.length / cli.cpuSeconds).toFixed(0), '', ''],
  ['CLI wall time (s) / wall MB/s', `${cli.seconds.toFixed(1)} / ${(mb / cli.seconds).toFixed(2)}`, '', ''],
  [
    'CLI peak RSS (MB)',
    cli.rssMB === undefined ? 'n/a' : cli.rssMB.toFixed(0),
    `≤ ${GOALS.rssMB}`,
    cli.rssMB === undefined ? '' : status(cli.rssMB <= GOALS.rssMB),
  ],
  ['geoparse() in-process, MB per CPU-s', perCpu(parsed).toFixed(2), '', ''],
  ['baseline read+normalise, MB per CPU-s', perCpu(baseline).toFixed(2), '', ''],
  ['geoparse / baseline (CPU time)', ratio.toFixed(2), `≤ ${GOALS.ratio}`, status(ratio <= GOALS.ratio)],
  ['mentions per article', (parsed.count / corpus.files.length).toFixed(1), '', ''],
];
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['metric', 'value', 'goal', ''][i]!.length));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
process.stdout.write(`geoparse benchmark: ${corpus.files.length} articles, ${mb.toFixed(1)} MB (${process.version})\n`);
process.stdout.write(`${line(['metric', 'value', 'goal', ''])}\n${rows.map(line).join('\n')}\n`);
