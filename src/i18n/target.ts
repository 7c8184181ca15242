/**
 * `<report-gauge>`'s (targets) words in every language (`zh-CN/target.ts`, the source, and
 * `en/target.ts`), by locale. Apart from the shared words (`messages`), so that they travel with the
 * elements that use them, not in the embed's core.
 */
import { target as en } from './en/target.js';
import { section } from './messages.js';
import { target as zhCN } from './zh-CN/target.js';

export const targetWords = section({ 'zh-CN': zhCN, en });

export type { TargetWords } from './zh-CN/target.js';
