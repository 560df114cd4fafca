// Debian's Chromium driven headless through playwright-core (the screenshot command, the
// browser tests and the app benchmark). SwiftShader gives WebGL2 without a GPU (maplibre v6
// needs WebGL2); the networking flags keep Chromium from calling home on a closed network.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium executable (CHROMIUM_PATH or Debian's), or an error saying how to install it. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it with "apt-get install chromium" (or set CHROMIUM_PATH)`);
  return path;
}

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}
