// Debian's Chromium through playwright-core, headless with SwiftShader WebGL2 (maplibre v6
// needs WebGL2). One browser per test file; pages record every request and console error.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../src/cli/chromium.ts';

export function launch(): Promise<Browser> {
  return launchChromium();
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function openPage(browser: Browser, opts: { width?: number; height?: number; locale?: string } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 }, locale: opts.locale ?? 'en-US' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, requests, errors };
}

/** Waits until the app says the map has drawn the current state (the image-export contract). */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true' && !!window.marsadApp, undefined, { timeout, polling: 50 });
  await page.evaluate(() => window.marsadApp!.whenIdle());
}

/** Hosts a request may go to: only the loopback server itself (and data:/blob: URLs). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}
