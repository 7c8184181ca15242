/**
 * Events: a sentence's dates with a month (2019年3月, 1月4日) become dated events at the precision
 * the report gives; a year taken from the context is marked as inferred, with how it was found.
 */
import type { ReportEvent } from '../data/schema.js';
import { clausesOf, provenance, span, uniqueId, words, type Ctx } from './context.js';
import { readDates } from './phrases.js';
import type { Sentence } from './sentences.js';

/** The events of one sentence, appended to `events`. */
export function extractEvents(
  ctx: Ctx,
  s: Sentence,
  year: number | undefined,
  chapter: string | undefined,
  events: ReportEvent[],
): void {
  const source = provenance(ctx, s);
  for (const d of readDates(ctx.text, s.start, s.end)) {
    if (d.month === undefined) continue;
    const y = d.year ?? year;
    if (y === undefined) continue;
    const precision = d.day !== undefined ? 'day' : 'month';
    const date = `${y}-${String(d.month).padStart(2, '0')}${d.day !== undefined ? `-${String(d.day).padStart(2, '0')}` : ''}`;
    const clause = clausesOf(ctx.text, s).find((c) => d.start >= c.start && d.start < c.end) ?? s;
    events.push({
      id: uniqueId(ctx, `event-${date}`),
      when: {
        date,
        precision,
        inferred: d.year === undefined,
        ...(d.year === undefined
          ? { basis: { zh: `年份取自上下文（${y}年）`, en: `Year taken from the context (${y})` } }
          : {}),
        span: span(ctx, d),
      },
      title: { zh: words(ctx, clause.start, clause.end).slice(0, 120) },
      ...(chapter ? { chapter } : {}),
      source,
    });
    ctx.used.push(d);
  }
}
