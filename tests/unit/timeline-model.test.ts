import { describe, expect, it } from 'vitest';
import type { ReportEvent } from '../../src/data/schema.js';
import {
  assignLanes,
  buildTimeline,
  duplicateEventIds,
  formatTickMonth,
  parseHighlight,
  periodOf,
  selection,
  timelineOf,
  turnYear,
} from '../../src/timeline/model.js';
import { eventFigures, timelineName } from '../../src/timeline/text.js';
import { viewMessage } from '../../src/controllers/data-controller.js';
import { timelineSVG } from '../../src/timeline/svg.js';
import { createTimeScale } from '../../src/timeline/scale.js';
import { rovingIndex } from '../../src/a11y/roving.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { eventsWith } from '../fixtures/programmes.js';

const events = () => fixtureDataset().events;

function event(id: string, date: string, extra: Partial<ReportEvent> = {}): ReportEvent {
  const precision = (['year', 'month', 'day'] as const)[date.split('-').length - 1]!;
  return {
    ...events()[0]!,
    id,
    when: { date, precision, inferred: false },
    title: { zh: id, en: id },
    kind: undefined,
    ...extra,
  };
}

describe('periodOf', () => {
  it('gives a year-only date the whole year, a month its month, a day one day', () => {
    expect(periodOf({ date: '2019', precision: 'year', inferred: false })).toEqual({
      start: Date.UTC(2019, 0, 1),
      end: Date.UTC(2020, 0, 1),
    });
    expect(periodOf({ date: '2020-02', precision: 'month', inferred: false })).toEqual({
      start: Date.UTC(2020, 1, 1),
      end: Date.UTC(2020, 2, 1),
    });
    expect(periodOf({ date: '2020-01-04', precision: 'day', inferred: true })).toEqual({
      start: Date.UTC(2020, 0, 4),
      end: Date.UTC(2020, 0, 5),
    });
  });
});

