// The "Export image" dialog in the real app: it opens from the toolbar with the app's
// default title, downloads a PNG named after the title and the date at the chosen size,
// copies the image to the clipboard where allowed and says so where not, and treats a
// title as text (markup in it stays inert).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { openPage, waitForMapIdle } from './helpers/browser.ts';
import { serveBuiltApp } from './helpers/served-app.ts';

const haveChromium = existsSync('/usr/bin/chromium');

describe.skipIf(!haveChromium)('export image dialog', () => {
  const served = serveBuiltApp();

  async function openDialog(hash: string) {
    const watched = await openPage(served.browser, { width: 1100, height: 700 });
    const { page } = watched;
    await page.goto(served.server.url + hash);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: /Export image|تصدير صورة/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    return { ...watched, dialog };
  }

  it('downloads the current view as a PNG named after the title and date', async () => {
    const { page, dialog, errors } = await openDialog('#lang=en');
    const expected = await page.evaluate(() => window.marsadApp!.defaultTitle());
    await expect(dialog.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(expected);
    await dialog.getByLabel('Title', { exact: true }).fill('Sirte & al-Jufra <b>front</b>');
    await dialog.getByRole('radio', { name: /^Current view \d/ }).check();
    const view = await page.evaluate(() => {
      const c = window.marsadApp!.map.getCanvas();
      return { width: c.clientWidth, height: c.clientHeight };
    });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(download.suggestedFilename()).toBe(`marsad-sirte-al-jufra-b-front-b-${today}.png`);
    const png = PNG.sync.read(readFileSync((await download.path())!));
    expect([png.width, png.height]).toEqual([view.width, view.height]);
    await expect(dialog.getByRole('status').textContent()).resolves.toContain('marsad-sirte-al-jufra');
    // The title was drawn as text, not parsed: no element was created from it.
    expect(await page.locator('b', { hasText: 'front' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('copies the image to the clipboard where allowed, and says so where not', async () => {
    const { page, dialog } = await openDialog('#lang=en');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.server.url.replace(/\/$/, '') });
    await dialog.getByRole('button', { name: 'Copy image' }).click();
    await expect(dialog.getByRole('status')).toBeDefined();
    await page.waitForFunction(() => /copied|failed/i.test(document.querySelector('dialog [role=status]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await expect(dialog.getByRole('status').textContent()).resolves.toBe('Image copied to the clipboard.');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');
    await page.context().close();

    // A browser without ClipboardItem: a clear message instead of an error.
    const { page: page2, dialog: dialog2 } = await (async () => {
      const watched = await openPage(served.browser, { width: 1100, height: 700 });
      await watched.page.addInitScript(() => {
        delete (window as { ClipboardItem?: unknown }).ClipboardItem;
      });
      await watched.page.goto(served.server.url + '#lang=ar');
      await waitForMapIdle(watched.page);
      await watched.page.getByRole('button', { name: 'تصدير صورة' }).click();
      const d = watched.page.getByRole('dialog');
      await d.waitFor();
      return { ...watched, dialog: d };
    })();
    await dialog2.getByRole('button', { name: 'نسخ الصورة' }).click();
    await expect(dialog2.getByRole('status').textContent()).resolves.toMatch(/لا يسمح هذا المتصفح بنسخ الصور/);
    await page2.context().close();
  });
});
