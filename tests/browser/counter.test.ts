import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import '../../components/counter/define.js';
import '../../components/data/define.js';
import type { ReportCounter } from '../../components/counter/counter.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import type { Figure } from '../../src/data/schema.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { cleanup, frames, jsonUrl, mount, until, updated } from './helpers.js';
import { installProbe, type Probe } from './probes.js';
import './story-stub.js';

const nbsp = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ').trim();

function parts(counter: ReportCounter) {
  const root = counter.shadowRoot!;
  const q = (selector: string) => root.querySelector<HTMLElement>(selector);
  return {
    base: q('[part~="base"]'),
    live: () => nbsp(q('.live')?.textContent),
    final: () => nbsp(q('.final')?.textContent),
    unit: () => nbsp(q('[part~="unit"]')?.textContent),
    change: () => nbsp(q('[part~="change"]')?.textContent),
    rank: () => nbsp(q('[part~="rank"]')?.textContent),
    label: () => nbsp(q('[part~="label"]')?.textContent),
    qualifier: () => nbsp(q('[part~="qualifier"]')?.textContent),
    error: () => q('[part~="error"]'),
    number: q('[part~="number"]'),
  };
}

async function counterOn(markup: string, props: Partial<ReportCounter> = {}, width?: number) {
  const container = mount(markup, width);
  const counter = container.querySelector('report-counter')!;
  Object.assign(counter, props);
  await updated(counter);
  return counter;
}

let probe: Probe | undefined;

beforeEach(() => {
  probe = undefined;
  // The test page says lang="en"; the elements follow it when they have no locale of their own.
  document.documentElement.lang = 'zh-CN';
});

