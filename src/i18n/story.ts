/**
 * A story's (scroll story and deck) words in every language (`zh-CN/story.ts`, the source, and
 * `en/story.ts`), by locale. Apart from the shared words (`messages`), so that they travel with the
 * elements that use them, not in the embed's core.
 */
import { story as en } from './en/story.js';
import { section } from './messages.js';
import { story as zhCN } from './zh-CN/story.js';

export const storyWords = section({ 'zh-CN': zhCN, en });

export type { StoryWords } from './zh-CN/story.js';
