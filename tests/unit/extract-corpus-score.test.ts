import { describe, expect, it } from 'vitest';
import type { Dataset, Figure, Target } from '../../src/data/schema.js';
import {
  fragmentReason,
  locateLabel,
  scoreReport,
  totals,
  type CorpusReport,
  type Labelled,
} from './extract-corpus-score.js';

const TEXT =
  '地区生产总值440亿元，增长6.5%。一般公共预算收入增长4.2%。二氧化硫削减3013吨。明年增长6%左右。';

const at = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length };
};
const source = { quote: TEXT, start: 0, end: TEXT.length };

function figure(words: string, rest: Partial<Figure>): Figure {
  return { id: 'f', kind: 'quantity', label: { zh: '标签' }, source, span: at(words), ...rest };
}

function dataset(figures: Figure[], targets: Target[] = []): Dataset {
  return {
    schemaVersion: 1,
    id: 'x',
    title: { zh: 't' },
    region: { zh: 'r' },
    language: 'zh-Hans',
    source: { file: 'x.txt', length: TEXT.length, sha256: '0'.repeat(64) },
    chapters: [],
    figures,
    targets,
    events: [],
  };
}

const LABELLED: Labelled = {
  source: { title: 't', kind: 'work-report', script: 'simplified' },
  figures: [
    {
      text: '地区生产总值440亿元，增长6.5%',
      label: '地区生产总值',
      value: 440,
      unit: '亿元',
      role: 'level',
      change: { value: 6.5, unit: '%' },
    },
    {
      text: '一般公共预算收入增长4.2%',
      label: '一般公共预算收入',
      value: 4.2,
      unit: '%',
      role: 'change',
    },
    {
      text: '二氧化硫削减3013吨',
      label: '二氧化硫',
      value: 3013,
      unit: '吨',
      role: 'change',
      sign: -1,
    },
  ],
  targets: [
    {
      text: '增长6%左右',
      label: 'GDP',
      comparator: 'about',
      value: 6,
      unit: '%',
      measure: 'growth',
      optional: true,
    },
  ],
  notFigures: [],
};
const REPORT: CorpusReport = { slug: 'sample', text: TEXT, labelled: LABELLED };

describe('the corpus scorer', () => {
  it('counts a labelled item found only when everything it states is right', () => {
    const right = dataset([
      figure('440亿元', {
        label: { zh: '地区生产总值' },
        value: 440,
        unit: '亿元',
        change: { value: 6.5, unit: '%', basis: 'period' },
      }),
      figure('4.2%', {
        label: { zh: '一般公共预算收入' },
        value: 4.2,
        unit: '%',
        direction: 'rise',
      }),
      figure('3013吨', { label: { zh: '二氧化硫' }, value: 3013, unit: '吨', direction: 'fall' }),
    ]);
    const score = scoreReport(REPORT, right);
    expect([score.found, score.labelled, score.correct, score.extracted, score.fragments]).toEqual([
      3, 3, 3, 3, 0,
    ]);
    const wrongSign = dataset([
      figure('3013吨', { label: { zh: '二氧化硫' }, value: 3013, unit: '吨', direction: 'rise' }),
      figure('440亿元', { value: 440, unit: '亿元' }),
    ]);
    const s = scoreReport(REPORT, wrongSign);
    expect(s.found).toBe(0);
    expect(s.correct).toBe(2);
    expect(s.misses).toEqual([
      '地区生产总值 440亿元 «地区生产总值440亿元，增长6.5%»: change none, labelled 6.5%',
      '一般公共预算收入 4.2% «一般公共预算收入增长4.2%»: not found',
      '二氧化硫 3013吨 «二氧化硫削减3013吨»: sign 1, labelled -1',
    ]);
  });

  it('counts what matches nothing against precision, leaves optional matches and honours out, and counts fragments', () => {
    const data = dataset(
      [
        figure('6.5%', { label: { zh: '分别增长' }, value: 6.5, unit: '亿元' }),
        {
          id: 'h',
          kind: 'honour',
          label: { zh: '荣获全省示范区' },
          source,
          honour: { zh: '荣获全省示范区' },
        },
      ],
      [
        {
          id: 't',
          label: { zh: '增长' },
          year: 2020,
          measure: 'growth',
          comparator: 'about',
          value: 6,
          unit: '%',
          source,
          span: at('6%左右'),
        },
      ],
    );
    const s = scoreReport(REPORT, data);
    expect([s.correct, s.extracted, s.items, s.fragments]).toEqual([0, 1, 3, 1]);
    expect(s.wrong).toEqual(['分别增长 6.5亿元 «6.5%»']);
    expect(totals([s])).toEqual({ recall: 0, precision: 0, fragmentShare: 1 / 3 });
  });

  it('compares units in simplified script and a target by its size', () => {
    const text = '單位國內生產總值能耗降低百分之三點八左右。稅收收入12億元。';
    const report: CorpusReport = {
      slug: 'trad',
      text,
      labelled: {
        source: { title: 't', kind: 'plenary-news', script: 'traditional' },
        figures: [
          { text: '稅收收入12億元', label: '稅收收入', value: 12, unit: '億元', role: 'level' },
        ],
        targets: [
          {
            text: '單位國內生產總值能耗降低百分之三點八左右',
            label: '單位國內生產總值能耗',
            comparator: 'about',
            value: 3.8,
            unit: '%',
            measure: 'growth',
          },
        ],
        notFigures: [],
      },
    };
    const span = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const data = {
      ...dataset([
        figure('', { label: { zh: '稅收收入' }, value: 12, unit: '亿元', span: span('12億元') }),
      ]),
      targets: [
        {
          id: 't',
          label: { zh: '單位國內生產總值能耗' },
          year: 2026,
          measure: 'growth' as const,
          comparator: 'about' as const,
          value: -3.8,
          unit: '%' as const,
          source: { quote: text, start: 0, end: text.length },
          span: span('降低百分之三點八左右'),
        },
      ],
    };
    expect(scoreReport(report, data).found).toBe(2);
  });

  it('names a label that is a fragment and why', () => {
    expect(
      [
        '地区生产总值',
        '分别增长',
        '和43.4%',
        '二氧化硫排放量和化學需氧量分別削減',
        '增长6%以上',
        '城镇、',
      ].map(fragmentReason),
    ).toEqual([
      undefined,
      'starts or ends with 分别',
      'has a digit',
      'has 分别',
      'has a digit',
      'starts or ends with 、',
    ]);
    expect(fragmentReason('全区实现地区生产总值，同比')).toBe('a whole clause');
    expect(fragmentReason('一二三四五六七八九十一二三四五六七八九十一')).toBe('over 20 characters');
  });

  it('stops on a label whose text is not in the report', () => {
    expect(() => locateLabel(TEXT, '不存在的句子', 1, 'sample')).toThrow(/sample: "不存在的句子"/);
    expect(() => locateLabel(TEXT, '增长', 4, 'sample')).toThrow(/occurrence 4/);
  });
});
