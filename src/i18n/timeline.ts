/**
 * `<report-timeline>`'s words in every language (`zh-CN/timeline.ts`, the source, and
 * `en/timeline.ts`), by locale. Apart from the shared words (`messages`), so that they travel with the
 * elements that use them, not in the embed's core.
 */
import { timeline as en } from './en/timeline.js';
import { section } from './messages.js';
import { timeline as zhCN } from './zh-CN/timeline.js';

export const timelineWords = section({ 'zh-CN': zhCN, en });

export type { TimelineWords } from './zh-CN/timeline.js';
