/**
 * Nothing is left behind. Each element is connected and disconnected 200 times — 20 instances,
 * each put on the page and taken off it 10 times, every time in the middle of what it does (a
 * count, a fill, a load, a reveal, a scroll reading, a speaker view's clock) — and then:
 *
 * - no animation frame, timeout, interval, observer, global listener or broadcast channel it
 *   created is still active (counted by wrapping the platform APIs), and
 * - once the instances are dropped, the JavaScript heap after a full garbage collection is back
 *   near where it started (read through the Chrome DevTools Protocol).
 *
 * Two deliberately leaky elements show that both measures catch a leak.
 */
import { LitElement } from 'lit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../src/all.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { cleanup, frames, jsonUrl, mount, updated } from './helpers.js';
import { trackResources, type ResourceTracker } from './resources.js';

const INSTANCES = 20;
const ROUNDS = 10;

/** How to make one working instance, and how to set it going once it is on the page. */
interface Subject {
  create(): HTMLElement;
  /** Starts what the element does over time (called right after it is connected). */
  stir?(element: HTMLElement): void;
}

let made = 0;
const dataset = fixtureDataset();
const DATASET_URL = jsonUrl(dataset);
const SLIDES = Array.from(
  { length: 3 },
  (_, i) =>
    `<section id="s${i}"><h2>第${i + 1}张</h2><div data-report-cite="gdp-2019"></div><aside data-report-notes><p>备注</p></aside></section>`,
).join('');
const STEPS = Array.from(
  { length: 4 },
  (_, i) => `<section id="step-${i}" style="height:200px"><p>第${i + 1}步</p></section>`,
).join('');

function fromMarkup(markup: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild as HTMLElement;
}

const SUBJECTS: Record<string, Subject> = {
  'report-counter': {
    // Every other one starts by code; the rest wait to come into view (an IntersectionObserver).
    create: () =>
      fromMarkup(
        `<report-counter value="440" unit="亿元" label="地区生产总值" duration="5000" start="${++made % 2 ? 'manual' : 'visible'}" style="margin-top:2000px"></report-counter>`,
      ),
    stir: (el) => {
      if (el.getAttribute('start') === 'manual') (el as HTMLElement & { start(): void }).start();
    },
  },
  'report-gauge': {
    create: () =>
      fromMarkup(
        `<report-gauge comparator="at-least" value="6.5" unit="%" label="增长" baseline="6.1" current="3" duration="5000"></report-gauge>`,
      ),
    stir: (el) => (el as HTMLElement & { start(): void }).start(),
  },
  'report-timeline': {
    create: () => {
      const el = fromMarkup('<report-timeline></report-timeline>');
      Object.assign(el, { events: dataset.events });
      return el;
    },
    stir: (el) => el.setAttribute('open', 'plenary-2020'),
  },
  'report-pillars': {
    create: () => {
      const el = fromMarkup('<report-pillars reveal="1"></report-pillars>');
      Object.assign(el, { programme: dataset.programme });
      return el;
    },
    stir: (el) => el.setAttribute('reveal', '4'),
  },
  'report-scroller': {
    create: () =>
      fromMarkup(`<report-scroller>${STEPS}<div slot="graphic">图</div></report-scroller>`),
    stir: () => window.scrollBy(0, 40),
  },
  'report-deck': {
    create: () =>
      fromMarkup(
        `<report-deck view="speaker" style="width:480px;height:270px" channel="leak-${Math.random()}">${SLIDES}</report-deck>`,
      ),
    stir: (el) => (el as HTMLElement & { next(): void }).next(),
  },
  'report-data': {
    // A load in flight when it is taken off the page (one URL: the loader keeps one dataset per URL).
    create: () =>
      fromMarkup(
        `<report-data src="${DATASET_URL}"><report-counter metric="gdp-2019"></report-counter></report-data>`,
      ),
  },
};

let tracker: ResourceTracker | undefined;

beforeAll(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  tracker?.restore();
  tracker = undefined;
  cleanup();
  clearDatasetCache();
  window.scrollTo(0, 0);
});

