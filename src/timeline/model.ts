/**
 * The timeline's model: events in date order, each as the period its precision allows, grouped by
 * year, with the report's turn from results to plans. Pure: the element derives it in `willUpdate`
 * and the SVG export draws it.
 *
 * A date known only to its year or month is a period, not a day: "2019" is the whole of 2019,
 * drawn across the year and ordered by its middle, never as 1 January.
 */
import type { ReportEvent } from '../data/schema.js';
import type { ReportLocale } from '../format/format.js';
import { formatWhen, formatYear, pickText } from '../format/format.js';
import { messages } from '../i18n/messages.js';
import { createTimeScale, type TimeScale } from './scale.js';

/** Which side of the report's turn a year is on. */
export type Phase = 'results' | 'plans';

export interface TimelineItem {
  readonly event: ReportEvent;
  readonly id: string;
  /** Position in date order. */
  readonly index: number;
  /** The period the date stands for, in UTC milliseconds: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly year: number;
  /** The date at its precision: 2019年 / 2020年1月4日 / 4 January 2020. */
  readonly dateText: string;
  readonly title: string;
  /** On the axis, in percent of its width (its mark's). */
  readonly x0: number;
  readonly x1: number;
  /** Its mark's row on the axis. */
  readonly lane: number;
  /** Index of its mark in `marks`. */
  readonly mark: number;
}

/** A mark on the axis: one period, shared by every event dated to it (twelve "2019"s, one bar). */
export interface TimelineMark {
  readonly precision: ReportEvent['when']['precision'];
  /** True when every event on the mark has an inferred date. */
  readonly inferred: boolean;
  /** The events on the mark, in date order. */
  readonly ids: readonly string[];
  /** In percent of the axis width. */
  readonly x0: number;
  readonly x1: number;
  /** Stacking row, so that no two marks overlap. */
  readonly lane: number;
}

export interface YearGroup {
  readonly year: number;
  /** Position of the year on the axis, from 0 (the first year shown). */
  readonly column: number;
  readonly label: string;
  readonly phase: Phase | undefined;
  readonly items: readonly TimelineItem[];
}

export interface AxisYear {
  readonly year: number;
  readonly label: string;
  readonly phase: Phase | undefined;
  readonly x0: number;
  readonly x1: number;
}

export interface AxisTick {
  readonly x: number;
  /** A year boundary (major) or a quarter (minor). */
  readonly major: boolean;
  /** Shown under minor ticks when there is room. */
  readonly label: string | undefined;
}

export interface TimelineModel {
  readonly items: readonly TimelineItem[];
  readonly marks: readonly TimelineMark[];
  readonly groups: readonly YearGroup[];
  readonly years: readonly AxisYear[];
  readonly ticks: readonly AxisTick[];
  /** Rows of markers on the axis. */
  readonly lanes: number;
  /** Where results give way to plans, in percent of the axis; undefined without both. */
  readonly turn: number | undefined;
}

/** A day marker is narrower than any period but still needs room: its width in percent. */
export const POINT_WIDTH = 1.6;

const DAY = 86_400_000;

/** The period a date stands for, in UTC milliseconds. */
export function periodOf(when: ReportEvent['when']): { start: number; end: number } {
  const [y = Number.NaN, m = 1, d = 1] = when.date.split('-').map(Number);
  switch (when.precision) {
    case 'year':
      return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
    case 'month':
      return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) };
    case 'day': {
      const start = Date.UTC(y, m - 1, d);
      return { start, end: start + DAY };
    }
  }
}

/**
 * The year the report turns from results to plans: where the final run of planned years begins.
 * A year is planned when at least half of its events are plans (`kind: 'plan'`), so a policy a
 * results year already issued does not move the turn. Undefined when the last year is not
 * planned.
 */
export function turnYear(events: readonly ReportEvent[]): number | undefined {
  const years = new Map<number, { plans: number; all: number }>();
  for (const event of events) {
    const year = Number(event.when.date.slice(0, 4));
    const count = years.get(year) ?? { plans: 0, all: 0 };
    count.all++;
    if (event.kind === 'plan') count.plans++;
    years.set(year, count);
  }
  let turn: number | undefined;
  for (const [year, { plans, all }] of [...years].sort((a, b) => b[0] - a[0])) {
    if (plans * 2 < all) break;
    turn = year;
  }
  return turn;
}

