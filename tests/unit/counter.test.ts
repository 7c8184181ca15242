import { describe, expect, it } from 'vitest';
import {
  counterModel,
  factsFromAttributes,
  factsFromFigure,
  findFigure,
} from '../../src/counter/model.js';
import { changePieces, countText, finalText } from '../../src/counter/text.js';
import { fixtureDataset } from '../fixtures/dataset.js';

const zh = { locale: 'zh-CN' } as const;
const en = { locale: 'en' } as const;

describe('a counter model', () => {
  it('reads a dataset figure: number, qualifiers, change, rank, sentence and quote', () => {
    const data = fixtureDataset();
    const facts = factsFromFigure(findFigure(data, 'budget-revenue-2019', zh), 'figure', zh);
    const model = counterModel(facts, 0, 'zh-CN');
    expect(model.finalNumber).toBe('45');
    expect(model.style.unitText).toBe('亿元');
    expect(model.rank).toBe('增幅全市第二');
    expect(model.sentence).toBe('一般公共预算收入：45亿元，同比增长7%，增幅全市第二');
    expect(model.quote?.text).toContain('完成一般公共预算收入45亿元');
    expect(finalText(model)).toBe('45亿元');
    const english = counterModel(
      factsFromFigure(findFigure(data, 'gdp-2019', en), 'figure', en),
      0,
      'en',
    );
    expect(finalText(english).replace(/\u00a0/g, ' ')).toBe('44 billion yuan');
    expect(english.qualifiers.before).toBe('est.');
  });

  it('names an unknown id, a figure without a number and bad attributes', () => {
    const data = fixtureDataset();
    expect(() => findFigure(data, 'gdp-2099', en)).toThrow(
      'metric "gdp-2099" is not a figure of dataset "fixture-district".',
    );
    expect(() => findFigure(data, 'gdp-2099', zh)).toThrow(
      '数据集 "fixture-district" 中没有 id 为 "gdp-2099" 的数字（metric）。',
    );
    const honour = findFigure(data, 'ip-park-honour', en);
    expect(() => factsFromFigure(honour, 'figure property', en)).toThrow(
      'figure "ip-park-honour" (figure property) is an honour and has no number to count.',
    );
    const page = { locale: 'en', raw: () => 'lots' } as const;
    expect(() => factsFromAttributes({ value: Number.NaN, unit: '%' }, page)).toThrow(
      'value="lots" is not a number.',
    );
    expect(() => factsFromAttributes({ value: 1, unit: 'dollars' }, en)).toThrow('unit="dollars"');
    expect(() => factsFromAttributes({ value: 1, unit: '%', qualifier: '大约' }, zh)).toThrow(
      'qualifier "大约" 无法识别。',
    );
  });

  it('reads plain attributes, qualifiers by key or by the report’s word', () => {
    const facts = factsFromAttributes(
      { value: 440, unit: '亿元', label: ' 地区生产总值 ', qualifier: '预计 at-least', change: -2 },
      zh,
    );
    expect(facts.qualifiers).toEqual(['estimated', 'at-least']);
    expect(facts.change).toEqual({ value: -2, unit: '%', basis: 'year-on-year' });
    const model = counterModel(facts, 0, 'zh-CN');
    expect(model.sentence).toBe('地区生产总值：预计440亿元以上，同比下降2%');
    expect(model.qualifiers).toEqual({ before: '预计', after: '以上' });
    const points = factsFromAttributes(
      { value: 1, unit: '%', change: 0.5, changeUnit: '个百分点', changeBasis: 'unknown' },
      zh,
    );
    expect(points.change).toEqual({ value: 0.5, unit: '个百分点', basis: 'year-on-year' });
  });

  it('counts through numbers in the final unit and decimals, and reserves a wider start', () => {
    const model = counterModel(factsFromAttributes({ value: 6.5, unit: '%' }, zh), 0, 'zh-CN');
    expect([0, 0.5, 1].map((p) => countText(model, p))).toEqual(['0.0', '3.3', '6.5']);
    expect(model.startNumber).toBeUndefined();
    const down = counterModel(factsFromAttributes({ value: 5, unit: '件' }, zh), 1000, 'zh-CN');
    expect(down.startNumber).toBe('1,000');
    expect(countText(down, 0)).toBe('1,000');
  });

  it('writes the change line in reading order', () => {
    const model = (locale: 'zh-CN' | 'en') =>
      counterModel(
        factsFromAttributes({ value: 440, unit: '亿元', change: 6.5 }, { locale }),
        0,
        locale,
      );
    const line = (locale: 'zh-CN' | 'en') =>
      changePieces(model(locale).change!).map((piece) => `${piece.kind}:${piece.text}`);
    expect(line('zh-CN')).toEqual(['arrow:▲', 'basis:同比', 'signed:+6.5%']);
    expect(line('en')).toEqual(['arrow:▲', 'signed:+6.5%', 'basis:year on year']);
  });
});
