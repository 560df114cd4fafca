// The explorer in headless Chromium, built from the seed corpus: offline loading, clicking
// through markers, excerpts and the reader, permalinks, history, language, marker pixels.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { ROOT } from './helpers/build.ts';
import { serveBuiltApp } from './helpers/served-app.ts';
import { foreignRequests, openPage, waitForMapIdle, type WatchedPage } from './helpers/browser.ts';
import { builtLayers as layersOf, mapCenter, pagePixel, renderedPlaces } from './helpers/app-page.ts';
import { kindColor } from '../../src/app/palette.ts';
import type { PlaceKind } from '../../src/gazetteer/types.ts';
import type { ZonesLayer } from '../../src/layers/types.ts';

const OUT = join(ROOT, 'tests/out');
const served = serveBuiltApp();
const builtLayers = () => layersOf(served.dist);

beforeAll(() => mkdirSync(OUT, { recursive: true }));

async function open(hash = '', opts: { lang?: 'ar' | 'en' } = {}): Promise<WatchedPage> {
  const w = await openPage(served.browser);
  if (opts.lang) await w.page.addInitScript((l) => localStorage.setItem('marsad-lang', l), opts.lang);
  await w.page.goto(served.server.url + hash);
  await waitForMapIdle(w.page);
  return w;
}

