import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize.js';
import {
  blankLineJoined,
  displayText,
  provenanceOf,
  provenanceOfNormalized,
  sentenceRangeOf,
} from '../../src/extract/provenance.js';
import { readPillarLine } from '../../src/extract/pillars.js';
import { segment } from '../../src/extract/sentences.js';

describe('provenance shared by the build and the extractor', () => {
  const original = '要找准在长三角一体\r\n\r\n化中的定位，\r\n全方位融入苏南。下一句。';

  it('cuts the quote from the original, CRs and full-width forms included', () => {
    const n = normalizeText(original);
    const at = n.text.indexOf('要');
    const end = n.text.indexOf('。') + 1;
    const p = provenanceOfNormalized(n, { start: at, end }, blankLineJoined);
    expect(original.slice(p.start, p.end)).toBe(p.quote);
    expect(p.quote.endsWith('苏南。')).toBe(true);
  });

  it('reads a blank-line break as nothing and a single break as a space, under the draft rule', () => {
    expect(displayText(original, 0, original.indexOf('。') + 1, blankLineJoined)).toBe(
      '要找准在长三角一体化中的定位， 全方位融入苏南。',
    );
  });

  it('reads only the breaks a caller says were joined as nothing, under the curated rule', () => {
    const first = original.indexOf('\n');
    const joined = (start: number, end: number) => first >= start && first < end;
    const p = provenanceOf(original, { start: 0, end: original.indexOf('。') + 1 }, joined);
    expect(p.text).toBe('要找准在长三角一体化中的定位， 全方位融入苏南。');
    const none = provenanceOf(original, { start: 0, end: original.indexOf('。') + 1 }, () => false);
    expect(none.text).toBe('要找准在长三角一体 化中的定位， 全方位融入苏南。');
  });

  it('gives no display form to a quote on one line', () => {
    expect(provenanceOf('增长6.5%。', { start: 0, end: 7 }, blankLineJoined)).toEqual({
      quote: '增长6.5%。',
      start: 0,
      end: 7,
    });
  });

  it('widens a range to the whole sentences it stands in', () => {
    const text = '第一句话。第二句里有440亿元。第三句。';
    const seg = segment(text);
    const at = text.indexOf('440');
    expect(sentenceRangeOf(seg, { start: at, end: at + 3 })).toEqual({
      start: text.indexOf('第二'),
      end: text.indexOf('第三'),
    });
    expect(sentenceRangeOf(seg, { start: text.length, end: text.length })).toBeUndefined();
  });
});

describe('readPillarLine', () => {
  it('reads a pillar line as driver, aim, name and actions', () => {
    const text =
      '以落地转化为关键,推动项目提效(在招商引资上求突破、在项目推进上求突破、在资源盘活上求突破)';
    const line = readPillarLine(text, 0, text.length);
    const words = (r: { start: number; end: number }) => text.slice(r.start, r.end);
    expect(line && [words(line.driver), words(line.aim), words(line.name)]).toEqual([
      '以落地转化为关键',
      '推动项目提效',
      '项目提效',
    ]);
    expect(line?.actions.map(words)).toEqual([
      '在招商引资上求突破',
      '在项目推进上求突破',
      '在资源盘活上求突破',
    ]);
    expect(readPillarLine('地区生产总值增长6.5%', 0, 12)).toBeUndefined();
  });
});
