import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../components/data/define.js';
import '../../components/deck/define.js';
import type { ReportDeck, SlideChangeDetail } from '../../components/deck/deck.js';
import type { ReportData } from '../../components/data/data.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { cleanup, frames, mount, until, updated } from './helpers.js';

const SLIDES = 5;

function slides(count = SLIDES): string {
  return Array.from({ length: count }, (_, i) => {
    const id = i === 2 ? '' : ` id="s${i}"`;
    return `<section${id}>
      <h2>Slide ${i + 1}</h2>
      <p style="font-size:2em">Text ${i + 1}</p>
      ${i === 1 ? '<div data-report-cite="gdp-2019 rd-share-2019"></div>' : ''}
      <aside data-report-notes><p>Notes for ${i + 1}</p></aside>
    </section>`;
  }).join('');
}

function deck(attributes = '', style = 'width:800px;height:450px', count = SLIDES): ReportDeck {
  const channel = attributes.includes('channel=') ? '' : `channel="test-${Math.random()}"`;
  const container = mount(
    `<report-deck ${channel} ${attributes} style="${style}">${slides(count)}</report-deck>`,
  );
  return container.querySelector('report-deck')!;
}

/** The slide elements that are rendered (assigned to a slot), by their heading. */
function shown(element: ReportDeck): string[] {
  return element.slides
    .filter((slide) => slide.getClientRects().length > 0)
    .map((slide) => slide.querySelector('h2')!.textContent);
}

function changes(element: ReportDeck): SlideChangeDetail[] {
  const log: SlideChangeDetail[] = [];
  element.addEventListener('report-slide-change', (e) => log.push(e.detail));
  return log;
}

beforeEach(async () => {
  await page.viewport(1000, 700);
});

