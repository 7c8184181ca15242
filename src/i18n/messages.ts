/**
 * The one lookup of the elements' words: `messages(locale).common.loading` for the words every
 * element shares, `counterWords(locale).nothing` (`counter.ts`) for an element's own section. One
 * table per language and section (`zh-CN.ts` and `zh-CN/<section>.ts`, the source; `en.ts` and
 * `en/<section>.ts`); a third language is one more file per section, named here and in each
 * section's lookup.
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

/** The words all elements share, in a locale. */
export const messages: (locale: ReportLocale) => Messages = lookup<ReportLocale, Messages>(
  TABLES,
  DEFAULT_LOCALE,
);

/**
 * The lookup of a section of words kept apart (an element's own, `src/i18n/<section>.ts`): the
 * same tables by locale, the source for any other, with every locale's table required.
 */
export function section<M>(tables: Readonly<Record<ReportLocale, M>>): (locale: ReportLocale) => M {
  return lookup<ReportLocale, M>(tables, DEFAULT_LOCALE);
}

export type { Messages };
