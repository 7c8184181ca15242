import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize.js';
import {
  readChange,
  readDate,
  readQuantities,
  readStreak,
  readTargetPhrase,
} from '../../src/extract/phrases.js';
import { readRank, readRankMoves } from '../../src/extract/ranks.js';

/** The readers work on normalised text; these cases are written as reports write them. */
const n = (text: string) => normalizeText(text).text;

describe('readQuantities', () => {
  it.each<[string, [number, string, string[], string][]]>([
    ['预计完成地区生产总值440亿元', [[440, '亿元', [], '440亿元']]],
    ['应税销售收入突破500亿元', [[500, '亿元', ['over'], '突破500亿元']]],
    ['增长6.5%以上', [[6.5, '%', ['at-least'], '6.5%以上']]],
    ['控制在3.5%以内', [[3.5, '%', ['at-most'], '控制在3.5%以内']]],
    ['增长6%左右', [[6, '%', ['about'], '6%左右']]],
    ['新建项目30多个', [[30, '个', ['over'], '30多个']]],
    ['四项重点措施', [[4, '项', [], '四项']]],
    ['占比达到百分之三十', [[30, '%', [], '百分之三十']]],
    ['新增就业１．２万人', [[1.2, '万人', [], '1.2万人']]],
    ['实现1,280.5亿元', [[1280.5, '亿元', [], '1,280.5亿元']]],
    ['连续22个月', [[22, '个月', [], '22个月']]],
    ['实际使用外资3.2亿美元', [[3.2, '亿美元', [], '3.2亿美元']]],
    ['粮食产量一点四兆斤以上', [[1.4, '兆斤', ['at-least'], '一点四兆斤以上']]],
    ['城镇新增就业一千两百万人以上', [[1200, '万人', ['at-least'], '一千两百万人以上']]],
    ['人口出生率8.56‰', [[8.56, '‰', [], '8.56‰']]],
    ['同比增长15 %', [[15, '%', [], '15 %']]],
  ])('%s', (text, expected) => {
    const t = n(text);
    expect(
      readQuantities(t).map((q) => [q.value, q.unit, [...q.qualifiers], t.slice(q.start, q.end)]),
    ).toEqual(expected);
  });

  it.each([
    ['2019年', 'a year is not a duration'],
    ['自一九九一年以来', 'a year in Chinese numerals is not a duration either'],
    ['八届八次全会', 'numerals in the name of a meeting'],
    ['进入了一个关键时期', 'the article 一个'],
    ['增强“四个意识”', 'a numeral inside a quoted formula'],
    ['实际使用外资3.2卢布', 'a unit outside the vocabulary (reported as unused by the extractor)'],
  ])('reads nothing in %s: %s', (text) => {
    expect(readQuantities(n(text))).toEqual([]);
  });
});

describe('readChange', () => {
  it.each<[string, number, string, string]>([
    ['同比增长6.5%', 6.5, '%', 'year-on-year'],
    ['比上年增长７．２％', 7.2, '%', 'year-on-year'],
    ['同比下降2.1%', -2.1, '%', 'year-on-year'],
    ['环比增长0.8%', 0.8, '%', 'month-on-month'],
    ['提高0.5个百分点', 0.5, '个百分点', 'period'],
    ['增速为9%', 9, '%', 'period'],
    ['比上年末增加2028人', 2028, '人', 'year-on-year'],
    ['较2009年上升4.1%', 4.1, '%', 'year-on-year'],
    ['净增50亿元', 50, '亿元', 'period'],
    ['削减3013吨', -3013, '吨', 'period'],
    ['分别压减67%', -67, '%', 'period'],
    ['按年实质增长4.2%', 4.2, '%', 'year-on-year'],
    ['实质增长率为26.2%', 26.2, '%', 'period'],
    ['录得66.8%的升幅', 66.8, '%', 'period'],
    ['降低百分之三点八左右', -3.8, '%', 'period'],
    ['地区生产总值增7.5%', 7.5, '%', 'period'],
    ['同比增长15 %', 15, '%', 'year-on-year'],
  ])('%s', (text, value, unit, basis) => {
    expect(readChange(n(text))).toMatchObject({ value, unit, basis });
  });

  it.each([
    ['新增3家', 'a one-character verb is read before a rate only, and never as 新增'],
    ['降费2亿元', 'a one-character verb before an amount'],
    ['增速达到6.5亿元', 'a noun of rate before an amount'],
    ['提高到6.5%', 'a level it rose to is not a change'],
  ])('reads no change in %s: %s', (text) => {
    expect(readChange(n(text))).toBeUndefined();
  });
});

