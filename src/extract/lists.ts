/**
 * Lists of values after 分别 (500亿元、900亿元 / 6%和10%以上): each value with its unit (a unit
 * written once after the last value applies to all), the verb before the list and a comparator
 * after it, which applies to each.
 */
import type { Target } from '../data/schema.js';
import { isUnit, type Unit } from '../format/units.js';

export interface ListedValue {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit: Unit;
}

export interface ValueList {
  readonly values: ListedValue[];
  /** The comparator word after the last value (以上, 以内, 以下, 左右). */
  readonly after?: string | undefined;
  /** The verb before the first value (突破, 增长 …), possibly empty. */
  readonly before?: string | undefined;
  /** Where the list ends. */
  readonly end: number;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const LIST_UNITS = '亿元|万元|元|个百分点|%|个|项|件|名|家';

/** The values listed in `text[from, to)` right at `from`, or `undefined` when none are. */
export function listAfter(text: string, from: number, to: number): ValueList | undefined {
  const re = new RegExp(
    String.raw`^(?<verb>(?:同比)?(?:突破|超过|达到|达|增长|提高|下降|为|完成|实现)?)(?<list>(?:(?:${NUMBER})(?:${LIST_UNITS})?[、和及与])+(?:${NUMBER})(?:${LIST_UNITS}))(?<after>以上|以内|以下|左右)?`,
  );
  const m = re.exec(text.slice(from, to));
  if (!m?.groups) return undefined;
  const listStart = from + (m.groups.verb ?? '').length;
  const values: { start: number; end: number; value: number; unit: string }[] = [];
  const item = new RegExp(String.raw`(${NUMBER})(${LIST_UNITS})?`, 'g');
  const list = m.groups.list ?? '';
  for (const v of list.matchAll(item)) {
    values.push({
      start: listStart + v.index,
      end: listStart + v.index + v[0].length,
      value: Number((v[1] ?? '').replace(/,/g, '')),
      unit: v[2] ?? '',
    });
  }
  // A unit written once after the last value applies to all (6和10%).
  const lastUnit = values.at(-1)?.unit ?? '';
  const filled: ListedValue[] = [];
  for (const v of values) {
    const unit = v.unit || lastUnit;
    if (!isUnit(unit)) return undefined;
    filled.push({ ...v, unit });
  }
  return { values: filled, after: m.groups.after, before: m.groups.verb, end: from + m[0].length };
}

/** The comparator a word after a target value says. */
export function comparatorOf(after: string | undefined): Target['comparator'] | undefined {
  if (after === '以上') return 'at-least';
  if (after === '以内' || after === '以下') return 'at-most';
  if (after === '左右') return 'about';
  return undefined;
}
