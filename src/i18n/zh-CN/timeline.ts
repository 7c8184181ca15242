/**
 * `<report-timeline>`'s words in Chinese, the source language: the type its other
 * languages' tables satisfy. Looked up by `timelineWords(locale)` (`../timeline.ts`).
 */
import type { ReportEvent } from '../../data/schema.js';
import type { Phase } from '../../timeline/model.js';
import type { Widen } from '../table.js';

export const timeline = {
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
};

export type TimelineWords = Widen<typeof timeline>;
