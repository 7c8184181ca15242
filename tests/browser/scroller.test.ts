import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../components/scroller/define.js';
import type { ReportScroller, StepEventDetail } from '../../components/scroller/scroller.js';
import { ContextConsumer } from '@lit/context';
import { LitElement, html } from 'lit';
import { stepContext, type StepState } from '../../src/controllers/step-context.js';
import { StepController } from '../../src/controllers/step-controller.js';
import { cleanup, frames, mount, until, updated } from './helpers.js';

const STEPS = 6;
const VIEWPORT = { width: 800, height: 600 };

/** A story with fixed geometry: 300 px steps, 200 px apart, after 400 px of lead. */
function markup(count = STEPS, attributes = ''): string {
  const steps = Array.from(
    { length: count },
    (_, i) => `<section id="step-${i}" style="height:300px"><p>Step ${i + 1}</p></section>`,
  ).join('');
  return `
    <report-scroller ${attributes}
      style="--report-scroller-lead:400px;--report-scroller-gap:200px;--report-scroller-tail:600px">
      ${steps}
      <div slot="graphic" data-report-for="step-0 step-1">A</div>
      <div slot="graphic" data-report-for="2">B</div>
      <div slot="graphic">always</div>
    </report-scroller>`;
}

function story(count = STEPS, attributes = ''): ReportScroller {
  return mount(markup(count, attributes)).querySelector('report-scroller')!;
}

/** The step whose top edge is the last to have reached the trigger line, measured here. */
function expectedIndex(scroller: ReportScroller, fraction = 0.5): number {
  const line = window.innerHeight * fraction;
  let index = -1;
  scroller.steps.forEach((step, i) => {
    if (step.getBoundingClientRect().top <= line) index = i;
  });
  return index;
}

function scrollToY(y: number): void {
  window.scrollTo({ top: y, behavior: 'instant' });
}

/** Waits until the scroller has read the geometry after a scroll. */
async function settle(scroller: ReportScroller): Promise<void> {
  await frames(3);
  await until(() => scroller.step.index === expectedIndex(scroller), 'active step settles', 2000);
}

function record(scroller: ReportScroller) {
  const log: { type: string; detail: StepEventDetail }[] = [];
  for (const type of ['report-step-enter', 'report-step-exit'] as const) {
    scroller.addEventListener(type, (e) => log.push({ type, detail: e.detail }));
  }
  return log;
}

beforeEach(async () => {
  await page.viewport(VIEWPORT.width, VIEWPORT.height);
  scrollToY(0);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  history.replaceState(null, '', location.pathname + location.search);
  scrollToY(0);
});

