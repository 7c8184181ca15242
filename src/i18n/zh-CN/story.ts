/**
 * A story's (scroll story and deck) words in Chinese, the source language: the type its other
 * languages' tables satisfy. Looked up by `storyWords(locale)` (`../story.ts`).
 */
import type { Widen } from '../table.js';

/** The words of a story rendered from a story file (scroll story and deck). */
export const story = {
  sources: (n: number) => `报告原文（${n}句）`,
  notLoaded: '尚未在本页加载',
  notKnown: '不是 report-story 的已知元素',
};

export type StoryWords = Widen<typeof story>;
