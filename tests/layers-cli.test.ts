// `marsad build` end to end with the real geoparser: the seed corpus, corpus formats, bad
// input, and atomic replacement of the layers directory.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertValidLayer } from '../src/layers/validate.ts';
import { isCounterClockwise } from '../src/layers/geometry.ts';
import type { Article, MentionsLayer, PlacesLayer, ZonesLayer } from '../src/layers/types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function marsad(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('build of the seed corpus', () => {
  let out: string;
  let places: PlacesLayer, mentions: MentionsLayer, zones: ZonesLayer, articles: Article[];
  beforeAll(() => {
    out = join(mkdtempSync(join(tmpdir(), 'marsad-build-')), 'layers');
    const r = marsad('build', '--out', out);
    expect(r.stderr).toMatch(/^marsad build: 5 articles, \d+ mentions, \d+ places/m);
    expect(r.code).toBe(0);
    places = readJson(join(out, 'places.geojson'));
    mentions = readJson(join(out, 'mentions.geojson'));
    zones = readJson(join(out, 'zones.geojson'));
    articles = readJson(join(out, 'articles.json'));
  });

  it('writes the four files, valid RFC 7946 with counter-clockwise zone rings', () => {
    expect(readdirSync(out).sort()).toEqual(['articles.json', 'mentions.geojson', 'places.geojson', 'zones.geojson']);
    assertValidLayer('places', places);
    assertValidLayer('mentions', mentions);
    assertValidLayer('zones', zones);
    expect('crs' in places).toBe(false);
    for (const z of zones.features) {
      const rings = z.geometry.type === 'Polygon' ? [z.geometry.coordinates[0]!] : z.geometry.coordinates.map((p) => p[0]!);
      for (const r of rings) expect(isCounterClockwise(r)).toBe(true);
    }
    for (const f of [...places.features, ...mentions.features]) {
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90).toBe(true);
    }
  });

  it('keeps seed file names as article ids, titles from the first line, and the text the offsets refer to', () => {
    const files = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    expect(articles.map((a) => a.id)).toEqual(files.map((f) => f.replace(/\.txt$/, '')));
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const a of articles) {
      const firstLine = a.text.split('\n').find((l) => l.trim())!.trim().replace(/\s+/g, ' ');
      expect(a.title.length).toBeLessThanOrEqual(200);
      expect(firstLine.startsWith(a.title.replace(/…$/, ''))).toBe(true);
    }
    expect(mentions.features.length).toBeGreaterThan(50);
    for (const { properties: m } of mentions.features) {
      expect(byId.get(m.article_id)!.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.excerpt.slice(m.excerpt_start, m.excerpt_end)).toBe(m.text);
      expect(m.id).toBe(`${m.article_id}:${m.start}`);
    }
    const mentionIds = new Set(mentions.features.map((f) => f.properties.id));
    for (const a of articles) for (const id of a.mention_ids) expect(mentionIds.has(id)).toBe(true);
    expect(articles.reduce((n, a) => n + a.mention_ids.length, 0)).toBe(mentions.features.length);
  });

  it('counts mentions per place and links zone excerpts both ways', () => {
    for (const { properties: p } of places.features) {
      expect(p.mention_count).toBe(mentions.features.filter((m) => m.properties.place_id === p.id).length);
    }
    const linked = mentions.features.filter((m) => m.properties.zone_ids.length);
    for (const z of zones.features) {
      expect(z.properties.mention_ids.sort()).toEqual(linked.filter((m) => m.properties.zone_ids.includes(z.properties.id)).map((m) => m.properties.id).sort());
    }
    // The seeds discuss the Sirte/al-Jufra demilitarised zone and a proposed Oil Crescent evacuation.
    const dmz = zones.features.find((z) => z.properties.id === 'sirte-jufra-dmz')!;
    expect(dmz.properties.mention_ids.length).toBeGreaterThan(0);
    for (const id of dmz.properties.mention_ids) expect(linked.find((m) => m.properties.id === id)!.properties.excerpt).toMatch(/منزوع/);
  });

  it('places.geojson for the seeds stays under 100 KB', () => {
    expect(statSync(join(out, 'places.geojson')).size).toBeLessThan(100 * 1024);
  });
});

describe('build inputs and failures', () => {
  let root: string;
  let out: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'marsad-corpus-'));
    mkdirSync(join(root, 'good'));
    writeFileSync(
      join(root, 'good', 'feed.jsonl'),
      [
        JSON.stringify({ id: 'j1', title: 'خبر', date: '2020-11-13', source: 'وكالة', text: 'عقدت اللجنة العسكرية اجتماعها في مدينة سرت.' }),
        '{ this is not json',
        JSON.stringify({ id: 'j2', text: 'وصل الوفد إلى بنغازي قادما من طرابلس.' }),
      ].join('\n'),
    );
    writeFileSync(
      join(root, 'good', 'page.html'),
      '<html><head><title>صفحة</title><script>var x = "طرابلس";</script></head><body><article><h1>خبر من مصراتة</h1><p>وصلت قوات إلى مدينة مصراتة &amp; سرت.</p></article></body></html>',
    );
    out = join(root, 'layers');
  });

  it('builds .jsonl and .html, reports malformed lines with file:line and still exits 0', () => {
    const r = marsad('build', join(root, 'good'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`marsad build: warning: ${join(root, 'good', 'feed.jsonl')}:2: invalid JSON`);
    const articles = readJson<Article[]>(join(out, 'articles.json'));
    expect(articles.map((a) => a.id)).toEqual(['j1', 'j2', 'page']);
    expect(articles[2]!.text).toBe('خبر من مصراتة\nوصلت قوات إلى مدينة مصراتة & سرت.');
    const mentions = readJson<MentionsLayer>(join(out, 'mentions.geojson')).features.map((f) => f.properties);
    const j1 = mentions.filter((m) => m.article_id === 'j1');
    expect(j1.length).toBeGreaterThan(0);
    expect(j1.every((m) => m.date === '2020-11-13')).toBe(true);
    expect(mentions.filter((m) => m.article_id === 'j2').every((m) => m.date === undefined)).toBe(true);
    for (const m of mentions.filter((x) => x.article_id === 'page')) expect(articles[2]!.text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.some((m) => m.article_id === 'page' && m.text === 'مصراتة')).toBe(true);
  });

  it('a failed build (duplicate ids, missing corpus) leaves the previous layers intact', () => {
    const before = snapshot(out);
    writeFileSync(join(root, 'j1.txt'), 'نص آخر في سرت');
    const dup = marsad('build', join(root, 'good'), join(root, 'j1.txt'), '--out', out);
    expect(dup.code).toBe(1);
    expect(dup.stderr.trim()).toBe(`marsad build: duplicate article id "j1": ${join(root, 'good', 'feed.jsonl')}:1 and ${join(root, 'j1.txt')}`);
    const missing = marsad('build', join(root, 'nope'), '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`marsad build: ${join(root, 'nope')}: no such file or directory`);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses to replace a directory that holds other files, and needs --out', () => {
    const other = join(root, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'keep.txt'), 'x');
    const r = marsad('build', join(root, 'good'), '--out', other);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/holds other files \(keep\.txt\); refusing to replace it/);
    expect(existsSync(join(other, 'keep.txt'))).toBe(true);
    const noOut = marsad('build', join(root, 'good'));
    expect(noOut.code).toBe(2);
    expect(noOut.stderr.trim()).toBe('marsad build: --out DIR is required (try --help)');
  });
});
