/**
 * `<report-pillars>`'s (the programme) words in every language (`zh-CN/pillars.ts`, the source, and
 * `en/pillars.ts`), by locale. Apart from the shared words (`messages`), so that they travel with the
 * elements that use them, not in the embed's core.
 */
import { pillars as en } from './en/pillars.js';
import { section } from './messages.js';
import { pillars as zhCN } from './zh-CN/pillars.js';

export const pillarsWords = section({ 'zh-CN': zhCN, en });

export type { PillarsWords } from './zh-CN/pillars.js';
