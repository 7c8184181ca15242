/**
 * `<report-deck>`'s words in Chinese, the source language: the type its other
 * languages' tables satisfy. Looked up by `deckWords(locale)` (`../deck.ts`).
 */
import type { Widen } from '../table.js';

export const deck = {
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
};

export type DeckWords = Widen<typeof deck>;
