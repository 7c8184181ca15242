/**
 * `<report-pillars>`'s (the programme) words in Chinese, the source language: the type its other
 * languages' tables satisfy. Looked up by `pillarsWords(locale)` (`../pillars.ts`).
 */
import type { Widen } from '../table.js';

export const pillars = {
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
};

export type PillarsWords = Widen<typeof pillars>;
