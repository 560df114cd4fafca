// Loads the compiled gazetteer from the repository for Node callers (CLI, eval, tests, bench).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from '../gazetteer/index.ts';

export const GAZETTEER_PATH = fileURLToPath(new URL('../../static/gazetteer.json', import.meta.url));

let cached: Gazetteer | undefined;

export function loadGazetteer(path = GAZETTEER_PATH): Gazetteer {
  if (path === GAZETTEER_PATH && cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path}: compiled gazetteer not found (run "npm run build:gazetteer")`);
  }
  let gazetteer: Gazetteer;
  try {
    gazetteer = Gazetteer.fromCompiled(JSON.parse(text));
  } catch (err) {
    throw new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (path === GAZETTEER_PATH) cached = gazetteer;
  return gazetteer;
}
