import { describe, expect, it } from 'vitest';
import { changeParts } from '../../src/format/format.js';
import { gaugeScene } from '../../src/target/scene.js';
import { counterSVG } from '../../src/counter/svg.js';
import { gaugeSVG } from '../../src/target/svg.js';
import { escapeXml, textWidth, wrapText } from '../../src/svg/text.js';

const hostile = '<script>alert("x")</script> & \'GDP\'';
const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;GDP&apos;';

describe('standalone SVG', () => {
  it('escapes text for content and attributes', () => {
    expect(escapeXml(hostile)).toBe(escaped);
    expect(escapeXml('440亿元')).toBe('440亿元');
  });

  it('writes a counter with markup in its label escaped everywhere, in both locales', () => {
    const model = {
      label: hostile,
      finalNumber: '440',
      style: { unitText: '亿元', spaced: false },
      qualifiers: { before: '预计', after: '' },
      change: changeParts({ value: 6.5, unit: '%', basis: 'year-on-year' }, 'zh-CN'),
      rank: '<b>第二</b>',
      sentence: `${hostile}：预计440亿元`,
      quote: { text: '预计完成地区生产总值440亿元 <i>' },
    } as const;
    const svg = counterSVG(model, 'zh-CN', undefined, true);
    expect(svg).not.toMatch(/<script|<b>|<i>/);
    expect(svg).toContain(`<title>${escaped}：预计440亿元</title>`);
    expect(svg).toContain(`aria-label="${escaped}：预计440亿元"`);
    expect(svg).toContain('&lt;b&gt;第二&lt;/b&gt;');
    expect(svg).toContain('lang="zh-CN"');
    expect(svg).toContain(
      'font-family="system-ui, -apple-system, &apos;Segoe UI&apos;, &apos;Noto Sans CJK SC&apos;',
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(counterSVG(model, 'en')).toContain('lang="en"');
  });

  it('writes a gauge with its scene, legend and status, markup escaped', () => {
    const scene = gaugeScene(
      {
        comparator: 'at-least',
        domain: [0, 3],
        value: 2.3,
        reading: 2.28,
        readingCaption: '2019年',
        readingText: '2.28%',
        markerLines: ['目标', '≥2.3%'],
        ticks: [
          { value: 0, text: '0%' },
          { value: 3, text: '3%' },
        ],
      },
      'arc',
      1,
    );
    const svg = gaugeSVG(
      {
        name: hostile,
        valueText: '2019年2.28%，目标2.3%以上',
        label: hostile,
        yearText: '2020年目标',
        legend: [{ term: '目标', text: '2.3%以上' }],
        status: '距目标还差0.02个百分点',
        good: false,
        scene,
      },
      'zh-CN',
    );
    expect(svg).not.toContain('<script');
    expect(svg).toContain(escaped);
    expect(svg).toContain('≥2.3%');
    expect(svg).toContain('距目标还差0.02个百分点');
    expect(svg.match(/<path /g)?.length).toBe(4); // track, zone, fill, target
  });

  it('estimates widths and wraps Chinese anywhere, English at spaces', () => {
    expect(textWidth('地区生产总值')).toBe(6);
    expect(textWidth('440')).toBeCloseTo(1.92);
    expect(
      wrapText('预计完成地区生产总值440亿元，同比增长6.5%', 8).every((l) => textWidth(l) <= 8),
    ).toBe(true);
    expect(wrapText('one two three four', 5)).toEqual(['one two', 'three', 'four']);
  });
});
