/**
 * `<report-gauge>`'s (targets) words in Chinese, the source language: the type its other
 * languages' tables satisfy. Looked up by `targetWords(locale)` (`../target.ts`).
 */
import type { TargetStatus } from '../../target/status.js';
import type { Widen } from '../table.js';

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

export const target = {
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
};

export type TargetWords = Widen<typeof target>;
