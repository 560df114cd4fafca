// `marsad screenshot` on the real app: the command writes a PNG of the requested pixel size;
// unknown ids fail before any browser starts; in the rendered briefing, reported places are
// drawn where their coordinates project, in a colour the legend explains.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { captureBriefing } from '../../src/cli/commands/screenshot.ts';
import type { PlacesLayer } from '../../src/layers/types.ts';
import { ROOT, ensureBuilt } from './helpers/build.ts';

const OUT = join(ROOT, 'tests/out/screenshot');
const haveChromium = existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium');

type Rgb = readonly [number, number, number];
const pixel = (png: PNG, x: number, y: number): Rgb => {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
};
const hexRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const near = (a: Rgb, b: Rgb, tol = 30) => a.every((v, i) => Math.abs(v - b[i]) <= tol);

function worldPixels(lon: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * size, (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size];
}

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'screenshot', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe.skipIf(!haveChromium)('marsad screenshot (built app)', () => {
  let places: PlacesLayer;
  let appDir = '';
  beforeAll(async () => {
    appDir = await ensureBuilt();
    mkdirSync(OUT, { recursive: true });
    places = JSON.parse(readFileSync(join(appDir, 'data/places.geojson'), 'utf8')) as PlacesLayer;
  });

  it('writes a PNG of --size × --scale pixels', () => {
    const out = join(OUT, 'cli-bbox-2x.png');
    rmSync(out, { force: true });
    const r = cli(['--out', out, '--bbox', '12,25,22,34', '--size', '900x600', '--scale', '2', '--title', 'Libya: places reported']);
    expect(r.stderr).toMatch(/wrote .*cli-bbox-2x\.png \(1800×1200/);
    expect(r.status).toBe(0);
    const png = PNG.sync.read(readFileSync(out));
    expect([png.width, png.height]).toEqual([1800, 1200]);
  });

  it('unknown place: exit 2, names the id, no file', () => {
    const out = join(OUT, 'cli-unknown-place.png');
    rmSync(out, { force: true });
    const r = cli(['--out', out, '--place', 'geonames:0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--place "geonames:0": no such place/);
    expect(existsSync(out)).toBe(false);
  });

  it('--corpus maps that corpus: its places are selectable, the seeds\' others are not', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'marsad-corpus-'));
    try {
      writeFileSync(join(corpus, 'report.txt'), 'وصلت تعزيزات عسكرية إلى مدينة بنغازي قادمة من أجدابيا.\n');
      const layers = join(corpus, 'layers');
      const built = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'build', join(corpus, 'report.txt'), '--out', layers], { cwd: ROOT, encoding: 'utf8' });
      expect(built.status).toBe(0);
      const own = (JSON.parse(readFileSync(join(layers, 'places.geojson'), 'utf8')) as PlacesLayer).features.map((f) => f.properties.id);
      const other = places.features.map((f) => f.properties.id).find((id) => !own.includes(id));
      expect(own.length).toBeGreaterThan(0);
      const out = join(OUT, 'cli-corpus.png');
      rmSync(out, { force: true });
      const missing = cli(['--out', out, '--corpus', join(corpus, 'report.txt'), '--place', other!]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/no such place/);
      expect(existsSync(out)).toBe(false);
      const ok = cli(['--out', out, '--corpus', join(corpus, 'report.txt'), '--place', own[0], '--size', '800x500', '--lang', 'en']);
      expect(ok.stderr).toMatch(/wrote .*\(800×500/);
      expect(ok.status).toBe(0);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });

  it('draws the most reported towns at their projected coordinates in a legend colour', async () => {
    const towns = places.features
      .filter((f) => ['city', 'town'].includes(f.properties.kind))
      .sort((a, b) => b.properties.mention_count - a.properties.mention_count)
      .slice(0, 2);
    expect(towns.length).toBeGreaterThan(0);
    for (const town of towns) {
      const [lon, lat] = town.geometry.coordinates;
      const out = join(OUT, `place-${town.properties.id.replace(/[^a-z0-9]+/gi, '_')}.png`);
      // A tight extent around the town, so it is drawn alone rather than in a cluster.
      const report = await captureBriefing({
        appDir,
        hash: `#place=${encodeURIComponent(town.properties.id)}&lang=en`,
        viewport: { width: 1000, height: 700 },
        render: { width: 1000, height: 700, pixelRatio: 1, bounds: [lon - 0.6, lat - 0.4, lon + 0.6, lat + 0.4] },
        out,
      });
      const png = PNG.sync.read(readFileSync(out));
      const { frame, camera, legend } = report;
      const [cx, cy] = worldPixels(camera.center[0], camera.center[1], camera.zoom);
      const [wx, wy] = worldPixels(lon, lat, camera.zoom);
      const x = frame.map.x + frame.map.width / 2 + (wx - cx) * frame.unit;
      const y = frame.map.y + frame.map.height / 2 + (wy - cy) * frame.unit;
      // The legend's circle swatches, read back from the image, give the marker colours.
      const swatchColours = legend!.rows.map((row) => pixel(png, row.swatch.x + row.swatch.width / 2, row.swatch.y + row.swatch.height / 2));
      const circleColours = report.legendItems.filter((item) => item.kind === 'circle').map((item) => hexRgb(item.color));
      expect(circleColours.every((c) => swatchColours.some((s) => near(s, c, 12)))).toBe(true);
      const atMarker = pixel(png, x, y);
      expect(circleColours.some((c) => near(atMarker, c)), `${town.properties.name_en}: ${atMarker} at ${x.toFixed(0)},${y.toFixed(0)}`).toBe(true);
    }
  });
});