afterEach(async () => {
  cleanup();
  clearDatasetCache();
  probe?.restore();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('<report-counter> counting', () => {
  it('loads GDP from src + metric and counts up to exactly 440亿元 with +6.5%', async () => {
    const url = jsonUrl(fixtureDataset());
    const container = mount(`<report-counter src="${url}" metric="gdp-2019"></report-counter>`);
    const counter = container.querySelector('report-counter')!;
    const events: string[] = [];
    const ends: unknown[] = [];
    counter.addEventListener('report-count-start', () => events.push('start'));
    counter.addEventListener('report-count-end', (e) => {
      events.push('end');
      ends.push(e.detail);
    });
    const seen = new Set<string>();
    await until(() => {
      const live = counter.shadowRoot?.querySelector('.live')?.textContent;
      if (live) seen.add(live);
      return events.includes('end');
    }, 'count ended');
    const p = parts(counter);
    expect(p.live()).toBe('440');
    expect(p.unit()).toBe('亿元');
    expect(p.change()).toContain('+6.5%');
    expect(p.change()).toContain('同比');
    expect(p.qualifier()).toBe('预计');
    expect(p.label()).toBe('地区生产总值');
    expect(events).toEqual(['start', 'end']);
    expect(ends).toEqual([{ value: 440, unit: '亿元', text: '440亿元' }]);
    // It really counted: intermediate whole numbers were shown on the way.
    expect([...seen].some((text) => text !== '0' && text !== '440')).toBe(true);
    // The unit never changed and every intermediate value kept the final's decimals.
    for (const text of seen) expect(text).toMatch(/^\d+$/);
  });

  it('keeps the decimals fixed while counting 2.28%', async () => {
    const counter = await counterOn(
      '<report-counter metric="rd-share-2019" duration="300"></report-counter>',
      { data: fixtureDataset() },
    );
    const seen = new Set<string>();
    await until(() => {
      seen.add(parts(counter).live());
      return parts(counter).live() === '2.28' && !counter.counting;
    }, 'count to 2.28');
    for (const text of seen) expect(text).toMatch(/^\d\.\d\d$/);
    expect(parts(counter).unit()).toBe('%');
  });

  it('names the final sentence for screen readers and hides the ticking digits', async () => {
    const counter = await counterOn(
      '<report-counter metric="budget-revenue-2019" start="manual"></report-counter>',
      { data: fixtureDataset() },
    );
    // Before counting, the name already holds the final value.
    const name = '一般公共预算收入：45亿元，同比增长7%，增幅全市第二';
    await expect.element(page.getByRole('img', { name })).toBeInTheDocument();
    const p = parts(counter);
    expect(p.base?.getAttribute('role')).toBe('img');
    expect(p.base?.getAttribute('aria-label')).toBe(name);
    expect(p.number?.getAttribute('aria-hidden')).toBe('true');
    expect(p.live()).toBe('0');
  });

  it('speaks English: 44 billion yuan, 50,000 yuan, 37.1 without a measure word', async () => {
    const data = fixtureDataset();
    const container = mount(`
      <report-counter locale="en" metric="gdp-2019" motion="reduce"></report-counter>
      <report-counter locale="en" metric="urban-income-2019" motion="reduce"></report-counter>
      <report-counter locale="en" metric="patents-per-10k-2019" motion="reduce"></report-counter>`);
    const counters = [...container.querySelectorAll('report-counter')];
    for (const c of counters) c.data = data;
    await Promise.all(counters.map(updated));
    const [gdp, income, patents] = counters.map(parts);
    expect([gdp!.live(), gdp!.unit()]).toEqual(['44', 'billion yuan']);
    expect(gdp!.change()).toBe('▲+6.5%year on year');
    expect(gdp!.qualifier()).toBe('est.');
    expect([income!.live(), income!.unit()]).toEqual(['50,000', 'yuan']);
    expect([patents!.live(), patents!.unit()]).toEqual(['37.1', '']);
    expect(
      nbsp(counters[0]!.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')),
    ).toBe('GDP: est. 44 billion yuan, +6.5% year on year');
  });

  it('speaks Chinese: 440亿元, 5万元, 37.1件, and follows the page lang when unset', async () => {
    const data = fixtureDataset();
    const container = mount(`<div lang="zh-CN">
      <report-counter metric="gdp-2019" motion="reduce"></report-counter>
      <report-counter metric="urban-income-2019" motion="reduce"></report-counter>
      <report-counter metric="patents-per-10k-2019" motion="reduce"></report-counter></div>
      <div lang="en-GB"><report-counter metric="patents-per-10k-2019" motion="reduce"></report-counter></div>`);
    const counters = [...container.querySelectorAll('report-counter')];
    for (const c of counters) c.data = data;
    await Promise.all(counters.map(updated));
    expect(counters.map((c) => parts(c).live() + parts(c).unit())).toEqual([
      '440亿元',
      '5万元',
      '37.1件',
      '37.1',
    ]);
  });

  it('reserves the final width: no box moves or resizes during the count, and no layout shift is reported', async () => {
    // The metric a page's Web Vitals report: a ticking text that moves counts as a shift too.
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value);
    });
    observer.observe({ type: 'layout-shift' });
    const container = mount(
      '<report-counter metric="urban-income-2019" locale="en" duration="600"></report-counter><p>after</p>',
      320,
    );
    const counter = container.querySelector('report-counter')!;
    counter.data = fixtureDataset();
    const after = container.querySelector('p')!;
    const boxes: string[] = [];
    const texts = new Set<string>();
    let done = false;
    counter.addEventListener('report-count-end', () => (done = true));
    const measure = () => {
      const root = counter.shadowRoot!;
      const rects = [
        counter,
        root.querySelector('[part~="base"]'),
        root.querySelector('[part~="number"]'),
        root.querySelector('[part~="unit"]'),
        root.querySelector('.meta'),
        after,
      ].map((node) => {
        const r = node?.getBoundingClientRect();
        return r ? [r.x, r.y, r.width, r.height].map((n) => n.toFixed(2)).join(',') : 'none';
      });
      boxes.push(rects.join(' | '));
      texts.add(parts(counter).live());
    };
    await updated(counter);
    while (!done) {
      measure();
      await frames(1);
    }
    measure();
    await frames(2);
    observer.disconnect();
    expect(texts.size).toBeGreaterThan(3); // it did count through several values
    expect(new Set(boxes).size).toBe(1);
    expect(shifts).toEqual([]);
  });

  it('reserves the starting width too when it counts down from a wider number', async () => {
    const counter = await counterOn(
      '<report-counter value="440" unit="亿元" from="100000" duration="400" start="manual"></report-counter>',
    );
    const number = counter.shadowRoot!.querySelector('[part~="number"]')!;
    const widths = new Set<number>();
    const texts = new Set<string>();
    let done = false;
    counter.addEventListener('report-count-end', () => (done = true));
    counter.start();
    while (!done) {
      widths.add(Math.round(number.getBoundingClientRect().width * 100));
      texts.add(parts(counter).live());
      await frames(1);
    }
    expect(texts.has('100,000')).toBe(true);
    expect(parts(counter).live()).toBe('440');
    expect(widths.size).toBe(1);
  });

  it('wraps a number too wide for its box instead of sticking out of it', async () => {
    const counter = await counterOn(
      '<report-counter value="9007199254740991" unit="元" rank="第一名第一名第一名第一名第一名第一名第一名第一名" motion="reduce"></report-counter>',
      {},
      200,
    );
    const box = counter.getBoundingClientRect();
    for (const part of ['number', 'rank']) {
      const rect = counter.shadowRoot!.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
      expect(rect.right, part).toBeLessThanOrEqual(box.right + 0.5);
    }
    expect(parts(counter).final()).toBe('9,007,199,254,740,991');
  });
});

