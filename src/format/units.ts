/**
 * The units Chinese work reports and statistical communiqués speak in, and how each reads in
 * English. Units are keyed in simplified characters (a traditional report's 億元 reads as 亿元).
 *
 * A unit is written the way the report writes it (`亿元`, `%`, `件`, `个月`); the table says what it
 * measures, its size in base units, and its English form. The formatter keeps the report's unit
 * fixed in Chinese (no automatic 万→亿 switching) and converts money to a fixed English scale
 * chosen once from the final value (440亿元 → 44 billion yuan).
 */

/** What a unit measures; decides how the formatter treats it. */
export type UnitKind =
  | 'money'
  | 'percent'
  | 'points'
  | 'count'
  | 'scaled-count'
  | 'duration'
  | 'rank'
  | 'measure'
  | 'multiple';

export interface UnitInfo {
  readonly kind: UnitKind;
  /** Size in base units (yuan for money, ones for counts). */
  readonly factor: number;
  /** English unit after the number; empty for bare counts (37.1件 → 37.1). */
  readonly en: string;
  /** English singular, where it differs (1 month). */
  readonly enOne?: string;
  /** Whether English puts no space between number and unit (%, ×). */
  readonly enTight?: boolean;
  /**
   * Whether English states a large amount in millions, billions and trillions, as it does for
   * money (12亿千瓦 → 1.2 billion kW rather than 1,200,000,000 kW).
   */
  readonly enWords?: boolean;
}

