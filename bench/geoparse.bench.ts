// Geoparser throughput on a generated corpus (default 50 MB; MARSAD_BENCH_MB to change):
// index load time in a cold process, the real CLI end to end on one core (output to
// /dev/null, peak RSS from /usr/bin/time), geoparse() in-process, and a baseline pass that
// only reads, decodes and tokenises/normalises the same text. Prints figures against goals.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.ts';
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

/** Wall time of one pass over the corpus, reading each file from disk (page cache). */
function pass(work: (text: string) => number): { seconds: number; count: number } {
  const start = performance.now();
  let count = 0;
  for (const f of corpus.files) {
    const decoded = decodeText(readFileSync(ROOT + f));
    if (!decoded.ok) throw new Error(`${f}: ${decoded.problem}`);
    count += work(decoded.text);
  }
  return { seconds: (performance.now() - start) / 1000, count };
}

/** The real CLI over the whole corpus on one core, output to /dev/null. */
function runCli(): { seconds: number; rssMB: number | undefined } {
  const cli = [process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'geoparse', ...corpus.files];
  const pinned = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0', ...cli] : cli;
  const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v', ...pinned] : pinned;
  const devnull = openSync('/dev/null', 'w');
  const start = performance.now();
  const r = spawnSync(timed[0]!, timed.slice(1), { cwd: ROOT, stdio: ['ignore', devnull, 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - start) / 1000;
  closeSync(devnull);
  if (r.status !== 0) throw new Error(`CLI exited with ${r.status}: ${r.stderr.split('\n').slice(0, 5).join(' | ')}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return { seconds, rssMB: rss ? Number(rss[1]) / 1024 : undefined };
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
const baseline = pass((text) => tokenize(text).length);
log(`baseline read+decode+tokenize/normalise: ${baseline.seconds.toFixed(1)} s, ${baseline.count} tokens`);
const parsed = pass((text) => geoparse(text, gazetteer).length);
log(`geoparse in-process: ${parsed.seconds.toFixed(1)} s, ${parsed.count} mentions`);
log('running the CLI over the corpus (one core) ...');
const cli = runCli();

const ratio = parsed.seconds / baseline.seconds;
const status = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const rows: [string, string, string, string][] = [
  ['index load, cold process (ms)', load.loadMs.toFixed(0), `≤ ${GOALS.loadMs}`, status(load.loadMs <= GOALS.loadMs)],
  ['first geoparse() call (ms)', load.firstCallMs.toFixed(0), '', ''],
  ['CLI end to end, 1 core (MB/s)', (mb / cli.seconds).toFixed(2), `≥ ${GOALS.cliMBps}`, status(mb / cli.seconds >= GOALS.cliMBps)],
  ['CLI articles/s', (corpus.files.length / cli.seconds).toFixed(0), '', ''],
  ['CLI wall time (s)', cli.seconds.toFixed(1), '', ''],
  [
    'CLI peak RSS (MB)',
    cli.rssMB === undefined ? 'n/a' : cli.rssMB.toFixed(0),
    `≤ ${GOALS.rssMB}`,
    cli.rssMB === undefined ? '' : status(cli.rssMB <= GOALS.rssMB),
  ],
  ['geoparse() in-process (MB/s)', (mb / parsed.seconds).toFixed(2), '', ''],
  ['baseline read+normalise (MB/s)', (mb / baseline.seconds).toFixed(2), '', ''],
  ['geoparse / baseline time', ratio.toFixed(2), `≤ ${GOALS.ratio}`, status(ratio <= GOALS.ratio)],
  ['mentions per article', (parsed.count / corpus.files.length).toFixed(1), '', ''],
];
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['metric', 'value', 'goal', ''][i]!.length));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
process.stdout.write(`geoparse benchmark: ${corpus.files.length} articles, ${mb.toFixed(1)} MB (${process.version})\n`);
process.stdout.write(`${line(['metric', 'value', 'goal', ''])}\n${rows.map(line).join('\n')}\n`);
