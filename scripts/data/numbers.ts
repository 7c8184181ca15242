/**
 * Every number in the source is accounted for: as a value the dataset carries, as part of a text
 * it carries verbatim (found inside the item's own sentence), or by the curation's `numbers` list
 * with a reason. Anything else is a problem naming the number and its context.
 */
import type { Dataset, Provenance, Range } from '../../src/data/schema.js';
import { findNumbers } from '../../src/extract/numerals.js';
import { account, locate, occurrences, original, show, type Ctx } from './context.js';
import type { Curation } from './curation.js';

/** How one number of the source is accounted for. */
export interface NumberAccount {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** `value`: a number the dataset carries; `text`: inside a text it carries verbatim; `ignored`: the curation's reason. */
  readonly how: 'value' | 'text' | 'ignored' | 'unaccounted';
  /** The dataset path (`figures[0].value`) or the reason. */
  readonly by: string;
}

/** Every `{ zh }` text of an item found verbatim inside the item's own sentence accounts for the numbers in it. */
function accountTexts(ctx: Ctx, node: unknown, range: Range, path: string): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => accountTexts(ctx, item, range, `${path}[${i}]`));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const own = record.source as Provenance | undefined;
  const here = own && typeof own.start === 'number' ? { start: own.start, end: own.end } : range;
  if (typeof record.zh === 'string') {
    for (const at of occurrences(ctx.source, record.zh, here.start, here.end)) {
      account(ctx, { start: at, end: at + record.zh.length }, 'text', `${path}.zh`);
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'source') continue;
    accountTexts(ctx, value, here, path ? `${path}.${key}` : key);
  }
}

/** The curation's `numbers` entries mark the numbers inside them as ignored, with the reason. */
function applyIgnored(ctx: Ctx, curation: Curation, result: NumberAccount[]): void {
  curation.numbers.forEach((entry, i) => {
    const where = `numbers[${i}]`;
    const r = locate(ctx, where, entry);
    if (!r) return;
    let used = 0;
    result.forEach((t, k) => {
      if (t.start >= r.start && t.end <= r.end && t.how === 'unaccounted') {
        result[k] = { ...t, how: 'ignored', by: entry.reason };
        used++;
      }
    });
    if (used === 0) {
      ctx.problems.push(
        `${where}: ${show(entry.at)} holds no number that is not already accounted for; remove the entry`,
      );
    }
  });
}

export function accountNumbers(ctx: Ctx, curation: Curation, dataset: Dataset): NumberAccount[] {
  accountTexts(ctx, dataset, { start: 0, end: ctx.source.length }, '');
  const tokens = findNumbers(ctx.norm.text).map((t) => {
    const r = original(ctx, t);
    return { ...r, text: ctx.source.slice(r.start, r.end) };
  });
  const result: NumberAccount[] = tokens.map((t) => {
    const inside = (a: { start: number; end: number }) => t.start >= a.start && t.end <= a.end;
    const value = ctx.accounts.find((a) => a.how === 'value' && inside(a));
    const text = ctx.accounts.find((a) => a.how === 'text' && inside(a));
    const by = value ?? text;
    return by ? { ...t, how: by.how, by: by.by } : { ...t, how: 'unaccounted' as const, by: '' };
  });
  applyIgnored(ctx, curation, result);
  for (const t of result) {
    if (t.how !== 'unaccounted') continue;
    const context = ctx.source.slice(Math.max(0, t.start - 12), t.end + 12).replace(/\s+/g, ' ');
    ctx.problems.push(
      `number ${show(t.text)} at ${t.start} is not accounted for: …${context}… (carry it in the dataset, or add it to "numbers" with a reason)`,
    );
  }
  return result;
}
