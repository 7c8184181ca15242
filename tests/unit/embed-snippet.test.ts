import { describe, expect, it } from 'vitest';
import {
  attributeText,
  datasetPreloadTag,
  downloadName,
  escapeHtml,
  fallbackMarkup,
  preloadTags,
  reserveRule,
  snippet,
  type WidgetChoice,
} from '../../site/builder/snippet.js';

const counter: WidgetChoice = {
  kind: 'counter',
  src: 'https://cdn.example/data/gangzha-2019.json',
  attributes: [
    ['metric', 'gdp-2019'],
    ['footnote', true],
    ['theme', ''],
    ['locale', 'en'],
    ['motion', ''],
  ],
};

describe('the snippet embed.html gives', () => {
  it('writes the src first, then the attributes chosen, leaving out empty and false ones', () => {
    expect(attributeText(counter)).toBe(
      'src="https://cdn.example/data/gangzha-2019.json" metric="gdp-2019" footnote locale="en"',
    );
    expect(
      attributeText({
        ...counter,
        attributes: [
          ['footnote', false],
          ['theme', 'dark'],
        ],
      }),
    ).toBe('src="https://cdn.example/data/gangzha-2019.json" theme="dark"');
  });

  it('is the preload lines and the script tag, then the element around its fallback', () => {
    expect(
      snippet(
        counter,
        { text: 'GDP: est. 44 billion yuan, +6.5% year on year' },
        { script: 'https://cdn.example/report-story.js', classic: false, withScript: true },
      ),
    ).toBe(
      [
        '<link rel="modulepreload" href="https://cdn.example/report-story.core.js">',
        '<link rel="modulepreload" href="https://cdn.example/report-story.counter.js">',
        '<link rel="preload" href="https://cdn.example/data/gangzha-2019.json" as="fetch" crossorigin>',
        '<script type="module" src="https://cdn.example/report-story.js"></script>',
        '<report-counter src="https://cdn.example/data/gangzha-2019.json" metric="gdp-2019" footnote locale="en">',
        '  <p>GDP: est. 44 billion yuan, +6.5% year on year</p>',
        '</report-counter>',
      ].join('\n'),
    );
  });

  it("preloads the files beside the script, whatever the script's URL", () => {
    for (const [script, expected] of [
      ['/embed/report-story.js?v=2', '/embed/report-story.gauge.js'],
      ['report-story.js', 'report-story.gauge.js'],
      [
        'https://cdn.example/a/b/report-story.js#x',
        'https://cdn.example/a/b/report-story.gauge.js',
      ],
    ]) {
      expect(preloadTags('gauge', { script: script!, classic: false })[1]).toBe(
        `<link rel="modulepreload" href="${expected!}">`,
      );
    }
    expect(preloadTags('gauge', { script: '/report-story.classic.js', classic: true })).toEqual([]);
  });

  it('uses a deferred classic script when asked, and can leave the script out', () => {
    const options = { script: '/report-story.classic.js', classic: true, withScript: true };
    const preload =
      '<link rel="preload" href="https://cdn.example/data/gangzha-2019.json" as="fetch" crossorigin>';
    expect(snippet(counter, { text: '' }, options).split('\n').slice(0, 2)).toEqual([
      preload,
      '<script defer src="/report-story.classic.js"></script>',
    ]);
    // Without the script, the element keeps its dataset's preload line.
    expect(snippet(counter, { text: '' }, { ...options, withScript: false })).toBe(
      `${preload}\n<report-counter src="https://cdn.example/data/gangzha-2019.json" metric="gdp-2019" footnote locale="en">\n</report-counter>`,
    );
  });

  it('escapes the dataset URL in its preload line', () => {
    expect(datasetPreloadTag({ src: 'https://x.example/d.json?a=1&b="2"' })).toBe(
      '<link rel="preload" href="https://x.example/d.json?a=1&amp;b=&quot;2&quot;" as="fetch" crossorigin>',
    );
  });

  it('escapes markup in the fallback and in attribute values', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)"> & co')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co',
    );
    expect(fallbackMarkup({ text: 'a<b', items: ['2019年 <script>', 'x & y'] })).toBe(
      [
        '  <p>a&lt;b</p>',
        '  <ul>',
        '    <li>2019年 &lt;script&gt;</li>',
        '    <li>x &amp; y</li>',
        '  </ul>',
      ].join('\n'),
    );
    expect(attributeText({ ...counter, attributes: [['metric', '"><script>']] })).toContain(
      'metric="&quot;&gt;&lt;script&gt;"',
    );
  });

  it('reserves the measured height in em of the text around, rounded up', () => {
    expect(reserveRule(counter, 109, 16)).toBe(
      'report-counter[metric="gdp-2019"] { display: block; min-height: 6.9em; }',
    );
    expect(reserveRule({ kind: 'timeline', src: '/d.json', attributes: [] }, 730, 16)).toBe(
      'report-timeline { display: block; min-height: 45.7em; }',
    );
  });

  it('names downloads after the element and its item', () => {
    expect(downloadName(counter, 'svg')).toBe('report-counter-gdp-2019.svg');
    expect(downloadName({ kind: 'pillars', src: '', attributes: [] }, 'png')).toBe(
      'report-pillars.png',
    );
    expect(
      downloadName({ kind: 'timeline', src: '', attributes: [['highlight', 'a..b']] }, 'png'),
    ).toBe('report-timeline-a..b.png');
  });
});