describe('<report-counter> reduced motion', () => {
  it('motion="reduce": final text in the first frame, and no animation frame after', async () => {
    probe = installProbe();
    const counter = await counterOn(
      '<report-counter metric="gdp-2019" motion="reduce"></report-counter>',
      {
        data: fixtureDataset(),
      },
    );
    await frames(1);
    expect(parts(counter).live()).toBe('440');
    const before = probe.framesRun();
    await new Promise((r) => setTimeout(r, 150));
    expect(probe.pendingFrames()).toBe(0);
    // Only the test's own frame helper ran frames; the counter scheduled none.
    expect(probe.framesRun()).toBe(before);
  });

  it('follows the reader’s prefers-reduced-motion setting (emulated through CDP)', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    probe = installProbe();
    const counter = await counterOn(
      '<report-counter metric="urban-income-2019"></report-counter>',
      {
        data: fixtureDataset(),
      },
    );
    await frames(1);
    expect(parts(counter).live()).toBe('5');
    await new Promise((r) => setTimeout(r, 100));
    expect(probe.pendingFrames()).toBe(0);
  });

  it('jumps to the end when reduced motion is switched on mid-count', async () => {
    const counter = await counterOn(
      '<report-counter metric="gdp-2019" duration="5000"></report-counter>',
      {
        data: fixtureDataset(),
      },
    );
    await until(() => counter.counting, 'counting');
    counter.motion = 'reduce';
    await updated(counter);
    expect(parts(counter).live()).toBe('440');
    expect(counter.counting).toBe(false);
  });
});

