// Bringing new articles: pasted text is geoparsed in the worker, mapped, kept in IndexedDB
// across reloads and removable; markup in a pasted title or text stays inert text.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './helpers/build.ts';
import { serveBuiltApp } from './helpers/served-app.ts';
import { foreignRequests, openPage, waitForMapIdle } from './helpers/browser.ts';

const OUT = join(ROOT, 'tests/out');
const served = serveBuiltApp();

beforeAll(() => mkdirSync(OUT, { recursive: true }));

async function paste(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Text', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Map it' }).click();
}

/** The worker's article id, from the reader the app opens on the added article. */
async function openedArticle(page: Page): Promise<string> {
  const reader = page.locator('section.reader');
  await expect.poll(() => reader.getAttribute('data-article-id'), { timeout: 30_000 }).toMatch(/^added-/);
  return (await reader.getAttribute('data-article-id'))!;
}

describe('added articles', () => {
  it('a pasted article is mapped, survives a reload, and can be removed', async () => {
    const { page, requests, errors } = await openPage(served.browser);
    await page.addInitScript(() => localStorage.setItem('marsad-lang', 'en'));
    await page.goto(served.server.url);
    await waitForMapIdle(page);
    // The geoparser and the gazetteer are not part of the first view.
    expect(requests.some((u) => u.includes('gazetteer.json') || u.includes('geoparse.worker'))).toBe(false);

    const text = 'قصفت الطائرات مواقع قرب مدينة بنغازي صباح اليوم، ثم تقدمت القوات نحو مصراتة وطرابلس.';
    await paste(page, 'اشتباكات في ليبيا', text);
    const id = await openedArticle(page);
    expect(requests.some((u) => u.endsWith('/gazetteer.json'))).toBe(true);

    // Its mentions are highlighted in the reader and drawn on the map.
    const marks = page.locator('section.reader button.mention');
    const names = await marks.allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['بنغازي', 'مصراتة', 'طرابلس']));
    await waitForMapIdle(page);
    const onMap = await page.evaluate(() => window.marsadApp!.map.querySourceFeatures('places').map((f) => String(f.properties.id)));
    const placeIds = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));
    for (const p of placeIds) expect(onMap).toContain(p);
    await page.screenshot({ path: join(OUT, 'added-article.png') });

    // Kept in IndexedDB: still listed after a reload, with a remove button.
    await page.goto(served.server.url);
    await waitForMapIdle(page);
    const item = page.locator(`.article-list li[data-article-id="${id}"]`);
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => item.count()).toBe(0);
    await page.goto(served.server.url);
    await waitForMapIdle(page);
    expect(await page.locator(`.article-list li[data-article-id="${id}"]`).count()).toBe(0);

    expect(foreignRequests(requests, served.server.url)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('markup in a pasted title and text stays inert and shows literally', async () => {
    const { page, requests, errors } = await openPage(served.browser);
    await page.addInitScript(() => localStorage.setItem('marsad-lang', 'en'));
    await page.goto(served.server.url);
    await waitForMapIdle(page);
    const title = '<img src=x onerror=window.__pwned=1>';
    const script = '<script>window.__pwned=1</script>';
    const text = `${script} وصل الوفد إلى طرابلس <img src=x onerror=window.__pwned=1> قادما من القاهرة.`;
    await paste(page, title, text);
    const id = await openedArticle(page);

    const reader = page.locator('section.reader');
    expect(await reader.locator('#reader-title').innerText()).toBe(title);
    expect(await reader.locator('.article-text').innerText()).toContain(script);
    expect(await reader.locator('img, script').count()).toBe(0);
    // The list shows the title as text too, after a reload (from IndexedDB).
    await page.goto(served.server.url);
    await waitForMapIdle(page);
    const item = page.locator(`.article-list li[data-article-id="${id}"]`);
    expect(await item.locator('.article-title').innerText()).toBe(title);
    expect(await page.locator('.sidebar img, .sidebar script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // An <img src=x> that had been created would have requested ./x.
    expect(requests.some((u) => new URL(u).pathname === '/x')).toBe(false);
    expect(errors).toEqual([]);
    await item.getByRole('button', { name: /^Remove/ }).click();
    await page.context().close();
  });
});