/** Assigns each interval the first lane where it overlaps nothing (intervals sorted by start). */
export function assignLanes(intervals: readonly { x0: number; x1: number }[]): number[] {
  const laneEnds: number[] = [];
  const lanes = new Array<number>(intervals.length).fill(0);
  const order = intervals.map((interval, i) => ({ ...interval, i })).sort((a, b) => a.x0 - b.x0);
  for (const { x0, x1, i } of order) {
    let lane = laneEnds.findIndex((end) => end <= x0);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = x1;
    lanes[i] = lane;
  }
  return lanes;
}

const monthFormats = new Map<ReportLocale, Intl.DateTimeFormat>();

/** A short month name for an axis tick: 4月 / Apr. */
export function formatTickMonth(month: number, locale: ReportLocale): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(messages(locale).format.dateLocale, {
      month: 'short',
      timeZone: 'UTC',
    });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** Orders events by the middle of their period; ties keep the dataset's order. */
function byDate(events: readonly ReportEvent[]) {
  return events
    .map((event, order) => ({ event, order, ...periodOf(event.when) }))
    .sort((a, b) => a.start + a.end - (b.start + b.end) || a.start - b.start || a.order - b.order);
}

/** Builds the model of a list of (valid) events in a locale. */
export function buildTimeline(events: readonly ReportEvent[], locale: ReportLocale): TimelineModel {
  if (events.length === 0) {
    return { items: [], marks: [], groups: [], years: [], ticks: [], lanes: 0, turn: undefined };
  }
  const sorted = byDate(events);
  const firstYear = new Date(Math.min(...sorted.map((e) => e.start))).getUTCFullYear();
  const lastYear = new Date(Math.max(...sorted.map((e) => e.end)) - 1).getUTCFullYear();
  const scale: TimeScale = createTimeScale(Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1));

  // One mark per distinct period; its events share it.
  const markOf = new Map<string, number>();
  const periods: {
    precision: TimelineMark['precision'];
    inferred: boolean;
    ids: string[];
    x0: number;
    x1: number;
  }[] = [];
  const itemMarks = sorted.map(({ start, end, event }) => {
    const key = `${event.when.precision}:${event.when.date}`;
    let index = markOf.get(key);
    if (index === undefined) {
      index = periods.length;
      markOf.set(key, index);
      const mid = scale(start + DAY / 2);
      const [x0, x1] =
        event.when.precision === 'day'
          ? [mid - POINT_WIDTH / 2, mid + POINT_WIDTH / 2]
          : [scale(start), scale(end)];
      periods.push({ precision: event.when.precision, inferred: true, ids: [], x0, x1 });
    }
    const period = periods[index];
    if (period) {
      period.ids.push(event.id);
      period.inferred &&= event.when.inferred;
    }
    return index;
  });
  const lanes = assignLanes(periods);
  const marks: TimelineMark[] = periods.map((period, i) => ({ ...period, lane: lanes[i] ?? 0 }));

  const items: TimelineItem[] = sorted.map(({ event, start, end }, index) => ({
    x0: marks[itemMarks[index] ?? 0]?.x0 ?? 0,
    x1: marks[itemMarks[index] ?? 0]?.x1 ?? 0,
    lane: marks[itemMarks[index] ?? 0]?.lane ?? 0,
    mark: itemMarks[index] ?? 0,
    event,
    id: event.id,
    index,
    start,
    end,
    year: new Date(start).getUTCFullYear(),
    dateText: formatWhen(event.when, locale),
    title: pickText(event.title, locale),
  }));

  const turn = turnYear(events);
  const hasResults = turn !== undefined && firstYear < turn;
  const phaseOf = (year: number): Phase | undefined =>
    turn === undefined ? undefined : year < turn ? 'results' : 'plans';

  const groups: YearGroup[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.year === item.year) (last.items as TimelineItem[]).push(item);
    else {
      groups.push({
        year: item.year,
        column: item.year - firstYear,
        label: formatYear(item.year, locale),
        phase: phaseOf(item.year),
        items: [item],
      });
    }
  }

  const years: AxisYear[] = [];
  const ticks: AxisTick[] = [];
  const yearCount = lastYear - firstYear + 1;
  for (let year = firstYear; year <= lastYear; year++) {
    const x0 = scale(Date.UTC(year, 0, 1));
    const x1 = scale(Date.UTC(year + 1, 0, 1));
    years.push({ year, label: formatYear(year, locale), phase: phaseOf(year), x0, x1 });
    if (year > firstYear) ticks.push({ x: x0, major: true, label: undefined });
    for (const month of [4, 7, 10]) {
      ticks.push({
        x: scale(Date.UTC(year, month - 1, 1)),
        major: false,
        label: yearCount <= 3 ? formatTickMonth(month, locale) : undefined,
      });
    }
  }

  return {
    items,
    marks,
    groups,
    years,
    ticks,
    lanes: Math.max(...lanes) + 1,
    turn: hasResults && turn <= lastYear ? scale(Date.UTC(turn, 0, 1)) : undefined,
  };
}

