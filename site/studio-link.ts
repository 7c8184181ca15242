/**
 * The studio's address beside a page, in the page's language: the story page and the embed
 * builder send an editor who has a report (not yet a dataset or a story) there.
 */
import type { ReportLocale } from '../src/format/format.js';

export function studioUrl(locale: ReportLocale, base: string = location.href): string {
  const url = new URL('studio.html', base);
  if (locale === 'en') url.searchParams.set('lang', 'en');
  return url.href;
}
