import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/schema.js';
import { decodeReport, ReportDecodeError } from '../../src/site/decode.js';
import { siteFiles, SiteError, type SiteFile } from '../../src/site/files.js';
import { inlineJson } from '../../src/site/html.js';
import { SITE_KIT, STORY_META } from '../../src/site/kit.js';
import { draftStory } from '../../src/story/draft.js';
import { parseStory } from '../../src/story/validate.js';

const gangzha = (): Dataset =>
  parseDataset(
    JSON.parse(readFileSync(new URL('../../data/gangzha-2019.json', import.meta.url), 'utf8')),
  );

/** A kit of small stand-in files, as `npm run build` would list them. */
function kit(files: Record<string, string> = {}): SiteFile[] {
  const all = {
    [SITE_KIT.script]: '/* page */',
    [SITE_KIT.style]: '/* styles */',
    'report-story.js': '/* embed */',
    'report-story.classic.js': '/* classic */',
    ...files,
  };
  return [
    {
      path: SITE_KIT.manifest,
      contents: JSON.stringify({ format: 1, version: '9.9.9', files: Object.keys(all) }),
    },
    ...Object.entries(all).map(([path, contents]) => ({ path, contents })),
  ];
}

const text = (files: SiteFile[], path: string): string => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return typeof file.contents === 'string'
    ? file.contents
    : new TextDecoder().decode(file.contents);
};

/** The inline JSON a page carries for a path. */
const inline = (html: string, path: string): unknown => {
  const match = new RegExp(
    `<script type="application/json" data-report-src="${path}">(.*?)</script>`,
  ).exec(html);
  return match ? JSON.parse(match[1] ?? '') : undefined;
};

describe('siteFiles', () => {
  const dataset = gangzha();
  const story = draftStory(dataset, { dataset: 'elsewhere/x.json' });
  const files = siteFiles({ dataset, story, assets: kit() });

  it('lays out the folder: the two pages, the data, the kit without its manifest', () => {
    expect(files.map((f) => f.path)).toEqual([
      'assets/story-page.js',
      'assets/story.css',
      'data/gangzha-2019.json',
      'data/gangzha-2019.story.json',
      'deck.html',
      'index.html',
      'report-story.classic.js',
      'report-story.js',
    ]);
  });

  it('points the story at the dataset beside it, and both validate', () => {
    const written = parseStory(JSON.parse(text(files, 'data/gangzha-2019.story.json')));
    expect(written.dataset).toBe('gangzha-2019.json');
    expect(parseDataset(JSON.parse(text(files, 'data/gangzha-2019.json')))).toEqual(dataset);
  });

  it('writes pages that name their story, carry it and its dataset inline, and load only the kit', () => {
    for (const page of ['index.html', 'deck.html']) {
      const html = text(files, page);
      expect(html).toContain(
        `<meta name="${STORY_META}" content="data/gangzha-2019.story.json" />`,
      );
      expect(inline(html, 'data/gangzha-2019.story.json')).toMatchObject({ id: 'gangzha-2019' });
      expect(inline(html, 'data/gangzha-2019.json')).toEqual(dataset);
      expect(html).toContain(`<script defer src="${SITE_KIT.script}"></script>`);
      expect(html).toContain(`<link rel="stylesheet" href="${SITE_KIT.style}" />`);
      expect(html).toContain('<html lang="zh-CN">');
      expect(html).toContain('<title>牢记初心使命 强化实干担当</title>');
      expect(html).toContain('content="report-story 9.9.9"');
      // Nothing from elsewhere: every src and href is in the folder (or a data: URL).
      for (const [, url] of html.matchAll(/(?:src|href)="([^"]*)"/g)) {
        expect(url).toMatch(/^(?:data:|assets\/|data\/)/);
      }
    }
    expect(text(files, 'deck.html')).toContain('<body class="deck-page">');
    expect(text(files, 'index.html')).toContain('<body class="scroll-page">');
  });

  it('gives readers without JavaScript the story as text, figures included', () => {
    const noscript = /<noscript>([\s\S]*)<\/noscript>/.exec(text(files, 'index.html'))?.[1] ?? '';
    expect(noscript).toContain('<h1>牢记初心使命 强化实干担当</h1>');
    expect(noscript).toContain('地区生产总值：预计440亿元，同比增长6.5%');
    expect(noscript).toContain('<h2>产业提档</h2>');
  });

  it('opens the pages in English when asked and the story has it', () => {
    const en = siteFiles({ dataset, story, assets: kit(), lang: 'en' });
    expect(text(en, 'index.html')).toContain('<html lang="en">');
    expect(text(en, 'index.html')).toContain(`<title>${dataset.title.en ?? ''}</title>`);
    const chinese = draftStory(dataset, { lang: 'zh' });
    expect(() => siteFiles({ dataset, story: chinese, assets: kit(), lang: 'en' })).toThrow(
      /lang "en": the story has no English/,
    );
  });

  it('escapes what it writes into HTML and never ends a script early', () => {
    const hostile = {
      ...dataset,
      title: { zh: '</script><script>alert(1)</script>&"' },
    };
    const pages = siteFiles({ dataset: hostile, story: draftStory(hostile), assets: kit() });
    const html = text(pages, 'index.html');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).toContain(
      '<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;</title>',
    );
    expect(inlineJson('</script>\u2028')).toBe('"\\u003c/script>\\u2028"');
  });

  it('refuses a story that names items its dataset lacks, an invalid one, and an incomplete kit', () => {
    const other = { ...story, steps: [{ id: 'x', cite: ['nowhere'] }] };
    expect(() => siteFiles({ dataset, story: other, assets: kit() })).toThrow(
      /names items its dataset lacks:\nsteps\[0\]\.cite\[0\]/,
    );
    expect(() => siteFiles({ dataset, story: { ...story, steps: [] }, assets: kit() })).toThrow(
      SiteError,
    );
    expect(() => siteFiles({ dataset, story, assets: kit().slice(1) })).toThrow(/has no kit\.json/);
    expect(() =>
      siteFiles({ dataset, story, assets: kit().filter((f) => f.path !== SITE_KIT.style) }),
    ).toThrow(/lists assets\/story\.css but it was not given/);
    expect(() => siteFiles({ dataset, story, assets: kit({ 'index.html': 'x' }) })).toThrow(
      /index\.html would overwrite a file of the site/,
    );
    expect(() => siteFiles({ dataset, story, assets: kit({ '../escape.js': 'x' }) })).toThrow(
      /relative paths inside the kit/,
    );
  });

  it('is deterministic', () => {
    expect(siteFiles({ dataset, story, assets: kit() })).toEqual(files);
  });
});

