// Builds the app (layers of the seed corpus, basemap, vite) once for all browser test files
// and the benchmark. Each build goes to a directory of its own under .cache/ (what
// `npm run build` puts in dist/), named in .cache/app-build.current, so a test file or the
// benchmark still serving an older build never has files pulled from under it. Skipped when
// the current build is newer than every input; serialised by a lock directory.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE = join(ROOT, '.cache');
const CURRENT = join(CACHE, 'app-build.current');
const LOCK = join(CACHE, 'app-build.lock');
const INPUTS = ['src', 'seeds', 'data/zones', 'static/gazetteer.json', 'scripts/build-basemap.ts', 'index.html', 'vite.config.ts', 'package.json'];
/** Older builds are removed after this long (no test file runs that long). */
const KEEP_MS = 30 * 60_000;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function currentBuild(): string | undefined {
  try {
    const dir = join(CACHE, readFileSync(CURRENT, 'utf8').trim());
    return existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'data/places.geojson')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

function freshBuild(): string | undefined {
  const dir = currentBuild();
  if (!dir) return undefined;
  const builtAt = statSync(join(dir, 'index.html')).mtimeMs;
  return INPUTS.every((p) => newestMtime(join(ROOT, p)) < builtAt) ? dir : undefined;
}

function build(): string {
  const name = `app-build-${Date.now()}`;
  const dir = join(CACHE, name);
  const run = (args: string[]) => execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['tsx', 'src/cli/main.ts', 'build', 'seeds', '--out', 'static/data']);
  run(['tsx', 'scripts/build-basemap.ts']);
  run(['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error']);
  writeFileSync(`${CURRENT}.tmp`, name);
  renameSync(`${CURRENT}.tmp`, CURRENT);
  for (const old of readdirSync(CACHE)) {
    const path = join(CACHE, old);
    if (old.startsWith('app-build-') && old !== name && Date.now() - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
  }
  return dir;
}

/** The directory of an up-to-date build of the app. */
export async function ensureBuilt(): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    const fresh = freshBuild();
    if (fresh) return fresh;
    try {
      mkdirSync(LOCK);
    } catch {
      // Another test file is building: wait for it (a lock older than 5 minutes is stale).
      let lockedAt = Date.now();
      try {
        lockedAt = statSync(LOCK).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (Date.now() - lockedAt > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      return freshBuild() ?? build();
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