export const UNITS = {
  // Money: yuan, and the other currencies reports quote (foreign trade and investment in US
  // dollars, Hong Kong and Macao in their own).
  万亿元: { kind: 'money', factor: 1e12, en: 'yuan' },
  亿元: { kind: 'money', factor: 1e8, en: 'yuan' },
  万元: { kind: 'money', factor: 1e4, en: 'yuan' },
  元: { kind: 'money', factor: 1, en: 'yuan' },
  亿美元: { kind: 'money', factor: 1e8, en: 'US dollars' },
  万美元: { kind: 'money', factor: 1e4, en: 'US dollars' },
  美元: { kind: 'money', factor: 1, en: 'US dollars' },
  亿港元: { kind: 'money', factor: 1e8, en: 'Hong Kong dollars' },
  万港元: { kind: 'money', factor: 1e4, en: 'Hong Kong dollars' },
  港元: { kind: 'money', factor: 1, en: 'Hong Kong dollars' },
  亿澳门元: { kind: 'money', factor: 1e8, en: 'patacas' },
  万澳门元: { kind: 'money', factor: 1e4, en: 'patacas' },
  澳门元: { kind: 'money', factor: 1, en: 'patacas' },
  亿欧元: { kind: 'money', factor: 1e8, en: 'euros' },
  万欧元: { kind: 'money', factor: 1e4, en: 'euros' },
  欧元: { kind: 'money', factor: 1, en: 'euros' },
  '%': { kind: 'percent', factor: 1, en: '%', enTight: true },
  '‰': { kind: 'percent', factor: 1, en: '‰', enTight: true },
  个百分点: { kind: 'points', factor: 1, en: 'percentage points', enOne: 'percentage point' },
  // Counts of things: bare numbers in English unless the thing is named.
  件: { kind: 'count', factor: 1, en: '' },
  个: { kind: 'count', factor: 1, en: '' },
  名: { kind: 'count', factor: 1, en: '' },
  项: { kind: 'count', factor: 1, en: '' },
  部: { kind: 'count', factor: 1, en: '' },
  家: { kind: 'count', factor: 1, en: '' },
  所: { kind: 'count', factor: 1, en: '' },
  座: { kind: 'count', factor: 1, en: '' },
  台: { kind: 'count', factor: 1, en: '' },
  套: { kind: 'count', factor: 1, en: '' },
  条: { kind: 'count', factor: 1, en: '' },
  辆: { kind: 'count', factor: 1, en: 'vehicles', enOne: 'vehicle' },
  艘: { kind: 'count', factor: 1, en: 'ships', enOne: 'ship' },
  架: { kind: 'count', factor: 1, en: 'aircraft' },
  户: { kind: 'count', factor: 1, en: 'households', enOne: 'household' },
  头: { kind: 'count', factor: 1, en: 'head' },
  只: { kind: 'count', factor: 1, en: '' },
  匹: { kind: 'count', factor: 1, en: '' },
  羽: { kind: 'count', factor: 1, en: 'birds', enOne: 'bird' },
  百羽: { kind: 'scaled-count', factor: 100, en: 'birds' },
  人: { kind: 'count', factor: 1, en: 'people', enOne: 'person' },
  人次: { kind: 'count', factor: 1, en: 'visits', enOne: 'visit' },
  次: { kind: 'count', factor: 1, en: 'times', enOne: 'time' },
  件次: { kind: 'count', factor: 1, en: 'items', enOne: 'item' },
  场次: { kind: 'count', factor: 1, en: 'events', enOne: 'event' },
  晚: { kind: 'count', factor: 1, en: 'nights', enOne: 'night' },
  种: { kind: 'count', factor: 1, en: 'kinds', enOne: 'kind' },
  轮: { kind: 'count', factor: 1, en: 'rounds', enOne: 'round' },
  // 万 or 亿 with no unit after it counts the noun that follows (惠及17万婴幼儿).
  万: { kind: 'scaled-count', factor: 1e4, en: '' },
  亿: { kind: 'scaled-count', factor: 1e8, en: '', enWords: true },
  万个: { kind: 'scaled-count', factor: 1e4, en: '' },
  万家: { kind: 'scaled-count', factor: 1e4, en: '' },
  万件: { kind: 'scaled-count', factor: 1e4, en: '' },
  万项: { kind: 'scaled-count', factor: 1e4, en: '' },
  万名: { kind: 'scaled-count', factor: 1e4, en: '' },
  万套: { kind: 'scaled-count', factor: 1e4, en: '' },
  万台: { kind: 'scaled-count', factor: 1e4, en: '' },
  万条: { kind: 'scaled-count', factor: 1e4, en: '' },
  万所: { kind: 'scaled-count', factor: 1e4, en: '' },
  万座: { kind: 'scaled-count', factor: 1e4, en: '' },
  万人: { kind: 'scaled-count', factor: 1e4, en: 'people' },
  万人次: { kind: 'scaled-count', factor: 1e4, en: 'visits' },
  万场次: { kind: 'scaled-count', factor: 1e4, en: 'events' },
  亿人次: { kind: 'scaled-count', factor: 1e8, en: 'visits', enWords: true },
  万户: { kind: 'scaled-count', factor: 1e4, en: 'households' },
  万辆: { kind: 'scaled-count', factor: 1e4, en: 'vehicles' },
  万头: { kind: 'scaled-count', factor: 1e4, en: 'head' },
  万只: { kind: 'scaled-count', factor: 1e4, en: '' },
  万羽: { kind: 'scaled-count', factor: 1e4, en: 'birds' },
  个月: { kind: 'duration', factor: 1, en: 'months', enOne: 'month' },
  年: { kind: 'duration', factor: 1, en: 'years', enOne: 'year' },
  天: { kind: 'duration', factor: 1, en: 'days', enOne: 'day' },
  个工作日: { kind: 'duration', factor: 1, en: 'working days', enOne: 'working day' },
  岁: { kind: 'measure', factor: 1, en: 'years' },
  // Places: 前进两个位次 (places moved in a ranking); 位 counts people (3位院士) and writes a
  // place in a ranking (第47位, 排名升至37位), bare in English either way.
  位次: { kind: 'rank', factor: 1, en: 'places', enOne: 'place' },
  位: { kind: 'count', factor: 1, en: '' },
  // Lengths and areas.
  米: { kind: 'measure', factor: 1, en: 'm' },
  公里: { kind: 'measure', factor: 1, en: 'km' },
  千米: { kind: 'measure', factor: 1, en: 'km' },
  平方公里: { kind: 'measure', factor: 1, en: 'km²' },
  万平方公里: { kind: 'measure', factor: 1e4, en: 'km²' },
  万平方米: { kind: 'measure', factor: 1e4, en: 'm²' },
  平方米: { kind: 'measure', factor: 1, en: 'm²' },
  立方米: { kind: 'measure', factor: 1, en: 'm³' },
  万立方米: { kind: 'measure', factor: 1e4, en: 'm³' },
  亿立方米: { kind: 'measure', factor: 1e8, en: 'm³', enWords: true },
  亩: { kind: 'measure', factor: 1, en: 'mu' },
  万亩: { kind: 'measure', factor: 1e4, en: 'mu' },
  公顷: { kind: 'measure', factor: 1, en: 'ha' },
  千公顷: { kind: 'measure', factor: 1e3, en: 'ha' },
  万公顷: { kind: 'measure', factor: 1e4, en: 'ha' },
  // Weights (a 斤 is half a kilogram; 兆 is 10¹² where traditional-script texts write it).
  吨: { kind: 'measure', factor: 1, en: 't' },
  万吨: { kind: 'measure', factor: 1e4, en: 't' },
  亿吨: { kind: 'measure', factor: 1e8, en: 't', enWords: true },
  斤: { kind: 'measure', factor: 1, en: 'jin' },
  万斤: { kind: 'measure', factor: 1e4, en: 'jin' },
  亿斤: { kind: 'measure', factor: 1e8, en: 'jin', enWords: true },
  万亿斤: { kind: 'measure', factor: 1e12, en: 'jin', enWords: true },
  兆斤: { kind: 'measure', factor: 1e12, en: 'jin', enWords: true },
  // Energy: power, electricity, and energy use in tonnes of standard coal equivalent.
  微克每立方米: { kind: 'measure', factor: 1, en: 'μg/m³' },
  '微克/立方米': { kind: 'measure', factor: 1, en: 'μg/m³' },
  千瓦: { kind: 'measure', factor: 1, en: 'kW' },
  万千瓦: { kind: 'measure', factor: 1e4, en: 'kW' },
  亿千瓦: { kind: 'measure', factor: 1e8, en: 'kW', enWords: true },
  千瓦时: { kind: 'measure', factor: 1, en: 'kWh' },
  万千瓦时: { kind: 'measure', factor: 1e4, en: 'kWh' },
  亿千瓦时: { kind: 'measure', factor: 1e8, en: 'kWh', enWords: true },
  吨标准煤: { kind: 'measure', factor: 1, en: 'tce' },
  万吨标准煤: { kind: 'measure', factor: 1e4, en: 'tce' },
  万吨标煤: { kind: 'measure', factor: 1e4, en: 'tce' },
  倍: { kind: 'multiple', factor: 1, en: '×', enTight: true },
} as const satisfies Record<string, UnitInfo>;

/** A unit as the report writes it. */
export type Unit = keyof typeof UNITS;

/** Every known unit, longest first (so a text scanner matches 亿元 before 元). */
export const UNIT_NAMES: readonly Unit[] = (Object.keys(UNITS) as Unit[]).sort(
  (a, b) => b.length - a.length || a.localeCompare(b),
);

export function isUnit(value: unknown): value is Unit {
  return typeof value === 'string' && Object.hasOwn(UNITS, value);
}

export function unitInfo(unit: Unit): UnitInfo {
  return UNITS[unit];
}