describe('readRank', () => {
  it.each<[string, Record<string, unknown>]>([
    ['增幅全市第二', { position: 2, scope: '全市', measure: 'growth', steady: false }],
    ['稳居市区第一', { position: 1, scope: '市区', steady: true }],
    [
      '增量、增幅全市靠前',
      { position: undefined, scope: '全市', measure: undefined, leading: true },
    ],
    ['总量稳居苏中首位', { position: 1, scope: '苏中', measure: 'level', steady: true }],
    ['中考均分三区领先', { position: undefined, scope: '三区', leading: true }],
    ['名列全省第12位', { position: 12, scope: '全省' }],
    ['全市唯一', { only: true, scope: '全市' }],
    ['县域经济排名升至第47位', { position: 47, unit: '位' }],
    ['位列第79位', { position: 79, unit: '位' }],
    ['在中部百强县中的排名由41位上升到37位', { position: 37, from: 41, scope: '中部百强县' }],
    ['居全省同类城市第一', { position: 1, scope: '全省同类城市' }],
    ['稳居全市前三甲', { position: undefined, leading: true }],
  ])('%s', (text, expected) => {
    expect(readRank(n(text))).toMatchObject(expected);
  });

  it('reads moves along a ranking with their direction', () => {
    expect(
      readRankMoves(n('前进两个位次，上升3位，下降1个位次')).map((m) => [m.value, m.direction]),
    ).toEqual([
      [2, 'rise'],
      [3, 'rise'],
      [1, 'fall'],
    ]);
    expect(readRankMoves(n('上升3位数'))).toEqual([]);
  });
});

describe('readStreak and readDate', () => {
  it('reads streaks in digits and in Chinese numerals', () => {
    expect(readStreak(n('连续22个月'))).toMatchObject({ value: 22, unit: '个月' });
    expect(readStreak(n('连续三年'))).toMatchObject({ value: 3, unit: '年' });
  });

  it('reads dates at the precision they are written', () => {
    expect(readDate('2020年1月4日')).toMatchObject({ year: 2020, month: 1, day: 4 });
    expect(readDate('在4日结束')).toMatchObject({ year: undefined, month: undefined, day: 4 });
    expect(readDate('2019中国森旅节')).toMatchObject({ year: 2019, month: undefined });
    expect(readDate('增长6.5%')).toBeUndefined();
  });
});

describe('readTargetPhrase', () => {
  it.each<[string, Record<string, unknown>]>([
    ['地区生产总值增长6.5%以上', { comparator: 'at-least', value: 6.5, unit: '%', growth: true }],
    ['城镇登记失业率控制在3.5%以内', { comparator: 'at-most', value: 3.5, growth: false }],
    ['社会消费品零售总额增长6%左右', { comparator: 'about', value: 6 }],
    [
      '一般公共预算收入同口径增长5%',
      { comparator: undefined, value: 5, qualifiers: ['like-for-like'] },
    ],
    ['进出口总额保持增长', { comparator: 'keep-growing', growth: true }],
    ['居民收入增长与经济增长同步', { comparator: 'in-step-with', reference: '经济增长' }],
    ['居民收入增长和经济增长基本同步', { comparator: 'in-step-with', reference: '经济增长' }],
    ['地区生产总值增长7.5%-8%', { value: 7.5, upTo: 8, unit: '%' }],
    ['增长百分之四点五至百分之五', { value: 4.5, upTo: 5, unit: '%' }],
    ['粮食产量一点四兆斤以上', { comparator: 'at-least', value: 1.4, unit: '兆斤' }],
  ])('%s', (text, expected) => {
    expect(readTargetPhrase(n(text))).toMatchObject(expected);
  });
});
