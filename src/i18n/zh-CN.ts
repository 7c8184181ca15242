/**
 * The elements' own words in Chinese, the source language: this table is the type every other
 * language's table must satisfy (`Messages`). Words only — numbers, dates and units go through the
 * formatter first and come in as arguments. Sections follow the concepts of `src/`.
 */
import type { ReportEvent } from '../data/schema.js';
import type { TargetStatus } from '../target/status.js';
import type { Phase } from '../timeline/model.js';
import type { Widen } from './table.js';

/** A status in words: the gap to the line that decides it, and what an "in step" target follows. */
type StatusWords = Record<TargetStatus, (gap: string, reference: string) => string>;

/** The same, for a reading taken before the target's year, said with when it was taken. */
type EarlyStatusWords = Record<
  TargetStatus,
  (when: string, gap: string, reference: string) => string
>;

const status: StatusWords = {
  exceeded: (gap) => `超过目标${gap}`,
  met: () => '达到目标',
  'not-yet': (gap) => `距目标还差${gap}`,
  within: (gap) => `低于上限${gap}`,
  'over-ceiling': (gap) => `超出上限${gap}`,
  'within-band': () => '处于目标区间',
  'above-band': (gap) => `高于目标区间${gap}`,
  'below-band': (gap) => `低于目标区间${gap}`,
  growing: () => '保持增长',
  'not-growing': () => '未能增长',
  'in-step': (_gap, reference) => `与${reference}同步`,
  ahead: (gap, reference) => `快于${reference}${gap}`,
  behind: (gap, reference) => `慢于${reference}${gap}`,
  unknown: () => '暂无可比数据',
};

const early: EarlyStatusWords = {
  exceeded: (when, gap) => `${when}已超过目标水平${gap}`,
  met: (when) => `${when}已达目标水平`,
  'not-yet': (when, gap) => `${when}距目标还差${gap}`,
  within: (when, gap) => `${when}已低于上限${gap}`,
  'over-ceiling': (when, gap) => `${when}超出上限${gap}`,
  'within-band': (when) => `${when}已处于目标区间`,
  'above-band': (when, gap) => `${when}高于目标区间${gap}`,
  'below-band': (when, gap) => `${when}低于目标区间${gap}`,
  growing: (when) => `${when}保持增长`,
  'not-growing': (when) => `${when}未能增长`,
  'in-step': (when, _gap, reference) => `${when}与${reference}同步`,
  ahead: (when, gap, reference) => `${when}快于${reference}${gap}`,
  behind: (when, gap, reference) => `${when}慢于${reference}${gap}`,
  unknown: () => '暂无可比数据',
};

