import { describe, expect, it } from 'vitest';
import { counterWords } from '../../src/i18n/counter.js';
import { deckWords } from '../../src/i18n/deck.js';
import { en } from '../../src/i18n/en.js';
import { counter as enCounter } from '../../src/i18n/en/counter.js';
import { LOCALES, messages, normalizeLocale } from '../../src/i18n/messages.js';
import { pillarsWords } from '../../src/i18n/pillars.js';
import { storyWords } from '../../src/i18n/story.js';
import { lookup, tableProblems } from '../../src/i18n/table.js';
import { targetWords } from '../../src/i18n/target.js';
import { timelineWords } from '../../src/i18n/timeline.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { counter as zhCounter } from '../../src/i18n/zh-CN/counter.js';

/** The elements' own sections of words, each with its lookup. */
const SECTIONS = {
  counter: counterWords,
  target: targetWords,
  timeline: timelineWords,
  pillars: pillarsWords,
  deck: deckWords,
  story: storyWords,
};

describe('the tables of words', () => {
  it('every locale has every key of the source, and no word comes out empty', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en']);
    for (const locale of LOCALES) {
      expect(tableProblems(zhCN, messages(locale)), locale).toEqual([]);
      for (const [name, words] of Object.entries(SECTIONS)) {
        expect(tableProblems(words('zh-CN'), words(locale)), `${name}, ${locale}`).toEqual([]);
      }
    }
  });

  it('finds what a translation lacks, has in excess or leaves empty', () => {
    const source = { a: { b: 'x', f: (n: number) => `${n}` }, c: 'y' };
    expect(tableProblems(source, { a: { b: '', f: () => '' }, d: 'z' })).toEqual([
      'a.b: empty',
      'a.f(2…): returns ""',
      'a.f(1…): returns ""',
      'a.f(x…): returns ""',
      'c: missing',
      'd: not in the source',
    ]);
    expect(tableProblems(source, { a: 'x', c: () => 'y' })).toEqual([
      'a: expected a section',
      'c: expected a string',
    ]);
  });

  it('looks a table up by locale, the source for any other', () => {
    expect(messages('en')).toBe(en);
    expect(messages('zh-CN')).toBe(zhCN);
    expect(counterWords('en')).toBe(enCounter);
    expect(counterWords('zh-CN')).toBe(zhCounter);
    const words = lookup({ 'zh-CN': { hi: '你好' }, en: { hi: 'hello' } }, 'zh-CN');
    expect(words('en').hi).toBe('hello');
    expect(words('fr').hi).toBe('你好');
  });

  it('maps a language tag to the locale of its language', () => {
    expect(normalizeLocale('en')).toBe('en');
    expect(normalizeLocale('en-GB')).toBe('en');
    expect(normalizeLocale('EN-us')).toBe('en');
    expect(normalizeLocale('zh-TW')).toBe('zh-CN');
    expect(normalizeLocale('zh-Hans')).toBe('zh-CN');
    expect(normalizeLocale('fr')).toBe('zh-CN');
    expect(normalizeLocale('english')).toBe('zh-CN');
    expect(normalizeLocale('')).toBe('zh-CN');
    expect(normalizeLocale(null)).toBe('zh-CN');
  });

  it('says the same thing in both languages', () => {
    expect(messages('zh-CN').options.notNumber('value', 'lots')).toBe('value="lots" 不是数字。');
    expect(messages('en').options.notNumber('value', 'lots')).toBe('value="lots" is not a number.');
    expect(messages('zh-CN').common.labelled('地区生产总值', '440亿元')).toBe(
      '地区生产总值：440亿元',
    );
    expect(messages('en').common.labelled('GDP', '44 billion yuan')).toBe('GDP: 44 billion yuan');
  });
});
