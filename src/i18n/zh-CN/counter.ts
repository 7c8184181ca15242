/**
 * `<report-counter>`'s words in Chinese, the source language: the type its other
 * languages' tables satisfy. Looked up by `counterWords(locale)` (`../counter.ts`).
 */
import type { Widen } from '../table.js';

export const counter = {
  element: '计数器',
  figure: '数字',
  nothing: '没有可显示的数字：请设置 src 和 metric、figure 属性，或 value 和 unit。',
  noNumber: (id: string, where: string) => `数字 "${id}"（${where}）没有可计数的数值。`,
  honourNoNumber: (id: string, where: string) =>
    `数字 "${id}"（${where}）是一项荣誉，没有可计数的数值。`,
  unknownQualifier: (word: string) => `qualifier "${word}" 无法识别。`,
};

export type CounterWords = Widen<typeof counter>;