describe('buildTimeline', () => {
  it('orders by the middle of each period, so a year-only event is not placed on 1 January', () => {
    const model = buildTimeline(events(), 'zh-CN');
    expect(model.items.map((i) => i.id)).toEqual(['ip-park-2019', 'plenary-2020', 'targets-2020']);
    expect(model.items.map((i) => i.dateText)).toEqual(['2019年', '2020年1月4日', '2020年']);
  });

  it('keeps the dataset order for events with the same period', () => {
    const model = buildTimeline([event('b', '2019'), event('a', '2019')], 'en');
    expect(model.items.map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('spans whole years on the axis and places each period on it', () => {
    const model = buildTimeline(events(), 'en');
    expect(model.years.map((y) => [y.year, y.label, y.phase])).toEqual([
      [2019, '2019', 'results'],
      [2020, '2020', 'plans'],
    ]);
    const [ip, plenary, targets] = model.items;
    expect(ip!.x0).toBe(0);
    expect(ip!.x1).toBeCloseTo((365 / 731) * 100, 6);
    expect(targets!.x1).toBe(100);
    // A day is a point with room for its mark.
    expect(plenary!.x1 - plenary!.x0).toBeCloseTo(1.6, 6);
  });

  it('stacks overlapping marks in lanes, and no two marks in a lane overlap', () => {
    const model = buildTimeline(eventsWith(8), 'zh-CN');
    for (const a of model.items) {
      for (const b of model.items) {
        if (a !== b && a.lane === b.lane) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
      }
    }
    expect(buildTimeline(events(), 'zh-CN').lanes).toBe(2);
  });

  it('groups by year and marks the turn from results to plans at the first planned year', () => {
    const model = buildTimeline(events(), 'zh-CN');
    expect(model.groups.map((g) => [g.label, g.phase, g.items.length])).toEqual([
      ['2019年', 'results', 1],
      ['2020年', 'plans', 2],
    ]);
    expect(model.turn).toBeCloseTo((365 / 731) * 100, 6);
  });

  it('has no phases and no turn without planned events', () => {
    const model = buildTimeline([event('a', '2019-03'), event('b', '2020-05-01')], 'zh-CN');
    expect(model.groups.map((g) => g.phase)).toEqual([undefined, undefined]);
    expect(model.turn).toBeUndefined();
  });

  it('labels months on the axis only while there is room (three years or fewer)', () => {
    const short = buildTimeline(events(), 'en');
    expect(short.ticks.filter((t) => t.label).map((t) => t.label)).toEqual([
      'Apr',
      'Jul',
      'Oct',
      'Apr',
      'Jul',
      'Oct',
    ]);
    expect(short.ticks.filter((t) => t.major)).toHaveLength(1);
    const long = buildTimeline([event('a', '2015'), event('b', '2020')], 'en');
    expect(long.ticks.some((t) => t.label)).toBe(false);
  });

  it('is empty for no events', () => {
    expect(buildTimeline([], 'zh-CN')).toMatchObject({ items: [], groups: [], lanes: 0 });
  });
});

describe('turnYear', () => {
  it('is where the final run of planned years begins', () => {
    expect(turnYear(events())).toBe(2020);
    expect(turnYear([event('a', '2019')])).toBeUndefined();
    const plan = { kind: 'plan' } as const;
    expect(
      turnYear([
        event('a', '2018', plan),
        event('b', '2019'),
        event('c', '2020', plan),
        event('d', '2021', plan),
      ]),
    ).toBe(2020);
    expect(turnYear([event('a', '2019', plan), event('b', '2020')])).toBeUndefined();
  });

  it('is not moved by a policy a results year already issued', () => {
    // As in the Gangzha report: 2019 holds eleven results and one policy (a plan); 2020 the plenary and two plans.
    const results = Array.from({ length: 11 }, (_, i) => event(`r${i}`, '2019', { kind: 'award' }));
    const list = [
      ...results,
      event('policy', '2019', { kind: 'plan' }),
      event('plenary', '2020-01-04', { kind: 'meeting' }),
      event('programme', '2020', { kind: 'plan' }),
      event('targets', '2020', { kind: 'plan' }),
    ];
    expect(turnYear(list)).toBe(2020);
    const model = buildTimeline(list, 'zh-CN');
    expect(model.groups.map((g) => g.phase)).toEqual(['results', 'plans']);
  });
});

describe('assignLanes', () => {
  it('puts an interval in the first lane that is free', () => {
    // By start: [0,50] → 0; [10,20] → 1; [49,51] → 1 (free after 20); [50,100] → 0 (free at 50).
    expect(
      assignLanes([
        { x0: 0, x1: 50 },
        { x0: 50, x1: 100 },
        { x0: 49, x1: 51 },
        { x0: 10, x1: 20 },
      ]),
    ).toEqual([0, 0, 1, 1]);
  });
});

describe('parseHighlight', () => {
  const items = buildTimeline(eventsWith(5), 'zh-CN').items;
  const ids = (spec: string | undefined) => {
    const result = parseHighlight(spec, items);
    return result.ok ? [...result.ids] : result.message;
  };

  it('reads one id, a range in either direction, several, or none', () => {
    expect(ids('event-2')).toEqual(['event-2']);
    expect(ids('event-2..event-4')).toEqual(['event-2', 'event-3', 'event-4']);
    expect(ids('event-4..event-2')).toEqual(['event-2', 'event-3', 'event-4']);
    expect(ids('event-1, event-5')).toEqual(['event-1', 'event-5']);
    expect(ids(' ')).toEqual([]);
    expect(ids('none')).toEqual([]);
    expect(ids(undefined)).toEqual([]);
  });

  it('names an unknown id and the known ones, and a malformed range', () => {
    expect(ids('event-9')).toBe(
      'highlight: no event has the id "event-9" (events: event-1, event-2, event-3, event-4, event-5)',
    );
    expect(ids('event-1..')).toBe(
      'highlight: "event-1.." is neither an event id nor a range "first..last"',
    );
    expect(ids('a..b..c')).toMatch(/neither an event id nor a range/);
  });
});

describe('duplicateEventIds', () => {
  it('names the second use of an id and the first', () => {
    expect(duplicateEventIds([event('a', '2019'), event('b', '2019'), event('a', '2020')])).toEqual(
      ['events[2].id: duplicate id "a" (first used by events[0])'],
    );
  });
});

describe('formatTickMonth', () => {
  it('names months briefly in both languages', () => {
    expect(formatTickMonth(4, 'zh-CN')).toBe('4月');
    expect(formatTickMonth(10, 'en')).toBe('Oct');
  });
});

describe('timelineSVG', () => {
  it('draws every event with its date at its precision and escapes the text', () => {
    const list = events();
    list[0] = { ...list[0]!, title: { zh: '<script>"闭幕"</script>&' } };
    const svg = timelineSVG(buildTimeline(list, 'zh-CN'), {
      locale: 'zh-CN',
      label: '时间线 <测试>',
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('&lt;script&gt;&quot;闭幕&quot;&lt;/script&gt;&amp;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('aria-label="时间线 &lt;测试&gt;"');
    expect(svg).toContain('2020年1月4日 (推定)');
    expect(svg).not.toContain('1月1日');
  });

  it('shows a message instead of a drawing', () => {
    const svg = timelineSVG(undefined, {
      locale: 'en',
      label: 'Timeline',
      message: 'events[1]: bad & <worse>',
    });
    expect(svg).toContain('events[1]: bad &amp; &lt;worse&gt;');
  });
});

describe('createTimeScale', () => {
  it('maps a period onto 0–100 and clamps outside it', () => {
    const scale = createTimeScale(Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1));
    expect(scale(Date.UTC(2019, 0, 1))).toBe(0);
    expect(scale(Date.UTC(2021, 0, 1))).toBe(100);
    expect(scale(Date.UTC(2020, 0, 1))).toBeCloseTo((365 / 731) * 100, 9);
    expect(scale(Date.UTC(2030, 0, 1))).toBe(100);
    expect(scale(Date.UTC(2000, 0, 1))).toBe(0);
  });

  it('refuses an empty period', () => {
    expect(() => createTimeScale(5, 5)).toThrow(RangeError);
  });
});

describe('rovingIndex', () => {
  it('moves one step with arrows, to the ends with Home and End, and stops at the ends', () => {
    expect(rovingIndex('ArrowRight', 0, 3)).toBe(1);
    expect(rovingIndex('ArrowDown', 2, 3)).toBe(2);
    expect(rovingIndex('ArrowLeft', 0, 3)).toBe(0);
    expect(rovingIndex('ArrowUp', 2, 3)).toBe(1);
    expect(rovingIndex('Home', 2, 3)).toBe(0);
    expect(rovingIndex('End', 0, 3)).toBe(2);
    expect(rovingIndex('Enter', 0, 3)).toBeUndefined();
  });
});

describe('what a timeline shows and says', () => {
  it('builds a model once per list of events and locale', () => {
    const list = events();
    expect(timelineOf(list, 'zh-CN')).toBe(timelineOf(list, 'zh-CN'));
    expect(timelineOf(list, 'en')).not.toBe(timelineOf(list, 'zh-CN'));
    expect(timelineOf([...list], 'zh-CN')).not.toBe(timelineOf(list, 'zh-CN'));
  });

  it('selects the highlighted and the open event, naming an unknown id', () => {
    const model = timelineOf(events(), 'zh-CN');
    const chosen = selection(model, 'plenary-2020', ' ip-park-2019 ');
    expect(chosen.ok && [...chosen.highlighted]).toEqual(['plenary-2020']);
    expect(chosen.ok && chosen.open?.id).toBe('ip-park-2019');
    expect(selection(model, undefined, 'nope')).toEqual({
      ok: false,
      message: 'open: no event has the id "nope"',
    });
    expect(selection(model, 'nope', undefined).ok).toBe(false);
  });

  it('names itself with the years it covers, and lists the figures an event names', () => {
    const data = fixtureDataset();
    expect(timelineName(timelineOf(data.events, 'zh-CN'), 'zh-CN')).toBe(
      '时间线（2019年至2020年）',
    );
    expect(timelineName(undefined, 'en')).toBe('Timeline');
    const withFigure = { ...data.events[0]!, figures: ['gdp-2019', 'nope'] };
    expect(eventFigures(withFigure, data, 'zh-CN')).toEqual(['地区生产总值 预计440亿元']);
    expect(eventFigures(withFigure, undefined, 'zh-CN')).toEqual([]);
  });

  it('says what a view shows instead of its content', () => {
    const words = { loading: 'loading', empty: 'empty' };
    expect(viewMessage({ status: 'loading' }, words)).toBe('loading');
    expect(viewMessage({ status: 'empty' }, words)).toBe('empty');
    expect(viewMessage({ status: 'error', message: 'bad' }, words)).toBe('bad');
    expect(viewMessage({ status: 'ready', value: 1 }, words)).toBeUndefined();
  });
});
