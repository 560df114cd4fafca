import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCorpusFile, checkUniqueIds } from '../src/corpus/read.ts';
import { parseHtml } from '../src/corpus/html.ts';
import { decodeEntities } from '../src/corpus/html-entities.ts';
import { isoDate } from '../src/corpus/title.ts';
import { readCorpus } from '../src/corpus/walk.node.ts';

describe('plain text articles', () => {
  it('takes the id from the file name and the title from the first non-blank line', () => {
    const text = '\n  عنوان   الخبر  \nوصل الوفد إلى طرابلس.';
    const { articles, warnings } = parseCorpusFile('corpus/2020/001_abc.txt', text);
    expect(warnings).toEqual([]);
    expect(articles).toEqual([{ id: '001_abc', title: 'عنوان الخبر', text, origin: 'corpus/2020/001_abc.txt' }]);
  });
});

describe('JSON Lines corpora', () => {
  const lines = [
    JSON.stringify({ id: 'a1', title: 'خبر', date: '2020-11-13T10:00:00Z', source: 'ليبيا', url: 'https://example.org/a1', text: 'في سرت' }),
    '{"id": "broken", "text": ',
    '',
    JSON.stringify({ text: 'بلا معرف\nسطر ثان' }),
    JSON.stringify({ id: 'a3', text: 42 }),
    JSON.stringify({ id: 7, text: 'رقم', date: '13/11/2020' }),
    '[1,2]',
  ].join('\n');

  it('keeps good records, reports malformed lines as file:line and skips them', () => {
    const { articles, warnings } = parseCorpusFile('feed.ndjson', lines);
    expect(articles.map((a) => a.id)).toEqual(['a1', 'feed-4', '7']);
    expect(articles[0]).toMatchObject({ title: 'خبر', date: '2020-11-13', source: 'ليبيا', url: 'https://example.org/a1', origin: 'feed.ndjson:1' });
    expect(articles[1]!.title).toBe('بلا معرف');
    expect(articles[2]!.date).toBeUndefined();
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/^feed\.ndjson:2: invalid JSON/);
    expect(warnings[1]).toMatch(/^feed\.ndjson:5: no "text" string, line skipped$/);
    expect(warnings[2]).toMatch(/^feed\.ndjson:6: "date" "13\/11\/2020" is not an ISO date/);
    expect(warnings[3]).toMatch(/^feed\.ndjson:7: not a JSON object/);
  });

  it('validates calendar dates', () => {
    expect(isoDate('2020-02-29')).toBe('2020-02-29');
    expect(isoDate('2019-02-29')).toBeUndefined();
    expect(isoDate('2020-11-13 08:00')).toBe('2020-11-13');
    expect(isoDate('November 2020')).toBeUndefined();
  });
});