/** The result of reading a `highlight` value: the highlighted ids, or what is wrong with it. */
export type HighlightResult =
  | { readonly ok: true; readonly ids: ReadonlySet<string> }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a highlight: one event id (`plenary-2020`), a range in date order, both ends included
 * (`ip-park-2019..targets-2020`), or several of either separated by spaces or commas.
 * Empty or `none` highlights nothing.
 */
export function parseHighlight(
  spec: string | undefined,
  items: readonly TimelineItem[],
): HighlightResult {
  const ids = new Set<string>();
  const text = spec?.trim() ?? '';
  if (!text || text === 'none') return { ok: true, ids };
  const index = new Map(items.map((item) => [item.id, item.index]));
  const find = (id: string) => {
    const i = index.get(id);
    if (i === undefined) {
      const known = items.map((item) => item.id);
      const list = known.length > 8 ? `${known.slice(0, 8).join(', ')}, …` : known.join(', ');
      return `highlight: no event has the id "${id}"${known.length ? ` (events: ${list})` : ''}`;
    }
    return i;
  };
  for (const token of text.split(/[\s,]+/)) {
    const [from, to, extra] = token.split('..');
    if (extra !== undefined || !from || to === '') {
      return {
        ok: false,
        message: `highlight: "${token}" is neither an event id nor a range "first..last"`,
      };
    }
    const a = find(from);
    if (typeof a === 'string') return { ok: false, message: a };
    const b = to === undefined ? a : find(to);
    if (typeof b === 'string') return { ok: false, message: b };
    for (const item of items.slice(Math.min(a, b), Math.max(a, b) + 1)) ids.add(item.id);
  }
  return { ok: true, ids };
}

/** Ids used twice in a list of events, as messages with their paths. */
const built = new WeakMap<readonly ReportEvent[], Map<ReportLocale, TimelineModel>>();

/** `buildTimeline`, once per list of events and locale (a new highlight does not rebuild it). */
export function timelineOf(events: readonly ReportEvent[], locale: ReportLocale): TimelineModel {
  let models = built.get(events);
  if (!models) built.set(events, (models = new Map<ReportLocale, TimelineModel>()));
  let model = models.get(locale);
  if (!model) models.set(locale, (model = buildTimeline(events, locale)));
  return model;
}

/**
 * What the reader is shown of a model: the events `highlight` names and the event `open` names.
 * Unknown ids are an error naming the attribute and the id.
 */
export function selection(
  model: TimelineModel,
  highlight: string | undefined,
  open: string | null | undefined,
):
  | { ok: true; highlighted: ReadonlySet<string>; open: TimelineItem | undefined }
  | { ok: false; message: string } {
  const highlighted = parseHighlight(highlight, model.items);
  if (!highlighted.ok) return highlighted;
  const openId = open?.trim() || undefined;
  const item = openId ? model.items.find((i) => i.id === openId) : undefined;
  if (openId && !item) return { ok: false, message: `open: no event has the id "${openId}"` };
  return { ok: true, highlighted: highlighted.ids, open: item };
}

export function duplicateEventIds(events: readonly ReportEvent[], root = 'events'): string[] {
  const seen = new Map<string, number>();
  const issues: string[] = [];
  events.forEach((event, i) => {
    const first = seen.get(event.id);
    if (first === undefined) seen.set(event.id, i);
    else
      issues.push(`${root}[${i}].id: duplicate id "${event.id}" (first used by ${root}[${first}])`);
  });
  return issues;
}
