/**
 * The one lookup of the elements' words: `messages(locale).counter.nothing`. One table per
 * language (`zh-CN.ts`, the source, and `en.ts`); a third language is one more file, named here.
 */
import { en } from './en.js';
import { lookup } from './table.js';
import { zhCN, type Messages } from './zh-CN.js';

const TABLES = { 'zh-CN': zhCN, en } satisfies Record<string, Messages>;

/** The languages the elements speak. Chinese is the source; English comes with the dataset. */
export type ReportLocale = keyof typeof TABLES;

export const DEFAULT_LOCALE: ReportLocale = 'zh-CN';

/** The locales there are tables for, the source first. */
export const LOCALES = Object.keys(TABLES) as ReportLocale[];

/**
 * Maps any BCP 47 tag to a locale with a table, by its language: `en-GB` → `en`, `zh-TW` → `zh-CN`;
 * anything else → Chinese.
 */
export function normalizeLocale(tag: string | null | undefined): ReportLocale {
  const language = tag?.split('-')[0]?.toLowerCase();
  return LOCALES.find((locale) => locale.split('-')[0] === language) ?? DEFAULT_LOCALE;
}

/** The words of a locale. */
export const messages: (locale: ReportLocale) => Messages = lookup<ReportLocale, Messages>(
  TABLES,
  DEFAULT_LOCALE,
);

export type { Messages };