describe('<report-scroller>', () => {
  it('marks each step with its index and starts before the first step without firing events', async () => {
    const scroller = story();
    const log = record(scroller);
    await updated(scroller);
    await frames(3);
    expect(scroller.steps.map((s) => s.dataset.reportStep)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(scroller.step).toMatchObject({ index: -1, count: STEPS, progress: 0 });
    expect(log).toEqual([]);
  });

  it('activates every step in order scrolling down, and again in reverse scrolling up', async () => {
    const scroller = story();
    await updated(scroller);
    await frames(3);
    const log = record(scroller);
    const bottom = document.documentElement.scrollHeight - window.innerHeight;
    for (let y = 0; y <= bottom; y += 60) {
      scrollToY(y);
      await settle(scroller);
    }
    const down = log.splice(0);
    expect(down.filter((e) => e.type === 'report-step-enter').map((e) => e.detail.index)).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    expect(down.every((e) => e.detail.direction === 'forward')).toBe(true);
    expect(scroller.step.index).toBe(5);

    for (let y = bottom; y >= 0; y -= 60) {
      scrollToY(y);
      await settle(scroller);
    }
    scrollToY(0);
    await settle(scroller);
    const up = log.splice(0);
    expect(up.filter((e) => e.type === 'report-step-enter').map((e) => e.detail.index)).toEqual([
      4, 3, 2, 1, 0,
    ]);
    expect(up.filter((e) => e.type === 'report-step-exit').map((e) => e.detail.index)).toEqual([
      5, 4, 3, 2, 1, 0,
    ]);
    expect(up.every((e) => e.detail.direction === 'backward')).toBe(true);
    expect(scroller.step.index).toBe(-1);
  });

  it('lands on the right step after a fling that jumps over several steps', async () => {
    const scroller = story();
    await updated(scroller);
    await frames(3);
    const log = record(scroller);
    const target = scroller.steps[4]!;
    scrollToY(target.getBoundingClientRect().top + window.scrollY - 250);
    await settle(scroller);
    expect(scroller.step.index).toBe(4);
    expect(scroller.step.id).toBe('step-4');
    expect(log.map((e) => `${e.type}:${e.detail.index}`)).toEqual(['report-step-enter:4']);
    expect(target.hasAttribute('data-report-current')).toBe(true);
  });

  it('adopts the step at the trigger line on connection (as after a reload mid-page), silently', async () => {
    const first = story();
    await updated(first);
    const target = first.steps[3]!;
    scrollToY(target.getBoundingClientRect().top + window.scrollY - 200);
    // A new page load: a fresh scroller over the same steps, the window already scrolled.
    const template = document.createElement('template');
    template.innerHTML = markup();
    const again = template.content.querySelector('report-scroller')!;
    const log = record(again);
    first.replaceWith(again);
    await updated(again);
    await frames(4);
    expect(again.step.index).toBe(3);
    expect(log).toEqual([]);
  });

  it('returns to the place the reader left when the page is reloaded, rather than to the deep link', async () => {
    history.replaceState(null, '', '#step-1');
    const first = story(STEPS, 'motion="reduce"');
    await updated(first);
    first.scrollToStep(4);
    await until(() => first.step.index === 4, 'at step 4');
    await frames(2);
    const key = 'report-scroller:' + location.pathname + location.search + ':0';
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const saved = JSON.parse(sessionStorage.getItem(key)!) as { index: number; progress: number };
    expect(saved.index).toBe(4);
    cleanup();
    scrollToY(0);
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      { type: 'reload' } as PerformanceNavigationTiming,
    ]);
    const again = story();
    await updated(again);
    await until(() => again.step.index === 4, 'back at step 4');
    expect(again.step.progress).toBeCloseTo(saved.progress, 2);
    sessionStorage.removeItem(key);
  });

  it('follows a deep link to a step id, and an in-page link after load', async () => {
    history.replaceState(null, '', '#step-4');
    const scroller = story();
    await updated(scroller);
    await until(() => scroller.step.index === 4, 'deep link lands on step 4');
    const box = scroller.steps[4]!.getBoundingClientRect();
    expect(box.top).toBeLessThanOrEqual(window.innerHeight / 2);
    expect(box.bottom).toBeGreaterThan(window.innerHeight / 2);

    location.hash = '#step-1';
    await until(() => scroller.step.index === 1, 'hash change lands on step 1');
  });

  it('re-reads the trigger line when the viewport is resized', async () => {
    const scroller = story();
    await updated(scroller);
    const step2 = scroller.steps[2]!;
    // Step 2's top 20 px above the middle of a 600 px viewport …
    scrollToY(step2.getBoundingClientRect().top + window.scrollY - 280);
    await settle(scroller);
    expect(scroller.step.index).toBe(2);
    // … is below the middle of a 400 px one: step 1 is at the line now.
    await page.viewport(VIEWPORT.width, 400);
    await until(() => scroller.step.index === expectedIndex(scroller), 'resize re-read');
    expect(scroller.step.index).toBe(1);
    await page.viewport(VIEWPORT.width, 1000);
    await until(() => scroller.step.index === expectedIndex(scroller), 'resize re-read');
    expect(scroller.step.index).toBe(2);
  });

  it('shows only the graphics that belong to the active step', async () => {
    const scroller = story();
    await updated(scroller);
    await frames(3);
    const [a, b, always] = [...scroller.querySelectorAll('[slot="graphic"]')] as HTMLElement[];
    const visible = () =>
      [a, b, always].filter((g) => g!.getClientRects().length > 0).map((g) => g!.textContent);
    expect(visible()).toEqual(['A', 'always']);
    scroller.scrollToStep(2);
    await until(() => scroller.step.index === 2, 'step 2 active');
    expect(visible()).toEqual(['B', 'always']);
    scroller.scrollToStep('step-5');
    await until(() => scroller.step.index === 5, 'step 5 active');
    expect(visible()).toEqual(['always']);
  });

  it('provides the active step to elements inside it through the step context', async () => {
    const seen: (StepState | undefined)[] = [];
    class StepProbe extends LitElement {
      constructor() {
        super();
        new ContextConsumer(this, {
          context: stepContext,
          subscribe: true,
          callback: (value) => seen.push(value),
        });
      }
      override render() {
        return html``;
      }
    }
    customElements.define('step-probe', StepProbe);
    const scroller = story();
    await updated(scroller);
    scroller.steps[2]!.append(document.createElement('step-probe'));
    scroller.scrollToStep(2);
    await until(() => seen.at(-1)?.index === 2, 'probe sees step 2');
    expect(seen.at(-1)).toMatchObject({ index: 2, id: 'step-2', count: STEPS });
    expect(seen.at(-1)!.progress).toBeGreaterThan(0);
  });

  it('re-renders the elements that follow it when the step changes, not at each move of its progress', async () => {
    let renders = 0;
    class StepFollower extends LitElement {
      readonly step = new StepController(this);
      override render() {
        renders += 1;
        return html`step ${this.step.state?.index ?? 'none'}`;
      }
    }
    customElements.define('step-follower', StepFollower);
    const scroller = story();
    await updated(scroller);
    const follower = new StepFollower();
    scroller.steps[1]!.append(follower);
    scroller.scrollToStep(1);
    await until(() => follower.step.state?.index === 1, 'follower sees step 1');
    await follower.updateComplete;
    const before = renders;
    // Through step 1 in small moves: the progress changes at each, the step does not.
    const top = scroller.steps[1]!.getBoundingClientRect().top + window.scrollY - 300;
    const progress: number[] = [];
    for (let y = 20; y <= 260; y += 40) {
      scrollToY(top + y);
      await frames(3);
      progress.push(follower.step.state?.progress ?? -1);
    }
    await follower.updateComplete;
    expect(follower.step.state?.index).toBe(1);
    expect(new Set(progress).size).toBeGreaterThan(3);
    expect(renders).toBe(before);
    scrollToY(scroller.steps[2]!.getBoundingClientRect().top + window.scrollY - 250);
    await until(() => follower.step.state?.index === 2, 'follower sees step 2');
    await follower.updateComplete;
    expect(renders).toBe(before + 1);
    expect(follower.shadowRoot!.textContent).toContain('step 2');
  });

  it('lets a keyboard user Tab to each step, which then scrolls to the trigger line', async () => {
    const scroller = story(STEPS, 'motion="reduce"');
    await updated(scroller);
    await frames(2);
    expect(scroller.steps.every((s) => s.tabIndex === 0)).toBe(true);
    for (let i = 0; i < 3; i++) {
      await userEvent.tab();
      expect(document.activeElement).toBe(scroller.steps[i]);
      await until(() => scroller.step.index === i, `step ${i} active after Tab`);
    }
  });

  it('does not overflow a 320 px viewport horizontally', async () => {
    await page.viewport(320, 640);
    const scroller = story();
    await updated(scroller);
    scroller.steps[0]!.textContent = 'Averyveryverylongwordwithoutanybreakopportunity'.repeat(4);
    await frames(2);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('shows an error naming an unusable offset instead of throwing from scrollama', async () => {
    const scroller = story(3, 'offset="1.5"');
    await updated(scroller);
    const alert = scroller.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('offset "1.5" is not usable');
    scroller.offset = '120px';
    await updated(scroller);
    expect(scroller.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('names a step whose own data-offset is unusable', async () => {
    const scroller = story(3);
    await updated(scroller);
    const moved = document.createElement('section');
    moved.id = 'odd';
    moved.dataset.offset = 'abcpx';
    scroller.append(moved);
    await until(() => scroller.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    expect(scroller.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain(
      'step 4 (#odd): data-offset "abcpx" is not usable',
    );
    moved.remove();
    await until(() => !scroller.shadowRoot!.querySelector('[role="alert"]'), 'error cleared');
    scroller.scrollToStep(2);
    await until(() => scroller.step.index === 2, 'story works again');
  });

  it('observes steps added later, and releases the ones removed', async () => {
    const scroller = story(3);
    await updated(scroller);
    const removed = scroller.steps[0]!;
    removed.remove();
    const added = document.createElement('section');
    added.id = 'late';
    added.style.height = '300px';
    scroller.append(added);
    await until(() => scroller.steps.length === 3 && scroller.steps[2] === added, 'steps updated');
    expect(removed.hasAttribute('data-report-step')).toBe(false);
    expect(removed.hasAttribute('tabindex')).toBe(false);
    expect(added.dataset.reportStep).toBe('2');
    scroller.scrollToStep('late');
    await until(() => scroller.step.index === 2, 'late step active');
  });

  it('removes every listener and observer it added when it leaves the page', async () => {
    const listeners = new Map<string, number>();
    const targets = new Map<EventTarget, string>([
      [window, 'window'],
      [document, 'document'],
    ]);
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const key = (target: EventTarget, type: string) => `${targets.get(target)}:${type}`;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type, ...rest) {
      if (targets.has(this))
        listeners.set(key(this, type), (listeners.get(key(this, type)) ?? 0) + 1);
      add.call(this, type, ...rest);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type, ...rest) {
      if (targets.has(this))
        listeners.set(key(this, type), (listeners.get(key(this, type)) ?? 0) - 1);
      remove.call(this, type, ...rest);
    };
    const NativeIO = window.IntersectionObserver;
    const live = new Set<IntersectionObserver>();
    window.IntersectionObserver = class extends NativeIO {
      constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
        super(...args);
        live.add(this);
      }
      override disconnect() {
        live.delete(this);
        super.disconnect();
      }
    };
    try {
      const scroller = story();
      await updated(scroller);
      await frames(3);
      // Steps changing recreates scrollama: its document scroll listener must not pile up.
      scroller.append(Object.assign(document.createElement('section'), { id: 'extra' }));
      await until(() => scroller.steps.length === STEPS + 1, 'extra step');
      await frames(2);
      expect(listeners.get('document:scroll')).toBe(1);
      expect(live.size).toBeGreaterThan(0);
      cleanup();
      await frames(2);
      expect([...listeners].filter(([, n]) => n !== 0)).toEqual([]);
      expect(live.size).toBe(0);
    } finally {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      window.IntersectionObserver = NativeIO;
    }
  });
});