afterEach(() => {
  cleanup();
  clearDatasetCache();
  vi.restoreAllMocks();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<report-deck>', () => {
  it('shows one slide at a time, marks the slides, and starts at the first without an event', async () => {
    const element = deck();
    const log = changes(element);
    await updated(element);
    await frames(2);
    expect(shown(element)).toEqual(['Slide 1']);
    expect(element.slides.map((s) => s.dataset.reportStep)).toEqual(['0', '1', '2', '3', '4']);
    expect(element.slides[0]!.hasAttribute('data-report-current')).toBe(true);
    expect(element.step).toMatchObject({ index: 0, id: 's0', count: SLIDES, progress: 1 });
    expect(element.querySelector('aside')!.hidden).toBe(true);
    expect(element.getAttribute('role')).toBe('region');
    expect(element.tabIndex).toBe(0);
    expect(log).toEqual([]);
  });

  it.each([
    ['16:9', 800, 450, { width: 800, height: 450, left: 0, top: 0 }],
    ['4:3', 800, 600, { width: 800, height: 450, left: 0, top: 75 }],
    ['32:9', 1600, 450, { width: 800, height: 450, left: 400, top: 0 }],
  ])(
    'fits the 1920×1080 stage into a %s box, letterboxed, sized by layout not by a transform',
    async (_, width, height, expected) => {
      const element = deck('', `width:${width}px;height:${height}px`);
      await updated(element);
      await frames(2);
      const stage = element.shadowRoot!.querySelector('[part="stage"]')!;
      const outer = element.getBoundingClientRect();
      const box = stage.getBoundingClientRect();
      expect(box.width).toBeCloseTo(expected.width, 0);
      expect(box.height).toBeCloseTo(expected.height, 0);
      expect(box.left - outer.left).toBeCloseTo(expected.left, 0);
      expect(box.top - outer.top).toBeCloseTo(expected.top, 0);
      expect(getComputedStyle(stage).transform).toBe('none');
      // 1em on the stage is 32 of 1920 logical pixels; a 2em paragraph is 64 of them.
      expect(parseFloat(getComputedStyle(stage).fontSize)).toBeCloseTo(expected.width / 60, 2);
      const text = element.slides[0]!.querySelector('p')!;
      expect(parseFloat(getComputedStyle(text).fontSize)).toBeCloseTo(
        (expected.width / 1920) * 64,
        2,
      );
    },
  );

  it('takes a 16:9 shape of its width when the page gives it no height', async () => {
    const element = deck('', 'width:640px');
    await updated(element);
    expect(element.getBoundingClientRect().height).toBeCloseTo(360, 0);
  });

  it('walks the slides with the keys of a clicker and a keyboard while it has focus', async () => {
    const element = deck();
    await updated(element);
    const log = changes(element);
    element.focus();
    for (const key of ['{ArrowRight}', '{PageDown}', ' ', '{ArrowDown}'])
      await userEvent.keyboard(key);
    expect(element.index).toBe(4);
    await userEvent.keyboard('{ArrowRight}');
    expect(element.index).toBe(4);
    for (const key of ['{ArrowLeft}', '{PageUp}', '{ArrowUp}']) await userEvent.keyboard(key);
    expect(element.index).toBe(1);
    await userEvent.keyboard('{Shift>} {/Shift}');
    expect(element.index).toBe(0);
    await userEvent.keyboard('{End}');
    expect(element.index).toBe(4);
    await userEvent.keyboard('{Home}');
    expect(element.index).toBe(0);
    await updated(element);
    expect(shown(element)).toEqual(['Slide 1']);
    expect(log.map((d) => d.index)).toEqual([1, 2, 3, 4, 3, 2, 1, 0, 4, 0]);
    expect(log.every((d) => d.cause === 'keyboard')).toBe(true);
    expect(log[1]).toMatchObject({ index: 2, previous: 1, id: undefined });
  });

  it('jumps to a slide typed as a number then Enter, and says when there is no such slide', async () => {
    const element = deck('locale="zh-CN"');
    await updated(element);
    element.focus();
    await userEvent.keyboard('4');
    await updated(element);
    expect(element.shadowRoot!.querySelector('[part="jump"]')?.textContent).toBe('4');
    await userEvent.keyboard('{Enter}');
    expect(element.index).toBe(3);
    await userEvent.keyboard('9{Enter}');
    await updated(element);
    expect(element.index).toBe(3);
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain(
      '没有第 9 张幻灯片',
    );
  });

  it('never takes keys typed elsewhere on the page, or into a field on a slide', async () => {
    const element = deck();
    const outside = mount('<button>host page</button>').querySelector('button')!;
    element.slides[0]!.insertAdjacentHTML('beforeend', '<input aria-label="field">');
    await updated(element);
    outside.focus();
    await userEvent.keyboard('{ArrowRight}{PageDown} b');
    expect(element.index).toBe(0);
    expect(element.blank).toBe(false);
    element.querySelector('input')!.focus();
    await userEvent.keyboard('{ArrowRight} b');
    expect(element.index).toBe(0);
    expect(element.blank).toBe(false);
  });

  it('keeps the clicker keys while an element on a slide has focus and would use them, and leaves it the arrows it uses', async () => {
    const element = deck();
    await updated(element);
    // A greedy element: it claims every key it sees, as a widget with its own keys does.
    element.slides[0]!.insertAdjacentHTML('beforeend', '<button type="button">greedy</button>');
    const greedy = element.querySelector<HTMLButtonElement>('section button')!;
    const seen: string[] = [];
    greedy.addEventListener('keydown', (event) => {
      seen.push(event.key);
      event.preventDefault();
    });
    let clicks = 0;
    greedy.addEventListener('click', () => clicks++);
    greedy.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(element.index).toBe(0);
    expect(seen).toEqual(['ArrowRight']);
    await userEvent.keyboard('{End}');
    expect(element.index).toBe(4);
    await userEvent.keyboard('{Home}');
    expect(element.index).toBe(0);
    greedy.focus();
    await userEvent.keyboard(' ');
    expect(element.index).toBe(1);
    expect(clicks).toBe(0);
    expect(seen).toEqual(['ArrowRight']);
  });

  it('gives focus to the deck when a slide change takes the focused element away, so the keys keep working', async () => {
    const element = deck();
    const outside = mount('<button>host page</button>').querySelector('button')!;
    element.slides[0]!.insertAdjacentHTML('beforeend', '<button type="button">on slide 1</button>');
    await updated(element);
    element.querySelector<HTMLButtonElement>('section button')!.focus();
    await userEvent.keyboard('{PageDown}');
    await updated(element);
    expect(document.activeElement).toBe(element);
    for (let i = 0; i < 3; i++) await userEvent.keyboard('{PageDown}');
    expect(element.index).toBe(4);
    for (let i = 0; i < 4; i++) await userEvent.keyboard('{PageUp}');
    expect(element.index).toBe(0);
    // Focus the page gave elsewhere on purpose stays there, and so do the page's keys.
    outside.focus();
    await userEvent.keyboard('{PageDown}');
    expect(document.activeElement).toBe(outside);
    expect(element.index).toBe(0);
  });

  it('with keyboard="page" takes its keys wherever focus is, typing in a text field apart', async () => {
    const element = deck('keyboard="page"');
    const host = mount(
      '<button>elsewhere</button><input aria-label="search"><div contenteditable="true">notes</div>',
    );
    await updated(element);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{PageDown}');
    expect(element.index).toBe(1);
    host.querySelector('button')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(element.index).toBe(2);
    for (const field of host.querySelectorAll<HTMLElement>('input, [contenteditable]')) {
      field.focus();
      await userEvent.keyboard('{PageDown} b.{End}');
      expect(element.index).toBe(2);
      expect(element.blank).toBe(false);
    }
  });

  it("reads any other keyboard value as focus, never taking the page's keys", async () => {
    const element = deck('keyboard="everywhere"');
    const outside = mount('<button>host page</button>').querySelector('button')!;
    await updated(element);
    outside.focus();
    await userEvent.keyboard('{PageDown}');
    expect(element.index).toBe(0);
  });

  it('leaves Esc to the element on the slide when the deck has nothing to leave, and keeps the focus a blank screen hides', async () => {
    const element = deck();
    await updated(element);
    element.slides[0]!.insertAdjacentHTML('beforeend', '<button type="button">popup</button>');
    const button = element.querySelector<HTMLButtonElement>('section button')!;
    const escapes: boolean[] = [];
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') escapes.push(event.defaultPrevented);
    });
    button.focus();
    await userEvent.keyboard('{Escape}');
    expect(escapes).toEqual([false]);
    await userEvent.keyboard('b');
    expect(element.blank).toBe(true);
    await updated(element);
    // The blank screen hides the slide, and the deck keeps the focus its slide had.
    expect(document.activeElement).toBe(element);
    await userEvent.keyboard('{Escape}');
    expect(element.blank).toBe(false);
    expect(escapes).toEqual([false]);
  });

  it("enters fullscreen on F5, a clicker's start button, and never reloads the page", async () => {
    const element = deck();
    await updated(element);
    const request = vi.spyOn(element, 'requestFullscreen').mockResolvedValue(undefined);
    element.focus();
    const f5 = new KeyboardEvent('keydown', { key: 'F5', bubbles: true, cancelable: true });
    element.dispatchEvent(f5);
    expect(f5.defaultPrevented).toBe(true);
    expect(request).toHaveBeenCalledOnce();
    vi.spyOn(document, 'fullscreenElement', 'get').mockReturnValue(element);
    const exit = vi.spyOn(document, 'exitFullscreen').mockResolvedValue(undefined);
    element.dispatchEvent(new KeyboardEvent('keydown', { key: 'F5', bubbles: true }));
    expect(request).toHaveBeenCalledOnce();
    expect(exit).not.toHaveBeenCalled();
  });

  it('blanks the screen with b or . and shows it again with the same key or Esc', async () => {
    const element = deck();
    await updated(element);
    const blanks: boolean[] = [];
    element.addEventListener('report-deck-blank', (e) => blanks.push(e.detail.blank));
    element.focus();
    const cover = () => element.shadowRoot!.querySelector<HTMLElement>('[part="blank"]')!;
    await userEvent.keyboard('b');
    await updated(element);
    expect(cover().hidden).toBe(false);
    expect(cover().getBoundingClientRect().width).toBeCloseTo(800, 0);
    await userEvent.keyboard('.');
    await userEvent.keyboard('.');
    await userEvent.keyboard('{Escape}');
    await updated(element);
    expect(cover().hidden).toBe(true);
    expect(blanks).toEqual([true, false, true, false]);
  });

  it('takes the keys while it is the fullscreen element, and f asks for fullscreen', async () => {
    const element = deck();
    await updated(element);
    const request = vi.spyOn(element, 'requestFullscreen').mockResolvedValue(undefined);
    element.focus();
    await userEvent.keyboard('f');
    expect(request).toHaveBeenCalledOnce();
    vi.spyOn(document, 'fullscreenElement', 'get').mockReturnValue(element);
    element.blur();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
    expect(element.index).toBe(1);
  });

  it('follows the URL fragment both ways and starts where it points', async () => {
    history.replaceState(null, '', '#/3');
    const element = deck('hash');
    await updated(element);
    expect(element.index).toBe(2);
    const log = changes(element);
    element.focus();
    await userEvent.keyboard('{ArrowRight}');
    await updated(element);
    expect(location.hash).toBe('#s3');
    await userEvent.keyboard('{ArrowLeft}');
    await updated(element);
    expect(location.hash).toBe('#/3');
    location.hash = '#s1';
    await until(() => element.index === 1, 'hash change moves the deck');
    expect(log.at(-1)).toMatchObject({ index: 1, cause: 'hash' });
    // Following the fragment took focus from the deck to the page; the deck takes it back.
    expect(document.activeElement).toBe(element);
    location.hash = '#/5';
    await until(() => element.index === 4, 'numbered hash');
  });

  it('follows a #slide-id link even without hash, but leaves the URL alone', async () => {
    history.replaceState(null, '', '#s3');
    const element = deck();
    await updated(element);
    expect(element.index).toBe(3);
    element.focus();
    await userEvent.keyboard('{ArrowRight}');
    await updated(element);
    expect(location.hash).toBe('#s3');
  });

  it('provides the current slide to the elements on it', async () => {
    const element = deck();
    await updated(element);
    element.index = 3;
    await updated(element);
    expect(element.step).toMatchObject({ index: 3, id: 's3', direction: 'forward' });
    expect(shown(element)).toEqual(['Slide 4']);
  });

  it('keeps a speaker view in step both ways, with notes and the source sentence of each figure', async () => {
    const container = mount(`<report-data>
        <report-deck channel="pair" style="width:800px;height:450px">${slides()}</report-deck>
        <report-deck channel="pair" view="speaker" style="width:1000px;height:600px">${slides()}</report-deck>
      </report-data>`);
    (container.querySelector('report-data') as ReportData).data = fixtureDataset();
    const [audience, speaker] = [...container.querySelectorAll('report-deck')];
    await updated(audience!);
    await updated(speaker!);
    // The speaker view's code loads on first use (the deck says it is loading until then).
    await until(() => speaker!.shadowRoot!.querySelector('[part="notes"]'), 'speaker view loaded');
    const remote = changes(speaker!);
    audience!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await until(() => speaker!.index === 1, 'speaker follows the deck');
    expect(remote).toMatchObject([{ index: 1, cause: 'remote' }]);
    await updated(speaker!);
    expect(shown(speaker!)).toEqual(['Slide 2', 'Slide 3']);
    const notes = speaker!.shadowRoot!.querySelector('[part="notes"]')!;
    await until(() => notes.textContent.includes('440亿元'), 'sources quoted');
    expect(notes.textContent).toContain('Notes for 2');
    // The clock ticks re-render the view; the notes stay the same nodes (a selection survives).
    const paragraph = notes.querySelector('p');
    speaker!.requestUpdate();
    await updated(speaker!);
    expect(notes.querySelector('p')).toBe(paragraph);
    expect(notes.textContent).toContain('地区生产总值');
    expect(notes.textContent).toContain('全社会研发投入占比提高到2.28%');
    expect(speaker!.shadowRoot!.querySelector('[role="timer"]')!.textContent.trim()).toMatch(
      /^\d\d:\d\d$/,
    );

    speaker!.focus();
    await userEvent.keyboard('{End}');
    await until(() => audience!.index === 4, 'deck follows the speaker view');
    await userEvent.keyboard('b');
    await until(() => audience!.blank, 'blank follows');
  });

  it('quotes each report sentence once in the speaker notes, every figure of the slide marked in it', async () => {
    const container = mount(`<report-data>
        <report-deck view="speaker" locale="zh-CN" channel="alone-${Math.random()}" style="width:1000px;height:600px">
          <section><h2>Two figures, one sentence</h2>
            <div data-report-cite="gdp-2019 budget-revenue-2019 rd-share-2019 no-such-id"></div>
          </section>
        </report-deck>
      </report-data>`);
    (container.querySelector('report-data') as ReportData).data = fixtureDataset();
    const speaker = container.querySelector('report-deck')!;
    await until(() => speaker.shadowRoot!.querySelector('[part="notes"]'), 'speaker view loaded');
    const notes = speaker.shadowRoot!.querySelector('[part="notes"]')!;
    await until(() => notes.querySelectorAll('.sources li').length === 3, 'sources listed');
    const items = [...notes.querySelectorAll('.sources li')];
    expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual([
      '地区生产总值、一般公共预算收入',
      '全社会研发投入占比',
      'no-such-id',
    ]);
    expect([...items[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      '440亿元',
      '45亿元',
    ]);
    expect(items[2]!.textContent).toContain('数据集中没有这一项');
  });

  it('keeps in step over postMessage where BroadcastChannel is missing (a deck opened from a folder)', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const element = deck('channel="folder"');
    await updated(element);
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><title>speaker</title>';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const speakerWindow = frame.contentWindow as Window & typeof globalThis;
    const heard: unknown[] = [];
    speakerWindow.addEventListener('message', (e) => heard.push(e.data));
    const say = (message: object): void => {
      speakerWindow.eval(`parent.postMessage(${JSON.stringify(message)}, '*')`);
    };
    try {
      say({ protocol: 'report-deck/1', channel: 'report-deck:folder', kind: 'hello' });
      await until(() => heard.length > 0, 'deck answers the hello');
      expect(heard[0]).toMatchObject({ kind: 'state', index: 0, blank: false });
      say({
        protocol: 'report-deck/1',
        channel: 'report-deck:folder',
        kind: 'state',
        index: 3,
        blank: false,
        at: Date.now() + 1000,
      });
      await until(() => element.index === 3, 'deck follows the other window');
      say({
        protocol: 'report-deck/1',
        channel: 'other',
        kind: 'state',
        index: 1,
        blank: true,
        at: Date.now() + 2000,
      });
      await frames(3);
      expect(element.index).toBe(3);
    } finally {
      frame.remove();
      vi.unstubAllGlobals();
    }
  });

  it('keeps the screen awake while presenting, and lets go when hidden or removed', async () => {
    const released: number[] = [];
    let requests = 0;
    const sentinel = () => {
      const id = ++requests;
      const target = new EventTarget() as WakeLockSentinel;
      Object.assign(target, {
        released: false,
        type: 'screen',
        release: () => {
          released.push(id);
          return Promise.resolve();
        },
      });
      return target;
    };
    vi.spyOn(navigator, 'wakeLock', 'get').mockReturnValue({
      request: () => Promise.resolve(sentinel()),
    });
    const element = deck();
    await updated(element);
    expect(requests).toBe(0);
    vi.spyOn(document, 'fullscreenElement', 'get').mockReturnValue(element);
    document.dispatchEvent(new Event('fullscreenchange'));
    await until(() => requests === 1, 'wake lock taken when fullscreen');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(released).toEqual([1]);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => requests === 2, 'taken again when shown');
    cleanup();
    expect(released).toEqual([1, 2]);
  });

  it('opens the speaker view in a second window, and says so when pop-ups are blocked', async () => {
    const element = deck('hash locale="zh-CN"');
    await updated(element);
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    element.focus();
    await userEvent.keyboard('s');
    expect(open).toHaveBeenCalledOnce();
    const url = new URL(String(open.mock.calls[0]![0]));
    expect(url.searchParams.get('view')).toBe('speaker');
    expect(url.hash).toBe('#s0');
    await updated(element);
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain(
      '浏览器拦截了演讲者视图窗口',
    );
  });

  it('says so when it has no slides, and names an unusable view', async () => {
    const empty = deck('locale="zh-CN"', 'width:400px;height:225px', 0);
    await updated(empty);
    expect(empty.shadowRoot!.textContent).toContain('这个演示还没有幻灯片');
    const odd = deck('view="overview" locale="en"');
    await updated(odd);
    expect(odd.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain(
      'view="overview" is not usable',
    );
  });

  it('removes every listener, observer and timer it added when it leaves the page', async () => {
    const counts = new Map<string, number>();
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const tracked = (target: EventTarget) => target === window || target === document;
    const bump = (type: string, by: number) => counts.set(type, (counts.get(type) ?? 0) + by);
    EventTarget.prototype.addEventListener = function (this: EventTarget, type, ...rest) {
      if (tracked(this)) bump(type, 1);
      add.call(this, type, ...rest);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type, ...rest) {
      if (tracked(this)) bump(type, -1);
      remove.call(this, type, ...rest);
    };
    const closed = vi.spyOn(BroadcastChannel.prototype, 'close');
    const intervals = vi.spyOn(window, 'clearInterval');
    try {
      const container = mount(`<report-deck channel="c">${slides()}</report-deck>
        <report-deck channel="c" view="speaker">${slides()}</report-deck>`);
      await updated(container.querySelector('report-deck')!);
      // Each deck listens twice at the document: capturing (the clicker's keys) and bubbling.
      expect(counts.get('keydown')).toBe(4);
      cleanup();
      expect([...counts].filter(([, n]) => n !== 0)).toEqual([]);
      expect(closed).toHaveBeenCalledTimes(2);
      expect(intervals).toHaveBeenCalled();
    } finally {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    }
  });
});
