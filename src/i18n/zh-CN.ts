/**
 * The elements' own words in Chinese, the source language: this table is the type every other
 * language's table must satisfy (`Messages`). Words only — numbers, dates and units go through the
 * formatter first and come in as arguments. Sections follow the concepts of `src/`.
 */
import type { Widen } from './table.js';

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
};

/**
 * The type of every language's table of the words all elements share (the core's). Each element's
 * own words are a section of their own, one table per language: `zh-CN/<section>.ts`, the source,
 * and `en/<section>.ts`, looked up by `<section>Words(locale)` from `<section>.ts`, so that an
 * element's chunk carries its words and the core only these.
 */
export type Messages = Widen<typeof zhCN>;
