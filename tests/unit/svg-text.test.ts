import { describe, expect, it } from 'vitest';
import { mix } from '../../src/svg/palette.js';
import { escapeXml, svgText, textWidth, wrapText } from '../../src/svg/text.js';

describe('escapeXml', () => {
  it('escapes markup and quotes, and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    expect(escapeXml('a\u0000b\u0008c\tn\n')).toBe('abc\tn\n');
  });
});

describe('textWidth', () => {
  it('counts a CJK character as 1 em and Latin letters as about half', () => {
    expect(textWidth('产业提档')).toBe(4);
    expect(textWidth('“强富美高”')).toBe(6);
    expect(textWidth('industry')).toBeGreaterThan(3);
    expect(textWidth('industry')).toBeLessThan(5);
  });
});

describe('wrapText', () => {
  it('breaks Chinese between characters and keeps closing punctuation off a line start', () => {
    // 以科技创新为动力， is 9 em: the comma takes 力 with it to the next line.
    expect(wrapText('以科技创新为动力，推动产业提档', 8)).toEqual([
      '以科技创新为动',
      '力，推动产业提档',
    ]);
    expect(wrapText('以科技创新为动力，推动产业提档', 9)).toEqual([
      '以科技创新为动力，',
      '推动产业提档',
    ]);
    for (const line of wrapText('推动园区经济更富质效、推动地标产业更具规模', 5)) {
      expect(line).not.toMatch(/^[，、。）”]/);
    }
  });

  it('keeps opening quotes with the word that follows', () => {
    const lines = wrapText('创造“强富美高”新港闸', 3);
    expect(lines.some((line) => line.endsWith('“'))).toBe(false);
    expect(lines.join('')).toBe('创造“强富美高”新港闸');
  });

  it('breaks English at spaces, and inside a word only when it is wider than a line', () => {
    expect(wrapText('Upgrade industry through innovation', 11)).toEqual([
      'Upgrade industry',
      'through innovation',
    ]);
    const long = wrapText('Internationalisationandmodernisation', 6);
    expect(long.length).toBeGreaterThan(2);
    for (const line of long) expect(textWidth(line)).toBeLessThanOrEqual(6);
    expect(long.join('')).toBe('Internationalisationandmodernisation');
  });

  it('mixes scripts and collapses whitespace', () => {
    expect(wrapText('  GDP  440亿元  ', 20)).toEqual(['GDP 440亿元']);
  });

  it('ends the last kept line with an ellipsis when lines are limited', () => {
    const lines = wrapText('一二三四五六七八九十一二三四五六七八九十', 5, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!)).toBeLessThanOrEqual(5);
  });
});

describe('svgText', () => {
  it('writes one escaped tspan per line', () => {
    expect(
      svgText({ lines: ['a<b', 'c'], x: 10, y: 20, size: 10, fill: '#000', anchor: 'middle' }),
    ).toBe(
      '<text x="10" y="20" font-size="10" fill="#000" text-anchor="middle"><tspan x="10">a&lt;b</tspan><tspan x="10" dy="13.5">c</tspan></text>',
    );
  });
});

describe('mix', () => {
  it('mixes hex and rgb colours', () => {
    expect(mix('#ff0000', 'rgb(255, 255, 255)', 0.5)).toBe('rgb(255, 128, 128)');
    expect(mix('light-dark(red, blue)', '#fff', 0.5)).toBe('light-dark(red, blue)');
  });
});
