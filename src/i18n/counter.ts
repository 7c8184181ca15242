/**
 * `<report-counter>`'s words in every language (`zh-CN/counter.ts`, the source, and
 * `en/counter.ts`), by locale. Apart from the shared words (`messages`), so that they travel with the
 * elements that use them, not in the embed's core.
 */
import { counter as en } from './en/counter.js';
import { section } from './messages.js';
import { counter as zhCN } from './zh-CN/counter.js';

export const counterWords = section({ 'zh-CN': zhCN, en });

export type { CounterWords } from './zh-CN/counter.js';
