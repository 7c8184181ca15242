/** The timeline's own words in both languages (labels, not data). */
import type { ReportEvent } from '../data/schema.js';
import type { ReportLocale } from '../format/format.js';
import type { Phase } from './model.js';

type Kind = NonNullable<ReportEvent['kind']>;

export interface TimelineText {
  readonly label: string;
  readonly span: (from: string, to: string) => string;
  /** The accessible name with the years covered. */
  readonly named: (span: string) => string;
  readonly phase: Record<Phase, string>;
  readonly inferred: string;
  readonly inferredTitle: string;
  readonly inferredDefault: string;
  readonly source: string;
  readonly figures: string;
  readonly kind: Record<Kind, string>;
  readonly empty: string;
  readonly loading: string;
}

export const TIMELINE_TEXT: Record<ReportLocale, TimelineText> = {
  'zh-CN': {
    label: '时间线',
    span: (from, to) => (from === to ? from : `${from}至${to}`),
    named: (span) => `时间线（${span}）`,
    phase: { results: '成绩', plans: '计划' },
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
    },
    empty: '没有可显示的事件。',
    loading: '正在载入时间线…',
  },
  en: {
    label: 'Timeline',
    span: (from, to) => (from === to ? from : `${from}–${to}`),
    named: (span) => `Timeline, ${span}`,
    phase: { results: 'Results', plans: 'Plans' },
    inferred: 'inferred',
    inferredTitle: 'Date inferred: ',
    inferredDefault: 'The report does not state the date; it was worked out from context.',
    source: 'Source',
    figures: 'Related figures',
    kind: {
      meeting: 'Meeting',
      milestone: 'Milestone',
      opening: 'Opening',
      award: 'Honour',
      campaign: 'Campaign',
      plan: 'Plan',
    },
    empty: 'No events to show.',
    loading: 'Loading the timeline…',
  },
};
