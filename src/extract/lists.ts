/**
 * Lists of values after 分别 (500亿元、900亿元 · 6%和10%以上 · 10.6万、3.8万、3.3万平方公里): each value
 * with its unit — a unit written once after the last value applies to all, together with a
 * magnitude (万, 亿) written after each — the verb before the list and a comparator after it,
 * which applies to each.
 */
import type { Target } from '../data/schema.js';
import { isUnit, UNIT_NAMES, type Unit } from '../format/units.js';

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
  /** The verb says the values are changes: up (增长, 提高) or down (下降, 压减). */
  readonly direction?: 'rise' | 'fall' | undefined;
  /** Where the list ends. */
  readonly end: number;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNITS = UNIT_NAMES.map(escape).join('|');
const RISE = '增长|增加|提高|提升|上升|上涨|净增加|净增';
const FALL = '下降|减少|降低|回落|下跌|压减|压降|削减|缩减|净减少|净减';
const LEVEL =
  '突破|超过|达到|达|为|完成|实现|是|保持在|稳定在|控制在|(?:向上|向下)?(?:修订|修正|调整)为';
const ITEM = `(?:${NUMBER})(?:万|亿)?(?:${UNITS})?`;
const LIST = new RegExp(
  String.raw`^(?<verb>(?:同比|比上年|较上年)?(?:年均|实际|实质)?(?:${RISE}|${FALL}|${LEVEL})?了?)(?<list>(?:${ITEM}[、和及与])+(?:${NUMBER})(?:万|亿)?(?:${UNITS}))(?<after>以上|以内|以下|左右)?`,
);
const ONE = new RegExp(`(${NUMBER})(万|亿)?(${UNITS})?`, 'g');

/** The values listed in `text[from, to)` right at `from`, or `undefined` when none are. */
export function listAfter(text: string, from: number, to: number): ValueList | undefined {
  const m = LIST.exec(text.slice(from, to));
  if (!m?.groups) return undefined;
  const verb = m.groups.verb ?? '';
  const listStart = from + verb.length;
  const raw: { start: number; end: number; value: number; magnitude: string; unit: string }[] = [];
  for (const v of (m.groups.list ?? '').matchAll(ONE)) {
    raw.push({
      start: listStart + v.index,
      end: listStart + v.index + v[0].length,
      value: Number((v[1] ?? '').replace(/,/g, '')),
      magnitude: v[2] ?? '',
      unit: v[3] ?? '',
    });
  }
  // A unit written once after the last value applies to all (6和10%; 10.6万、3.3万平方公里).
  const last = raw.at(-1);
  const lastUnit = last ? last.magnitude + last.unit : '';
  const base = last?.magnitude ? last.unit : lastUnit.replace(/^[万亿]/, '');
  const values: ListedValue[] = [];
  for (const v of raw) {
    const unit = v.unit ? v.magnitude + v.unit : v.magnitude ? v.magnitude + base : lastUnit;
    if (!isUnit(unit)) return undefined;
    values.push({ start: v.start, end: v.end, value: v.value, unit });
  }
  const direction = new RegExp(FALL).test(verb)
    ? 'fall'
    : new RegExp(RISE).test(verb)
      ? 'rise'
      : undefined;
  return { values, after: m.groups.after, before: verb, direction, end: from + m[0].length };
}

/**
 * The comparator a word after a target value says (以上, 以内, 左右), else the verb before the
 * values (分别超过2%、5% → at least; 分别控制在…: at most).
 */
export function comparatorOf(
  after: string | undefined,
  before = '',
): Target['comparator'] | undefined {
  if (after === '以上') return 'at-least';
  if (after === '以内' || after === '以下') return 'at-most';
  if (after === '左右') return 'about';
  if (/超过|突破|不低于/.test(before) && !/不超过/.test(before)) return 'at-least';
  if (/控制在|不超过/.test(before)) return 'at-most';
  return undefined;
}
