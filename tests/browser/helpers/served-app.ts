// A test file's fixture: the built app on a loopback server and one Chromium, both closed after
// the file's tests (or after the enclosing describe's, when called inside one).
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureBuilt } from './build.ts';
import { launch } from './browser.ts';
import { serveStatic, type StaticServer } from '../../../src/cli/serve-static.ts';

export interface ServedApp {
  /** The build directory being served. */
  dist: string;
  server: StaticServer;
  browser: Browser;
}

/** Registers the set-up and tear-down; the fields are filled once `beforeAll` has run. */
export function serveBuiltApp(): ServedApp {
  const served = {} as ServedApp;
  beforeAll(async () => {
    served.dist = await ensureBuilt();
    served.server = await serveStatic({ root: served.dist });
    served.browser = await launch();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