export const zhCN = {
  common: {
    /** Heading of an error shown in place of an element. */
    cannotShow: '无法显示此项',
    /** For screen readers while an element waits for its data. */
    loading: '载入中',
    /** Over the report sentence an item comes from. */
    fromReport: '报告原文',
    note: (text: string) => `注：${text}`,
    /** A label and what it labels, in a sentence: 地区生产总值：440亿元. */
    labelled: (label: string, text: string) => `${label}：${text}`,
    /** A label and its value side by side, in a list: 地区生产总值 440亿元. */
    valued: (label: string, value: string) => `${label} ${value}`,
    /** Between the parts of one sentence. */
    comma: '，',
    /** Between the items of a list of names or labels. */
    list: '、',
    /** Between labels standing side by side (the items of one report sentence). */
    labels: '、',
    /** A blank as wide as one character of the language, for placeholders of its text. */
    blank: '\u3000',
  },

  /** Attributes and properties an element cannot use. */
  options: {
    notNumber: (name: string, raw: string) => `${name}="${raw}" 不是数字。`,
    notOneOf: (name: string, value: string, allowed: string) =>
      `${name}="${value}" 应为 ${allowed} 之一。`,
    notUnit: (name: string, value: string, examples: string) =>
      `${name}="${value}" 不是报告单位（例如 ${examples} …）。`,
  },

  /** Where an element's data comes from. */
  data: {
    needsDataset: (attribute: string, id: string, element: string) =>
      `${attribute} "${id}" 需要数据集：请设置 src，或把${element}放进 <report-data>。`,
    notInDataset: (attribute: string, id: string, dataset: string, kind: string) =>
      `数据集 "${dataset}" 中没有 id 为 "${id}" 的${kind}（${attribute}）。`,
    invalidProperty: (name: string) => `${name} 属性无效：`,
  },

  /** The words of the report formatter (numbers themselves are `Intl`'s). */
  format: {
    /** The locale dates and month names are written in by `Intl`. */
    dateLocale: 'zh-CN',
    year: (year: string) => `${year}年`,
    basis: { 'year-on-year': '同比', 'month-on-month': '环比' },
    /** Where the basis stands beside a signed change: `before` (同比 +6.5%) or `after`. */
    basisPlace: 'before',
    /**
     * A change in a sentence: 同比增长6.5%, 提高0.5个百分点, 减少862公顷, 同比持平. `signed` is
     * +6.5%, `magnitude` 6.5% (without its sign), `direction` rise, fall or flat, `unit` % or
     * 个百分点 for a rate (增长 / 提高, 下降), any other unit for an amount (增加, 减少).
     */
    change: (
      basis: string,
      _signed: string,
      magnitude: string,
      direction: string,
      unit: string,
    ): string => {
      if (direction === 'flat') return `${basis}持平`;
      const rate = unit === '%' || unit === '个百分点';
      const rise = unit === '个百分点' ? '提高' : rate ? '增长' : '增加';
      const verb = direction === 'fall' ? (rate ? '下降' : '减少') : rise;
      return `${basis}${verb}${magnitude}`;
    },
    rank: {
      growth: '增幅',
      increment: '增量',
      /** 增幅全市第二: what is ranked, among whom, the position. */
      at: (measure: string, scope: string, position: string) => `${measure}${scope}第${position}`,
      leading: (measure: string, scope: string) => `${measure}${scope}领先`,
    },
  },

  counter: {
    element: '计数器',
    figure: '数字',
    nothing: '没有可显示的数字：请设置 src 和 metric、figure 属性，或 value 和 unit。',
    noNumber: (id: string, where: string) => `数字 "${id}"（${where}）没有可计数的数值。`,
    honourNoNumber: (id: string, where: string) =>
      `数字 "${id}"（${where}）是一项荣誉，没有可计数的数值。`,
    unknownQualifier: (word: string) => `qualifier "${word}" 无法识别。`,
  },

  target: {
    element: '仪表',
    target: '目标',
    nothing: '没有可显示的目标：请设置 src 和 goal、target 属性，或 comparator 和 value。',
    needsValue: (where: string, comparator: string) =>
      `${where}：“${comparator}”目标需要 value 和 unit。`,
    needsValueAttributes: (comparator: string) => `“${comparator}”目标需要 value 和 unit 属性。`,
    /** The year a target is for: 2020年目标. */
    ofYear: (year: string) => `${year}目标`,
    /** The target as stated: 目标2.3%以上. */
    is: (target: string) => `目标${target}`,
    /** A reading and when it was taken: 2019年2.28%. */
    reading: (when: string, value: string) => `${when}${value}`,
    baseline: '基数',
    now: '当前',
    reference: '参照',
    theReference: '参照指标',
    inStep: '同步',
    keepGrowing: '保持增长',
    inStepWith: (reference: string) => `与${reference}同步`,
    /** A target's status, judged on a reading of the target's own year. */
    status,
    /**
     * The status judged on a reading from before the target's year (a 2020 target against the
     * 2019 figure): that year has not happened, so it says what is known of the reading, after
     * when it was taken (`when` is empty where the sentence has said it already).
     */
    early,
  },

  timeline: {
    label: '时间线',
    span: (from: string, to: string) => (from === to ? from : `${from}至${to}`),
    /** The accessible name with the years covered. */
    named: (span: string) => `时间线（${span}）`,
    phase: { results: '成绩', plans: '计划' } satisfies Record<Phase, string>,
    inferred: '推定',
    inferredTitle: '日期为推定：',
    inferredDefault: '报告未写明日期，系根据上下文推定。',
    source: '原文',
    figures: '相关数据',
    kind: {
      meeting: '会议',
      milestone: '节点',
      opening: '开业开放',
      award: '荣誉',
      campaign: '专项行动',
      plan: '计划',
    } satisfies Record<NonNullable<ReportEvent['kind']>, string>,
    empty: '没有可显示的事件。',
    loading: '正在载入时间线…',
    nothing: '没有事件：请设置 src 属性或 events 属性，或把时间线放进 <report-data>。',
  },

  pillars: {
    /** Before the roof text, for screen readers. */
    roof: '总目标：',
    pillars: '支柱',
    actions: (pillar: string) => `${pillar}的举措`,
    commitments: '基础保障',
    /** A commitment of the foundation with its detail, in a list. */
    commitment: (title: string, detail: string) => `${title}，${detail}`,
    empty: '数据中没有可显示的工作方案。',
    loading: '正在载入工作方案…',
    nothing: '没有工作方案：请设置 src 属性或 programme 属性，或把它放进 <report-data>。',
  },

  deck: {
    /** The deck's role, for screen readers, and its name when it has no label. */
    deck: '演示文稿',
    previous: '上一张',
    next: '下一张',
    fullscreen: '全屏',
    speaker: '演讲者视图',
    slide: (n: string, count: string) => `第 ${n} 张，共 ${count} 张`,
    blanked: '屏幕已黑屏',
    empty: '这个演示还没有幻灯片。',
    blocked: '浏览器拦截了演讲者视图窗口：请允许本页弹出窗口。',
    noSlide: (n: string) => `没有第 ${n} 张幻灯片`,
    elapsed: '已用时间',
    current: '当前幻灯片',
    upcoming: '下一张幻灯片',
    end: '已是最后一张',
    notes: '备注',
    sources: '数据来源',
    noNotes: '本张没有备注。',
    noDataset: '数据集未载入，无法列出原文。',
    unknownItem: '数据集中没有这一项',
    blank: '黑屏',
    resetClock: '重新计时',
    view: (value: string) => `view="${value}" 无法使用：请用 slides 或 speaker`,
  },

  /** The words of a story rendered from a story file (scroll story and deck). */
  story: {
    sources: (n: number) => `报告原文（${n}句）`,
    notLoaded: '尚未在本页加载',
    notKnown: '不是 report-story 的已知元素',
  },
};

/** The type of every language's table of the elements' words. */
export type Messages = Widen<typeof zhCN>;
