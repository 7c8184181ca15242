/**
 * One lookup for the site applications' words: `siteMessages(locale)`. A language is one file
 * beside this one (`zh-CN.ts` is the source of the type, `en.ts` follows it), registered below.
 */
import type { TemplateResult } from 'lit';
import type { ReportLocale } from '../../src/format/format.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

/**
 * A words table with its literal strings widened to `string` (functions and templates keep their
 * types), so that another language must supply every key and nothing else.
 */
export type Widen<T> = T extends string
  ? string
  : T extends TemplateResult
    ? TemplateResult
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widen<R>
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

export type SiteMessages = Widen<typeof zhCN>;

const TABLES: Readonly<Record<ReportLocale, SiteMessages>> = { 'zh-CN': zhCN, en };

/** The site applications' words in `locale`. */
export function siteMessages(locale: ReportLocale): SiteMessages {
  return TABLES[locale];
}