async function clickAt(page: Page, lonLat: [number, number]): Promise<void> {
  const { x, y } = await pagePixel(page, lonLat);
  await page.mouse.click(x, y);
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

describe('map explorer', () => {
  it('loads offline: no request leaves the origin, no console error, the map reports idle', async () => {
    const { page, requests, errors } = await open();
    expect(foreignRequests(requests, served.server.url)).toEqual([]);
    expect(requests.some((u) => u.endsWith('/data/places.geojson'))).toBe(true);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dataset.mapIdle)).toBe('true');
    const legend = await page.evaluate(() => window.marsadApp!.legendItems());
    expect(legend.length).toBeGreaterThan(3);
    expect(legend.every((i) => i.label && i.color)).toBe(true);
    await page.screenshot({ path: join(OUT, 'app-first-view.png') });
    await page.context().close();
  });

  it('clicking a marker opens the panel of that place, with its excerpts highlighted', async () => {
    const { page, errors } = await open('', { lang: 'en' });
    const { places, mentions } = builtLayers();
    const target = (await renderedPlaces(page))[0];
    expect(target, 'some unclustered marker is drawn').toBeDefined();
    await clickAt(page, target!.lonLat);
    const panel = page.locator('section[data-place-id]');
    await expect.poll(() => panel.getAttribute('data-place-id')).toBe(target!.id);
    const place = places.features.find((f) => f.properties.id === target!.id)!.properties;
    await expect.poll(() => page.locator('#place-title').innerText()).toContain(place.name_en);
    expect(await page.getByTestId('coords').innerText()).toMatch(/^-?\d+\.\d{5}, -?\d+\.\d{5}$/);

    // Every excerpt is listed, and each highlights exactly the mention's text.
    const expected = mentions.features.filter((m) => m.properties.place_id === target!.id);
    const items = page.locator('.excerpt-button');
    expect(await items.count()).toBe(expected.length);
    for (let i = 0; i < Math.min(3, expected.length); i++) {
      const id = await items.nth(i).getAttribute('data-mention-id');
      const m = expected.find((x) => x.properties.id === id)!.properties;
      expect(await items.nth(i).locator('mark').innerText()).toBe(m.excerpt.slice(m.excerpt_start, m.excerpt_end));
      expect(m.excerpt.slice(m.excerpt_start, m.excerpt_end)).toBe(m.text);
    }
    await page.screenshot({ path: join(OUT, 'app-place-panel.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an excerpt opens the reader; clicking a mention there flies the map to its place', async () => {
    const { page, errors } = await open('', { lang: 'en' });
    const target = (await renderedPlaces(page))[0]!;
    await clickAt(page, target.lonLat);
    const first = page.locator('.excerpt-button').first();
    const mentionId = (await first.getAttribute('data-mention-id'))!;
    await first.click();
    const reader = page.locator('section.reader');
    await expect.poll(() => reader.getAttribute('data-article-id')).toBe(mentionId.slice(0, mentionId.lastIndexOf(':')));
    // The mention we came from is highlighted in the full text.
    const focused = reader.locator(`button.mention[data-mention-id="${mentionId}"]`);
    expect(await focused.getAttribute('class')).toContain('focused');

    // Pick a mention of a place far from the current centre and click it.
    const { places } = builtLayers();
    const before = await mapCenter(page);
    const buttons = await reader.locator('button.mention').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-mention-id')!, place: e.getAttribute('data-place-id')! })));
    const dist = (p: [number, number], c: { lon: number; lat: number }) => Math.hypot(p[0] - c.lon, p[1] - c.lat);
    const far = buttons
      .map((b) => ({ ...b, at: places.features.find((f) => f.properties.id === b.place)!.geometry.coordinates as [number, number] }))
      .sort((a, b) => dist(b.at, before) - dist(a.at, before))[0]!;
    await reader.locator(`button.mention[data-mention-id="${far.id}"]`).click();
    await page.waitForFunction(() => !window.marsadApp!.map.isMoving(), undefined, { timeout: 15_000 });
    await waitForMapIdle(page);
    const after = await mapCenter(page);
    expect(dist(far.at, after)).toBeLessThan(Math.max(0.05, dist(far.at, before) / 10));
    await page.screenshot({ path: join(OUT, 'app-reader.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a permalink restores view, selection, filters and language after reload', async () => {
    const { places } = builtLayers();
    const city = places.features.find((f) => f.properties.kind === 'city')!;
    const [lon, lat] = city.geometry.coordinates as [number, number];
    const hash = `#map=7.00/${lat.toFixed(4)}/${lon.toFixed(4)}&place=${encodeURIComponent(city.properties.id)}&kind=city,town&lang=en`;
    const { page, errors } = await open(hash);
    await page.reload();
    await waitForMapIdle(page);
    const c = await mapCenter(page);
    expect(c.zoom).toBeCloseTo(7, 1);
    expect(Math.abs(c.lon - lon)).toBeLessThan(0.01);
    expect(Math.abs(c.lat - lat)).toBeLessThan(0.01);
    expect(await page.locator('section[data-place-id]').getAttribute('data-place-id')).toBe(city.properties.id);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The kind filter holds: only cities and towns are drawn.
    const kinds = new Set((await renderedPlaces(page)).map((p) => p.kind));
    expect([...kinds].every((k) => k === 'city' || k === 'town')).toBe(true);
    expect(await page.evaluate(() => location.hash)).toContain('kind=city,town');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('bbox= fits the map once and is then replaced by map=', async () => {
    const { page } = await open('#bbox=19,29,21,31&lang=en');
    const c = await mapCenter(page);
    expect(Math.abs(c.lon - 20)).toBeLessThan(0.2);
    expect(Math.abs(c.lat - 30)).toBeLessThan(0.3);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#map=/);
    await page.context().close();
  });

  it('back and forward step through selections', async () => {
    const { page } = await open('', { lang: 'en' });
    const article = page.locator('.article-list li').first();
    const articleId = (await article.getAttribute('data-article-id'))!;
    await article.locator('.article-button').click();
    await expect.poll(() => page.locator('section.reader').getAttribute('data-article-id')).toBe(articleId);
    const mention = page.locator('section.reader button.mention').first();
    const placeId = (await mention.getAttribute('data-place-id'))!;
    await page.locator('section.reader button.icon').click(); // close the reader → list
    await expect.poll(() => page.locator('section.reader').count()).toBe(0);

    await page.goBack();
    await expect.poll(() => page.locator('section.reader').getAttribute('data-article-id')).toBe(articleId);
    expect(await page.evaluate(() => location.hash)).toContain(`article=${articleId}`);
    await page.goBack();
    await expect.poll(() => page.locator('section.reader').count()).toBe(0);
    expect(await page.evaluate(() => location.hash)).not.toContain('article=');
    await page.goForward();
    await expect.poll(() => page.locator('section.reader').getAttribute('data-article-id')).toBe(articleId);
    expect(placeId).toBeTruthy();
    await page.context().close();
  });

  it('search matches normalised Arabic spellings and English names', async () => {
    const { places } = builtLayers();
    const { page } = await open('', { lang: 'en' });
    const box = page.getByRole('searchbox');
    // A name with a hamza-alef or ta marbuta, searched in its bare spelling.
    const fancy = places.features.find((f) => /[أإآة]/.test(f.properties.name_ar))!;
    const bare = fancy.properties.name_ar.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ /g, '');
    await box.fill(bare);
    await expect.poll(() => page.locator(`.search-results button[data-place-id="${fancy.properties.id}"]`).count()).toBe(1);
    await box.fill(fancy.properties.name_en.toLowerCase());
    await expect.poll(() => page.locator(`.search-results button[data-place-id="${fancy.properties.id}"]`).count()).toBe(1);
    await page.locator(`.search-results button[data-place-id="${fancy.properties.id}"]`).click();
    await expect.poll(() => page.locator('section[data-place-id]').getAttribute('data-place-id')).toBe(fancy.properties.id);
    await page.context().close();
  });

  it('the language toggle switches the UI and persists across reloads', async () => {
    const { page, errors } = await open('');
    expect(await page.evaluate(() => document.body.dir)).toBe('rtl');
    await page.locator('button.lang').click();
    await expect.poll(() => page.evaluate(() => document.body.dir)).toBe('ltr');
    expect(await page.getByRole('button', { name: 'Add article' }).count()).toBe(1);
    await page.goto(served.server.url); // no lang= in the URL: the stored choice applies
    await waitForMapIdle(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.body.dir, document.documentElement.dir])).toEqual(['en', 'ltr', '']);
    await page.screenshot({ path: join(OUT, 'app-english.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('markers are drawn in their kind colour at their projected position, zones hatched', async () => {
    const { page } = await open('', { lang: 'en' });
    // The first view as drawn, before anything below changes the style.
    const first = PNG.sync.read(await page.screenshot({ path: join(OUT, 'app-first-view-en.png') }));
    // Zones are hatched all over: dark hatch lines in small boxes halfway between each zone's
    // centre and its corners (a tile laid out before the pattern existed would stay plain).
    const zones = JSON.parse(readFileSync(join(served.dist, 'data/zones.geojson'), 'utf8')) as ZonesLayer;
    const canvasBox = await page.evaluate(() => window.marsadApp!.map.getCanvas().getBoundingClientRect().toJSON() as DOMRect);
    let boxes = 0;
    for (const z of zones.features) {
      const ring = (z.geometry.type === 'Polygon' ? z.geometry.coordinates[0] : z.geometry.coordinates[0]![0])!;
      const c = ring.reduce((a, p) => [a[0]! + p[0]! / ring.length, a[1]! + p[1]! / ring.length], [0, 0]);
      for (let k = 0; k < ring.length; k += Math.ceil(ring.length / 6)) {
        const at: [number, number] = [(c[0]! + ring[k]![0]!) / 2, (c[1]! + ring[k]![1]!) / 2];
        const { x, y } = await pagePixel(page, at);
        if (x < canvasBox.left + 20 || y < canvasBox.top + 20 || x > canvasBox.right - 20 || y > canvasBox.bottom - 20) continue;
        let dark = 0;
        for (let dy = -8; dy <= 8; dy++) {
          for (let dx = -8; dx <= 8; dx++) {
            const i = (Math.round(y + dy) * first.width + Math.round(x + dx)) * 4;
            if (first.data[i]! < 160 && first.data[i + 1]! < 160 && first.data[i + 2]! < 160) dark++;
          }
        }
        expect(dark, `hatch near ${at} in ${z.properties.id}`).toBeGreaterThan(10);
        boxes++;
      }
    }
    expect(boxes).toBeGreaterThan(0);

    const all = await renderedPlaces(page);
    const px = await Promise.all(all.map((p) => pagePixel(page, p.lonLat)));
    // Markers with no other marker nearby, so the centre pixel is theirs alone.
    const drawn = all.filter((_, i) => px.every((q, j) => j === i || Math.hypot(q.x - px[i]!.x, q.y - px[i]!.y) > 40)).slice(0, 4);
    expect(drawn.length).toBeGreaterThan(0);
    // Hide labels and arrows so nothing sits on top of a marker's centre.
    await page.evaluate(() => {
      const map = window.marsadApp!.map;
      for (const id of ['place-labels', 'relations', 'zones-label', 'context-labels', 'country-labels']) map.setLayoutProperty(id, 'visibility', 'none');
    });
    await waitForMapIdle(page);
    const shot = PNG.sync.read(await page.screenshot({ path: join(OUT, 'app-markers.png') }));
    for (const p of drawn) {
      const { x, y } = await pagePixel(page, p.lonLat);
      const i = (Math.round(y) * shot.width + Math.round(x)) * 4;
      const got = [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
      const want = hexToRgb(kindColor(p.kind as PlaceKind));
      // Circles are 92% opaque over the land colour: allow for the blend.
      for (let c = 0; c < 3; c++) expect(Math.abs(got[c]! - want[c]!), `${p.id} channel ${c}: ${got} vs ${want}`).toBeLessThan(30);
    }

    await page.context().close();
  });

  it('exports the selection or everything, per layer, as valid GeoJSON named for what it holds', async () => {
    const { page, errors } = await open('', { lang: 'en' });
    const { places, mentions } = builtLayers();
    const zones = JSON.parse(readFileSync(join(served.dist, 'data/zones.geojson'), 'utf8')) as ZonesLayer;
    const download = async (layer: string, scope: string) => {
      await page.locator('button.export-data').click();
      const dialog = page.locator('dialog.export-dialog');
      await dialog.locator(`input[name="layer"][value="${layer}"]`).check();
      await dialog.locator(`input[name="scope"][value="${scope}"]`).check();
      await dialog.locator('input[name="format"][value="geojson"]').check();
      await expect.poll(() => dialog.locator('[data-export-count]').count()).toBe(1); // texts loaded
      if (layer === 'places' && scope === 'selection') await page.screenshot({ path: join(OUT, 'app-export-dialog.png') });
      const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
      const fc = JSON.parse(readFileSync((await file.path())!, 'utf8')) as GeoJSON.FeatureCollection;
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features.every((f) => f.type === 'Feature' && f.geometry && f.properties)).toBe(true);
      return { name: file.suggestedFilename(), fc };
    };

    const all = await download('places', 'all');
    expect(all.name).toMatch(/^marsad-places-all-\d{4}-\d\d-\d\d\.geojson$/);
    expect(all.fc.features).toHaveLength(places.features.length);
    expect((await download('zones', 'all')).fc.features).toHaveLength(zones.features.length);

    // Narrow the map to one article: the selection holds its places and its mentions only.
    const article = page.locator('.article-list li').first();
    const articleId = (await article.getAttribute('data-article-id'))!;
    await article.locator('.article-button').click();
    await expect.poll(() => page.locator('section.reader').getAttribute('data-article-id')).toBe(articleId);
    const sel = await download('mentions', 'selection');
    expect(sel.name).toContain(`marsad-mentions-selection-article-${articleId.replace(/[^\p{L}\p{N}._-]+/gu, '-')}`);
    const want = mentions.features.filter((m) => m.properties.article_id === articleId);
    expect(sel.fc.features).toHaveLength(want.length);
    expect(new Set(sel.fc.features.map((f) => f.properties!.id))).toEqual(new Set(want.map((m) => m.properties.id)));
    const selPlaces = await download('places', 'selection');
    expect(selPlaces.fc.features).toHaveLength(places.features.filter((p) => p.properties.article_ids.includes(articleId)).length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keyboard: Tab reaches the lists, Enter opens a place or an article, Escape closes it and returns focus; focus is visible', async () => {
    const { page, errors } = await open('', { lang: 'en' });
    const active = () => page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return { role: e?.getAttribute('role'), cls: e?.className ?? '', id: e?.id ?? '', place: e?.getAttribute('data-place-id') ?? '', outline: e ? getComputedStyle(e).outlineStyle : 'none' };
    });
    // Tab from the top of the page to the list tabs, through the toolbar and the filters.
    let steps = 0;
    for (; steps < 80 && (await active()).role !== 'tab'; steps++) await page.keyboard.press('Tab');
    expect((await active()).role).toBe('tab');
    expect((await active()).outline).not.toBe('none');
    await page.keyboard.press('ArrowRight'); // the Places tab
    await expect.poll(async () => (await active()).id).toBe('tab-places');
    await page.keyboard.press('Tab');
    const first = await active();
    expect(first.cls).toContain('place-button');
    expect(first.outline).not.toBe('none');
    // The list holds the places shown, most mentioned first, each with an accessible name.
    const { places } = builtLayers();
    const top = [...places.features].sort((a, b) => b.properties.mention_count - a.properties.mention_count)[0]!;
    expect(places.features.find((p) => p.properties.id === first.place)!.properties.mention_count).toBe(top.properties.mention_count);
    expect(await page.locator(`.place-button[data-place-id="${first.place}"]`).getAttribute('aria-label')).toMatch(/mentions$/);
    await page.screenshot({ path: join(OUT, 'app-places-list-keyboard.png') });

    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('section[data-place-id]').getAttribute('data-place-id')).toBe(first.place);
    await expect.poll(async () => (await active()).id).toBe('place-title');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('place'))).toBe(first.place);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('section[data-place-id]').count()).toBe(0);
    await expect.poll(async () => (await active()).place).toBe(first.place);

    // The same round trip through the article list and the reader.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(async () => (await active()).id).toBe('tab-places');
    await page.keyboard.press('ArrowLeft'); // the Articles tab
    await expect.poll(async () => (await active()).id).toBe('tab-articles');
    await page.keyboard.press('Tab');
    expect((await active()).cls).toContain('article-button');
    const articleId = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-article-id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('article'))).toBe(articleId);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('article'))).toBe(null);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-article-id'))).toBe(articleId);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the map controls move to the other side when the language changes, without a reload', async () => {
    const { page, errors } = await open('', { lang: 'ar' });
    const side = () => page.evaluate(() => ({
      zoom: document.querySelector('.maplibregl-ctrl-zoom-in')?.closest('[class*="maplibregl-ctrl-top-"]')?.className ?? '',
      scale: document.querySelector('.maplibregl-ctrl-scale')?.closest('[class*="maplibregl-ctrl-bottom-"]')?.className ?? '',
    }));
    expect(await side()).toEqual({ zoom: expect.stringContaining('top-left'), scale: expect.stringContaining('bottom-right') });
    // The page reads right-to-left but the root stays left-to-right: map label glyphs are drawn
    // on canvases that take the root's direction (an RTL root draws "(" as ")").
    expect(await page.evaluate(() => [getComputedStyle(document.documentElement).direction, getComputedStyle(document.body).direction])).toEqual(['ltr', 'rtl']);
    await page.locator('button.lang').click();
    await expect.poll(side).toEqual({ zoom: expect.stringContaining('top-right'), scale: expect.stringContaining('bottom-left') });
    expect(await page.locator('.maplibregl-ctrl-zoom-in').count()).toBe(1);
    await waitForMapIdle(page);
    await page.screenshot({ path: join(OUT, 'app-lang-switched.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a small window: the legend starts collapsed and opens on demand', async () => {
    const w = await openPage(served.browser, { width: 600, height: 800 });
    await w.page.addInitScript(() => localStorage.setItem('marsad-lang', 'en'));
    await w.page.goto(served.server.url);
    await waitForMapIdle(w.page);
    const toggle = w.page.locator('.legend-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await w.page.screenshot({ path: join(OUT, 'app-narrow.png') });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await w.page.locator('.legend input[data-layer-toggle]').count()).toBeGreaterThan(2);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });
});