describe('HTML pages', () => {
  const page = `<!DOCTYPE html><html lang="ar"><head>
    <meta charset="utf-8"><title>الموقع | عنوان الصفحة</title>
    <meta property="og:site_name" content="صحيفة &quot;المرصد&quot;">
    <meta property="article:published_time" content="2020-08-21T18:30:00+02:00">
    <link rel="canonical" href="https://example.org/news/1">
    <style>p { color: red }</style><script>var s = "<p>ليس نصا</p>";</script>
  </head><body>
    <nav><a href="/">الرئيسية</a> <a href="/libya">ليبيا</a></nav>
    <article><h1>وقف إطلاق النار في &laquo;سرت&raquo;</h1>
      <p>أعلن   المجلس الرئاسي
         وقف إطلاق النار.</p><!-- <p>تعليق</p> -->
      <p>وطالب بجعل سرت والجفرة منطقة منزوعة&nbsp;السلاح &amp; عودة النفط.<br>سطر&#x20;ثان &#1604;&#1610;&#1576;&#1610;&#1575;</p>
      <script>document.write('x')</script>
      <aside>اقرأ أيضا</aside>
    </article>
    <footer>جميع الحقوق محفوظة</footer>
  </body></html>`;

  it('extracts the article text: tags, scripts, styles, comments and furniture dropped, entities decoded, paragraphs on lines', () => {
    const a = parseHtml(page);
    expect(a.text).toBe(
      'وقف إطلاق النار في «سرت»\nأعلن المجلس الرئاسي وقف إطلاق النار.\nوطالب بجعل سرت والجفرة منطقة منزوعة\u00A0السلاح & عودة النفط.\nسطر ثان ليبيا',
    );
    expect(a.title).toBe('وقف إطلاق النار في «سرت»');
    expect(a.source).toBe('صحيفة "المرصد"');
    expect(a.url).toBe('https://example.org/news/1');
    expect(a.date).toBe('2020-08-21T18:30:00+02:00');
  });

  it('keeps id, ISO date and metadata through the corpus reader', () => {
    const { articles } = parseCorpusFile('pages/sirte-ceasefire.html', page);
    expect(articles[0]).toMatchObject({ id: 'sirte-ceasefire', date: '2020-08-21', url: 'https://example.org/news/1' });
  });

  it('falls back to the body and the <title> without an <article>, and survives broken markup', () => {
    const a = parseHtml('<html><head><title>خبر &amp; تعليق</title></head><body><div>وصل <b>الوفد</b> إلى بنغازي</div><p>a < b <unclosed');
    expect(a.title).toBe('خبر & تعليق');
    expect(a.text).toBe('وصل الوفد إلى بنغازي\na < b');
  });

  it('reads pages whose whole body sits in a <form> (ASP.NET) and skips unclosed furniture only to its end', () => {
    const a = parseHtml('<body><form id="f1"><nav>القائمة</nav><div class="story"><p>وصل الوفد إلى سرت.</p></div><input type="submit"></form></body>');
    expect(a.text).toBe('وصل الوفد إلى سرت.');
  });

  it('decodes numeric and named references and leaves unknown names as written', () => {
    expect(decodeEntities('&#1587;&#x631;&#x62A; &hellip; &unknown; &#0; &AMP;')).toBe('سرت … &unknown; \uFFFD &');
  });
});

describe('reading a corpus from disk', () => {
  function tempCorpus(): string {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-corpus-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), '\uFEFFعنوان\nنص');
    writeFileSync(join(dir, 'sub', 'c.html'), '<p>صفحة</p>');
    writeFileSync(join(dir, 'notes.md'), 'ignored');
    // "ليبيا" in Windows-1256.
    writeFileSync(join(dir, 'legacy.txt'), Buffer.from([0xe1, 0xed, 0xc8, 0xed, 0xc7, 0x20, 0xe1, 0xed, 0xc8, 0xed, 0xc7]));
    return dir;
  }

  it('walks folders in name order, decodes legacy Arabic with a warning, drops the BOM', async () => {
    const dir = tempCorpus();
    const { articles, warnings } = await readCorpus([dir]);
    expect(articles.map((a) => a.id)).toEqual(['b', 'legacy', 'c']);
    expect(articles[0]!.text).toBe('عنوان\nنص');
    expect(articles[1]!.text).toBe('ليبيا ليبيا');
    expect(warnings).toEqual([`${join(dir, 'legacy.txt')}: not UTF-8; decoded as Windows-1256 Arabic`]);
  });

  it('refuses duplicate ids, naming both sources', async () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'feed.jsonl'), '{"id":"x","text":"1"}\n{"id":"b","text":"2"}\n');
    await expect(readCorpus([dir])).rejects.toThrow(`duplicate article id "b": ${join(dir, 'b.txt')} and ${join(dir, 'feed.jsonl')}:2`);
    expect(() => checkUniqueIds([{ id: 'a', title: '', text: '', origin: 'one.txt' }, { id: 'a', title: '', text: '', origin: 'two.txt' }])).toThrow(
      'duplicate article id "a": one.txt and two.txt',
    );
  });

  it('names missing and unsupported inputs', async () => {
    await expect(readCorpus(['/nonexistent/corpus'])).rejects.toThrow('/nonexistent/corpus: no such file or directory');
    const dir = tempCorpus();
    await expect(readCorpus([join(dir, 'notes.md')])).rejects.toThrow(/notes\.md: not a corpus file/);
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    await expect(readCorpus([dir])).rejects.toThrow(/bin\.txt: binary data/);
  });
});