describe('<report-counter> start and replay', () => {
  it('start="manual" waits for start(); replay() counts again', async () => {
    const counter = await counterOn(
      '<report-counter metric="gdp-2019" start="manual" duration="100"></report-counter>',
      { data: fixtureDataset() },
    );
    let ends = 0;
    counter.addEventListener('report-count-end', () => ends++);
    await frames(5);
    expect(parts(counter).live()).toBe('0');
    expect(ends).toBe(0);
    counter.start();
    await until(() => ends === 1, 'first count');
    expect(parts(counter).live()).toBe('440');
    counter.start(); // already counted: nothing happens
    await frames(3);
    expect(counter.counting).toBe(false);
    counter.replay();
    await until(() => counter.counting, 'replaying');
    await until(() => ends === 2, 'second count');
    expect(parts(counter).live()).toBe('440');
  });

  it('start="visible" waits until it is scrolled into view; replays on re-entry only with replay', async () => {
    const container = mount(`
      <div style="height: 150vh"></div>
      <report-counter id="once" metric="gdp-2019" duration="50"></report-counter>
      <report-counter id="again" metric="gdp-2019" duration="50" replay></report-counter>
      <div style="height: 150vh"></div>`);
    const once = container.querySelector<ReportCounter>('#once')!;
    const again = container.querySelector<ReportCounter>('#again')!;
    const ends = { once: 0, again: 0 };
    once.addEventListener('report-count-end', () => ends.once++);
    again.addEventListener('report-count-end', () => ends.again++);
    once.data = again.data = fixtureDataset();
    await Promise.all([updated(once), updated(again)]);
    await frames(5);
    expect(parts(once).live()).toBe('0');
    expect(ends).toEqual({ once: 0, again: 0 });

    once.scrollIntoView({ block: 'center' });
    await until(() => ends.once === 1 && ends.again === 1, 'both counted once in view');
    window.scrollTo(0, 0);
    await until(() => parts(again).live() === '0', 'replaying counter reset out of view');
    expect(parts(once).live()).toBe('440');
    once.scrollIntoView({ block: 'center' });
    await until(() => ends.again === 2, 'replayed on re-entry');
    await frames(5);
    expect(ends.once).toBe(1);
  });

  it('counters far apart share one IntersectionObserver, and each starts as it comes into view', async () => {
    const NativeIO = window.IntersectionObserver;
    let created = 0;
    window.IntersectionObserver = class extends NativeIO {
      constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
        super(...args);
        created++;
      }
    };
    try {
      const container = mount(`
        <report-counter id="a" value="12" unit="件" duration="50"></report-counter>
        <div style="height: 150vh"></div>
        <report-counter id="b" value="34" unit="件" duration="50"></report-counter>
        <div style="height: 150vh"></div>
        <report-counter id="c" value="56" unit="件" duration="50"></report-counter>`);
      const [a, b, c] = ['#a', '#b', '#c'].map((selector) =>
        container.querySelector<ReportCounter>(selector)!,
      ) as [ReportCounter, ReportCounter, ReportCounter];
      await Promise.all([updated(a), updated(b), updated(c)]);
      await until(() => parts(a).live() === '12', 'the counter in view counted');
      await frames(5);
      expect([parts(b).live(), parts(c).live()]).toEqual(['0', '0']);
      expect(created).toBe(1);
      // One leaving the page does not stop the others being watched.
      c.remove();
      b.scrollIntoView({ block: 'center' });
      await until(() => parts(b).live() === '34', 'the second counted once in view');
    } finally {
      window.IntersectionObserver = NativeIO;
    }
  });

  it('start="step" follows its story step: counts when active, final when passed', async () => {
    const container = mount(`<test-story>
        <section data-report-step="0"><p>intro</p></section>
        <section data-report-step="1"><report-counter id="a" start="step" metric="gdp-2019" duration="50"></report-counter></section>
        <section data-report-step="2"><report-counter id="b" start="step" metric="rd-share-2019" duration="50" replay></report-counter></section>
      </test-story>`);
    const story = container.querySelector('test-story')!;
    const a = container.querySelector<ReportCounter>('#a')!;
    const b = container.querySelector<ReportCounter>('#b')!;
    a.data = b.data = fixtureDataset();
    const ends: string[] = [];
    a.addEventListener('report-count-end', () => ends.push('a'));
    b.addEventListener('report-count-end', () => ends.push('b'));
    await Promise.all([updated(a), updated(b)]);
    story.go(0);
    await frames(4);
    expect([parts(a).live(), parts(b).live()]).toEqual(['0', '0.00']);
    story.go(1);
    await until(() => ends.includes('a'), 'a counted on its step');
    expect(parts(a).live()).toBe('440');
    expect(parts(b).live()).toBe('0.00');
    story.go(2);
    await until(() => ends.includes('b'), 'b counted on its step');
    // Back to step 1: a stays final (no replay); b resets (replay) and counts again on re-entry.
    story.go(1);
    await until(() => parts(b).live() === '0.00', 'b reset');
    expect(parts(a).live()).toBe('440');
    story.go(2);
    await until(() => ends.filter((e) => e === 'b').length === 2, 'b replayed');
    expect(ends.filter((e) => e === 'a')).toHaveLength(1);
  });

  it('a deep link past its step shows the final value without counting', async () => {
    const container = mount(`<test-story>
        <section data-report-step="0"><report-counter start="step" metric="gdp-2019"></report-counter></section>
        <section data-report-step="1"></section>
      </test-story>`);
    const counter = container.querySelector('report-counter')!;
    counter.data = fixtureDataset();
    let events = 0;
    counter.addEventListener('report-count-start', () => events++);
    container.querySelector('test-story')!.go(1);
    await updated(counter);
    await frames(2);
    expect(parts(counter).live()).toBe('440');
    expect(events).toBe(0);
  });
});

