/**
 * The programme the extractor finds for `<report-pillars>`: on Gangzha, on the corpus of real
 * reports, and on each kind of sentence a programme is written in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Programme } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { extractDraft } from '../../src/extract/extract.js';
import { loadCorpus } from './extract-corpus-score.js';

function programmeOf(text: string): Programme | undefined {
  const { dataset } = extractDraft(text, { file: 'p.txt', year: 2024 });
  const checked = validateDataset(JSON.parse(JSON.stringify(dataset)));
  expect(checked.ok ? [] : checked.issues).toEqual([]);
  const p = dataset.programme;
  if (p) {
    for (const q of [p.source, p.roof.source, ...p.pillars.map((x) => x.source)]) {
      expect(text.slice(q.start, q.end)).toBe(q.quote);
    }
    for (const a of p.pillars.flatMap((x) => x.actions)) {
      expect(a.span && text.slice(a.span.start, a.span.end)).toBe(a.text.zh);
    }
  }
  return p;
}

/** A programme as the pillars element draws it: title, roof, pillars with their actions. */
function drawn(p: Programme | undefined) {
  return (
    p && {
      title: p.title.zh,
      roof: p.roof.text.zh,
      pillars: p.pillars.map((x) => [x.number, x.name.zh, x.actions.map((a) => a.text.zh)]),
    }
  );
}

describe('the programme of the Gangzha report', () => {
  const text = readFileSync(
    new URL('../../data/report/gangzha-2019-plenary.md', import.meta.url),
    'utf8',
  );
  const p = programmeOf(text);

  it('finds the 五提工程 with its five pillars, their drivers, aims and actions', () => {
    expect(p?.title.zh).toBe('五提工程');
    expect(p?.roof.text.zh).toBe('以重点突破带动全局工作');
    expect(p?.pillars.map((x) => [x.number, x.name.zh, x.driver?.zh, x.aim?.zh])).toEqual([
      [1, '产业提档', '以科技创新为动力', '推动产业提档'],
      [2, '项目提效', '以落地转化为关键', '推动项目提效'],
      [3, '城市提质', '以精致细腻为导向', '推动城市提质'],
      [4, '环境提优', '以生态港闸为目标', '推动环境提优'],
      [5, '民生提标', '以群众需求为根本', '推动民生提标'],
    ]);
    expect(p?.pillars.map((x) => x.actions.length)).toEqual([3, 3, 4, 3, 3]);
    expect(p?.pillars[3]?.actions.map((a) => a.text.zh)).toEqual([
      '做好“治理”考卷',
      '写好“绿色”文章',
      '彰显“底蕴”文化',
    ]);
    expect(p?.chapter).toBeDefined();
  });

  it('finds the party-building foundation with its three commitments', () => {
    expect(p?.foundation?.commitments.map((c) => [c.title.zh, c.detail?.zh])).toEqual([
      ['始终做到“两个维护”', '加强党的全面领导'],
      ['始终强化务实担当', '锻造过硬干部队伍'],
      ['始终坚持全面从严', '深入推进管党治党'],
    ]);
  });
});

describe('programmes in the corpus of real reports', () => {
  const corpus = loadCorpus(new URL('../fixtures/reports/', import.meta.url));
  const bySlug = new Map(corpus.map((r) => [r.slug, r.text]));

  it('reads the numbered tasks under a 主要目标任务 title as pillars', () => {
    const text = bySlug.get('qinghai-2026-work-report');
    if (text === undefined) return;
    const p = programmeOf(text);
    expect(p?.title.zh).toBe('“十五五”主要目标任务');
    expect(p?.pillars.map((x) => x.name.zh)).toEqual([
      '以更高标准打造生态文明高地',
      '以更大力度推动高质量发展',
      '以更深层次全面深化改革开放',
      '以更高水平推动协调融合发展',
      '以更实举措提高人民生活品质',
      '以更强韧性筑牢发展安全屏障',
    ]);
  });

  it('finds none in a communiqué, a news story or a review without a work list', () => {
    for (const slug of [
      'hongtong-2019-communique',
      'macau-2010-gdp-release',
      'longhua-2018-congress-news',
      'china-2023-work-report',
    ]) {
      const text = bySlug.get(slug);
      if (text !== undefined) expect(programmeOf(text), slug).toBeUndefined();
    }
  });
});

describe('programmes, by the kind of sentence that states them', () => {
  it('reads a numbered work list in one paragraph, the further clauses as actions', () => {
    expect(
      drawn(
        programmeOf(
          '今年重点做好三项工作：一是着力扩大有效需求，实施消费提振行动，推进重大项目建设；二是加快产业转型升级，培育新兴产业；三是持续改善民生，办好民生实事。',
        ),
      ),
    ).toEqual({
      title: '今年重点做好三项工作',
      roof: '今年重点做好三项工作',
      pillars: [
        [1, '着力扩大有效需求', ['实施消费提振行动', '推进重大项目建设']],
        [2, '加快产业转型升级', ['培育新兴产业']],
        [3, '持续改善民生', ['办好民生实事']],
      ],
    });
  });

  it('reads a named programme with its parts before it, and the aim after it', () => {
    expect(
      drawn(
        programmeOf(
          '全力打好防范化解重大风险、精准脱贫、污染防治三大攻坚战，确保全面建成小康社会。',
        ),
      ),
    ).toEqual({
      title: '三大攻坚战',
      roof: '确保全面建成小康社会',
      pillars: [
        [1, '防范化解重大风险', []],
        [2, '精准脱贫', []],
        [3, '污染防治', []],
      ],
    });
  });

  it('reads a named programme with its parts after a colon, and their actions where a block details them', () => {
    const p = programmeOf(
      [
        '深入推进“三大行动”：城市更新、乡村振兴、产业强链，努力建设现代化新城。',
        '城市更新行动（改造老旧小区、完善地下管网、建设口袋公园）。',
        '乡村振兴行动要求因地制宜。',
      ].join('\n'),
    );
    expect(drawn(p)).toEqual({
      title: '三大行动',
      roof: '努力建设现代化新城',
      pillars: [
        [1, '城市更新', ['改造老旧小区', '完善地下管网', '建设口袋公园']],
        [2, '乡村振兴', []],
        [3, '产业强链', []],
      ],
    });
  });

  it('finds none in a list of problems, or in a count with no parts named', () => {
    expect(
      programmeOf('当前仍存在一些问题：一是经济下行压力较大；二是创新能力不强。'),
    ).toBeUndefined();
    expect(programmeOf('坚持以三大战略为总抓手，扎实做好“六稳”工作。')).toBeUndefined();
  });
});