describe('decodeReport', () => {
  const report = '港闸区2019年地区生产总值预计440亿元，同比增长6.5%。\n';
  const utf16 = (le: boolean) => {
    const bytes = [le ? 0xff : 0xfe, le ? 0xfe : 0xff];
    for (const char of report) {
      const code = char.charCodeAt(0);
      bytes.push(...(le ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
    }
    return new Uint8Array(bytes);
  };
  // 港闸区 地区生产总值 in GB18030 (GBK) bytes.
  const gbk = new Uint8Array([
    0xb8, 0xdb, 0xd5, 0xa2, 0xc7, 0xf8, 0x32, 0x30, 0x31, 0x39, 0xc4, 0xea, 0xb5, 0xd8, 0xc7, 0xf8,
    0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5,
  ]);

  it('reads UTF-8, with or without its byte-order mark', () => {
    const bytes = new TextEncoder().encode(report);
    expect(decodeReport(bytes, 'r.txt')).toEqual({ text: report, encoding: 'utf-8', bom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeReport(withBom, 'r.txt')).toEqual({ text: report, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 by its byte-order mark, either way round', () => {
    expect(decodeReport(utf16(true), 'r.txt')).toMatchObject({
      text: report,
      encoding: 'utf-16le',
    });
    expect(decodeReport(utf16(false), 'r.txt')).toMatchObject({
      text: report,
      encoding: 'utf-16be',
    });
  });

  it('reads GB18030 when the text is not UTF-8 and reads as Chinese', () => {
    expect(decodeReport(gbk, 'gbk.txt')).toEqual({
      text: '港闸区2019年地区生产总值',
      encoding: 'gb18030',
      bom: false,
    });
  });

  it('refuses what is not text, naming the file and what was tried', () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeReport(binary, 'image.png')).toThrow(ReportDecodeError);
    expect(() => decodeReport(binary, 'image.png')).toThrow(
      /^image\.png is not UTF-8 text \(byte 0x89 at offset 0\), has no UTF-16 byte-order mark, and does not read as GB18030/,
    );
    expect(() => decodeReport(new Uint8Array([0x61, 0, 0x62]), 'nul.txt')).toThrow(
      /nul\.txt is not text: it holds control characters/,
    );
    // Latin-1 accents are valid GB18030 bytes but do not read as Chinese.
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('caf'),
      0xe9,
      0x20,
      0x64,
      0xe9,
      0x6a,
      0xe0,
    ]);
    expect(() => decodeReport(latin1, 'latin1.txt')).toThrow(/does not read as GB18030/);
    // Russian in GBK bytes decodes, but is not a Chinese report: refused rather than guessed.
    const cyrillic = new Uint8Array([0xa7, 0xb1, 0xa7, 0xe2, 0xa7, 0xda, 0xa7, 0xd3, 0xa7, 0xd6]);
    expect(() => decodeReport(cyrillic, 'ru.txt')).toThrow(
      /does not read as GB18030 \(only 0% of its non-ASCII characters are Chinese text\)/,
    );
    expect(() => decodeReport(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'half.txt')).toThrow(
      /starts with a UTF-16LE byte-order mark but is not valid UTF-16LE after it/,
    );
  });
});