describe('<report-counter> data sources and errors', () => {
  it('takes plain attributes: value, unit, label, qualifier, change, rank', async () => {
    const counter =
      await counterOn(`<report-counter motion="reduce" value="500" unit="亿元" label="工业应税销售收入"
      qualifier="突破" change="-2.1" rank="全市领先"></report-counter>`);
    const p = parts(counter);
    expect([p.qualifier(), p.live(), p.unit(), p.label(), p.rank()]).toEqual([
      '突破',
      '500',
      '亿元',
      '工业应税销售收入',
      '全市领先',
    ]);
    expect(p.change()).toBe('▼同比-2.1%');
    expect(counter.shadowRoot!.querySelector('[part~="change"]')!.classList).toContain('fall');
    expect(p.base?.getAttribute('aria-label')).toBe(
      '工业应税销售收入：突破500亿元，同比下降2.1%，全市领先',
    );
  });

  it('takes a figure object as a property', async () => {
    const figure = fixtureDataset().figures.find((f) => f.id === 'trade-growth-streak')!;
    const counter = await counterOn('<report-counter motion="reduce"></report-counter>', {
      figure,
    });
    expect(parts(counter).live() + parts(counter).unit()).toBe('22个月');
  });

  it('reads its dataset from a surrounding <report-data>', async () => {
    const container = mount(`<report-data src="${jsonUrl(fixtureDataset())}">
      <report-counter metric="patents-per-10k-2019" motion="reduce"></report-counter></report-data>`);
    const counter = container.querySelector('report-counter')!;
    await until(() => parts(counter).live() === '37.1', 'counter from report-data');
    expect(parts(counter).unit()).toBe('件');
  });

  it('shows an unknown id in place while its neighbour works', async () => {
    const url = jsonUrl(fixtureDataset());
    const container = mount(`
      <report-counter id="bad" src="${url}" metric="gdp-2099"><p>440亿元（静态）</p></report-counter>
      <report-counter id="good" src="${url}" metric="gdp-2019" motion="reduce"></report-counter>`);
    const bad = container.querySelector<ReportCounter>('#bad')!;
    const good = container.querySelector<ReportCounter>('#good')!;
    const error = await until(() => parts(bad).error(), 'error shown');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('gdp-2099');
    expect(error.textContent).toContain('fixture-district');
    expect(container.querySelector('#bad p')!.assignedSlot).not.toBeNull();
    await until(() => parts(good).live() === '440', 'neighbour counted');
  });

  it('names bad data: a NaN value, an unknown unit, an honour with no number, invalid JSON data', async () => {
    const honour = fixtureDataset().figures.find((f) => f.id === 'ip-park-honour')!;
    const broken = { ...fixtureDataset().figures[0]!, value: Number.NaN } as Figure;
    const badData = fixtureDataset() as unknown as { figures: { value: unknown }[] };
    badData.figures[0]!.value = '440亿';
    const container = mount(`
      <report-counter id="nan" value="lots" unit="亿元"></report-counter>
      <report-counter id="unit" value="3" unit="furlongs"></report-counter>
      <report-counter id="honour"></report-counter>
      <report-counter id="broken"></report-counter>
      <report-counter id="data" metric="gdp-2019"></report-counter>
      <report-counter id="empty"></report-counter>`);
    const get = (id: string) => container.querySelector<ReportCounter>(`#${id}`)!;
    get('honour').figure = honour;
    get('broken').figure = broken;
    get('data').data = badData;
    await Promise.all([...container.querySelectorAll('report-counter')].map(updated));
    const message = (id: string) => parts(get(id)).error()?.textContent ?? '';
    expect(message('nan')).toContain('value="lots"');
    expect(message('unit')).toContain('unit="furlongs"');
    expect(message('honour')).toContain('ip-park-honour');
    expect(message('broken')).toContain('figure property.value: expected a number, got NaN');
    expect(message('data')).toContain('figures[0].value: expected a number, got "440亿"');
    expect(message('empty')).toContain('metric');
    expect(message('nan')).not.toContain('NaN亿元');
  });

  it('holds a busy placeholder of about its final height while the dataset loads', async () => {
    let release: (() => void) | undefined;
    const realFetch = window.fetch;
    const url = jsonUrl(fixtureDataset());
    window.fetch = (input, init) =>
      new Promise<Response>((resolve, reject) => {
        release = () => void realFetch(input, init).then(resolve, reject);
      });
    try {
      const container = mount(
        `<report-counter src="${url}" metric="gdp-2019" motion="reduce"></report-counter>`,
      );
      const counter = container.querySelector('report-counter')!;
      await updated(counter);
      const busy = counter.shadowRoot!.querySelector('[aria-busy="true"]');
      expect(busy).not.toBeNull();
      const loadingHeight = counter.getBoundingClientRect().height;
      release!();
      await until(() => parts(counter).live() === '440', 'loaded');
      const finalHeight = counter.getBoundingClientRect().height;
      expect(Math.abs(finalHeight - loadingHeight)).toBeLessThan(finalHeight * 0.15);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows a footnote with the report sentence and the figure marked in it', async () => {
    const counter = await counterOn(
      '<report-counter metric="gdp-2019" footnote motion="reduce"></report-counter>',
      {
        data: fixtureDataset(),
      },
    );
    const footnote = counter.shadowRoot!.querySelector('[part~="footnote"]')!;
    expect(footnote.textContent).toContain('预计完成地区生产总值440亿元，同比增长6.5%');
    expect(footnote.querySelector('mark')!.textContent).toBe('440亿元');
  });
});

describe('<report-counter> cleanup and export', () => {
  it('leaves no frame, observer or listener behind when removed mid-count', async () => {
    probe = installProbe();
    const container = mount(
      '<report-counter metric="gdp-2019" duration="5000" replay></report-counter>',
    );
    const counter = container.querySelector('report-counter')!;
    counter.data = fixtureDataset();
    await until(() => counter.counting && probe!.pendingFrames() > 0, 'counting');
    expect(probe.activeObservers()).toBe(1);
    expect(probe.mediaListeners()).toBe(1);
    counter.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(probe.pendingFrames()).toBe(0);
    expect(probe.activeObservers()).toBe(0);
    expect(probe.mediaListeners()).toBe(0);
    const ran = probe.framesRun();
    await new Promise((r) => setTimeout(r, 100));
    expect(probe.framesRun()).toBe(ran);
  });

  it('exports its final state as a standalone SVG with markup in labels escaped', async () => {
    const counter = await counterOn(
      `<report-counter start="manual" value="440" unit="亿元" change="6.5"></report-counter>`,
      { label: '<script>alert("x")</script> & GDP' },
    );
    const svg = await counter.toSVG();
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; GDP');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const text = doc.documentElement.textContent;
    expect(text).toContain('440'); // the final value even though the count never started
    expect(text).toContain('亿元');
    expect(text).toContain('+6.5%');
    expect(doc.documentElement.getAttribute('font-family')).toContain('Noto Sans CJK SC');
    counter.locale = 'en';
    await updated(counter);
    const en = new DOMParser().parseFromString(await counter.toSVG(), 'image/svg+xml');
    expect(en.documentElement.textContent).toContain('billion yuan');
    expect(en.documentElement.getAttribute('lang')).toBe('en');
  });
});
