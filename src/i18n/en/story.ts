/** A story's (scroll story and deck) words in English (see `../zh-CN/story.ts`, the source). */
import type { StoryWords } from '../zh-CN/story.js';

export const story = {
  sources: (n) => `From the report (${n} ${n === 1 ? 'sentence' : 'sentences'})`,
  notLoaded: 'is not loaded on this page',
  notKnown: 'is not an element report-story knows',
} satisfies StoryWords;
