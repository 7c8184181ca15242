/** The programme diagram's own words in both languages (labels, not data). */
import type { ReportLocale } from '../format/format.js';

export interface PillarsText {
  /** Before the roof text, for screen readers: 总目标： */
  readonly roof: string;
  readonly pillars: string;
  readonly actions: (pillar: string) => string;
  readonly commitments: string;
  readonly empty: string;
  readonly loading: string;
}

export const PILLARS_TEXT: Record<ReportLocale, PillarsText> = {
  'zh-CN': {
    roof: '总目标：',
    pillars: '支柱',
    actions: (pillar) => `${pillar}的举措`,
    commitments: '基础保障',
    empty: '数据中没有可显示的工作方案。',
    loading: '正在载入工作方案…',
  },
  en: {
    roof: 'Overall aim: ',
    pillars: 'Pillars',
    actions: (pillar) => `Actions: ${pillar}`,
    commitments: 'Commitments',
    empty: 'The dataset has no programme to show.',
    loading: 'Loading the programme…',
  },
};