/** Waits with the page's own timer, so the wait itself is not counted. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => (tracker?.realSetTimeout ?? setTimeout)(resolve, ms));
}

/** Used JavaScript heap after a full garbage collection, in bytes. */
async function heap(): Promise<number> {
  const session = cdp();
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

/** Connects and disconnects every instance `rounds` times, disconnecting mid-way each time. */
async function churn(subject: Subject, instances: HTMLElement[], rounds: number): Promise<void> {
  const host = mount('', 800);
  for (let round = 0; round < rounds; round++) {
    for (const el of instances) host.append(el);
    await Promise.all(instances.map((el) => updated(el)));
    for (const el of instances) subject.stir?.(el);
    await frames(2);
    for (const el of instances) el.remove();
    await pause(0);
  }
  host.remove();
}

/**
 * The 200 instances of `remains()`, made and churned in a function of their own so that nothing
 * of them is left in the caller's frame; returns weak references to them.
 */
async function fresh(
  subject: Subject,
  keep?: (el: HTMLElement) => void,
): Promise<WeakRef<HTMLElement>[]> {
  const refs: WeakRef<HTMLElement>[] = [];
  for (let batch = 0; batch < ROUNDS; batch++) {
    const instances = Array.from({ length: INSTANCES }, () => subject.create());
    for (const el of instances) {
      refs.push(new WeakRef(el));
      keep?.(el);
    }
    await churn(subject, instances, 1);
  }
  return refs;
}

/** What is left of 200 instances once they are gone: survivors, and heap growth in bytes. */
interface Remains {
  /** Instances not garbage-collected: something still holds them. */
  readonly survivors: number;
  readonly growth: number;
}

/**
 * Connects and disconnects 200 fresh instances once each (in batches of 20, mid-way each time),
 * drops them, collects garbage, and reports what remains — after a first batch has warmed up
 * modules, styles and template caches. `keep` receives every instance: a test can hold on to them
 * to show what a leak looks like.
 */
async function remains(subject: Subject, keep?: (el: HTMLElement) => void): Promise<Remains> {
  await churn(
    subject,
    Array.from({ length: INSTANCES }, () => subject.create()),
    2,
  );
  await pause(50);
  const before = await heap();
  const refs = await fresh(subject, keep);
  await pause(300);
  const growth = (await heap()) - before;
  return { survivors: refs.filter((ref) => ref.deref()).length, growth };
}

/** Heap growth allowed after 200 cycles: a few bytes per cycle of allocator noise. */
const HEAP_SLACK = 256 * 1024;

describe.each(Object.entries(SUBJECTS))(
  '<%s>, connected and disconnected 200 times',
  (_, subject) => {
    it('leaves no frame, timer, observer, listener or channel running', async () => {
      // Warm up outside the count: module-level, once-per-page setup is not a leak.
      await churn(subject, [subject.create()], 1);
      await pause(20);
      tracker = trackResources();
      const instances = Array.from({ length: INSTANCES }, () => subject.create());
      await churn(subject, instances, ROUNDS);
      // Loads finish, timers of loads settle, one-frame tails run out.
      await pause(300);
      await frames(2);
      expect(tracker.live()).toEqual([]);
    });

    it('lets the heap return near its baseline once the instances are gone', async () => {
      const { survivors, growth } = await remains(subject);
      expect(survivors, 'instances still alive').toBe(0);
      expect(growth, `heap growth in bytes`).toBeLessThan(HEAP_SLACK);
    });
  },
);

/** An element that forgets to clean up: the counts must notice. */
class LeakyElement extends LitElement {
  private readonly onResize = () => this.requestUpdate();
  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.onResize);
    setInterval(() => undefined, 1000);
    new ResizeObserver(() => undefined).observe(this);
    requestAnimationFrame(() => undefined);
  }
}
customElements.define('test-leaky', LeakyElement);

describe('the leak detectors', () => {
  it('see the listener, interval and observer an element forgot', async () => {
    tracker = trackResources();
    const leaky = document.createElement('test-leaky');
    await churn({ create: () => leaky }, [leaky], 3);
    const live = tracker.live();
    expect(live.filter((l) => l === 'ResizeObserver')).toHaveLength(3);
    expect(live.filter((l) => l === 'interval 1000ms')).toHaveLength(3);
    // The same listener added three times is one listener.
    expect(live.filter((l) => l === 'listener Window resize')).toHaveLength(1);
  });

  it('see the heap grow when every counter is kept alive after removal', async () => {
    const kept: HTMLElement[] = [];
    const { survivors, growth } = await remains(SUBJECTS['report-counter']!, (el) => kept.push(el));
    expect(kept).toHaveLength(INSTANCES * ROUNDS);
    expect(survivors).toBe(INSTANCES * ROUNDS);
    expect(growth).toBeGreaterThan(HEAP_SLACK);
    kept.length = 0;
  });
});
