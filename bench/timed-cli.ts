// Runs `marsad <args>` as a child on one core (taskset) under /usr/bin/time -v, when those exist,
// and reads its CPU seconds and peak RSS from time's report. stdout is discarded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface TimedRun {
  /** Wall seconds, as seen from this process. */
  wall: number;
  /** User + system seconds; undefined without /usr/bin/time. */
  cpu: number | undefined;
  rssMB: number | undefined;
  stderr: string;
}

export function runTimedCli(args: string[]): TimedRun {
  const cli = [process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args];
  const pinned = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0', ...cli] : cli;
  const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v', ...pinned] : pinned;
  const start = performance.now();
  const r = spawnSync(timed[0]!, timed.slice(1), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`marsad ${args[0]} exited with ${r.status}: ${r.stderr.split('\n').slice(0, 5).join(' | ')}`);
  const figure = (label: string) => {
    const m = new RegExp(`${label}: ([\\d.]+)`).exec(r.stderr);
    return m ? Number(m[1]) : undefined;
  };
  const user = figure('User time \\(seconds\\)');
  const system = figure('System time \\(seconds\\)');
  const rss = figure('Maximum resident set size \\(kbytes\\)');
  return { wall, cpu: user === undefined || system === undefined ? undefined : user + system, rssMB: rss === undefined ? undefined : rss / 1024, stderr: r.stderr };
}
