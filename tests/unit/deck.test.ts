import { afterEach, describe, expect, it, vi } from 'vitest';
import { clampIndex, formatElapsed, moveTo, speakerUrl } from '../../src/deck/slides.js';
import { SyncClock } from '../../src/deck/sync.js';

describe('clampIndex', () => {
  it('keeps an index on a slide, rounded', () => {
    expect(clampIndex(2.6, 5)).toBe(3);
    expect(clampIndex(-4, 5)).toBe(0);
    expect(clampIndex(9, 5)).toBe(4);
  });

  it('lands on 0 for NaN, infinities and an empty deck', () => {
    expect(clampIndex(Number.NaN, 5)).toBe(0);
    expect(clampIndex(Number.POSITIVE_INFINITY, 5)).toBe(0);
    expect(clampIndex(3, 0)).toBe(0);
  });
});

describe('moveTo', () => {
  it('says where each move lands, before clamping', () => {
    expect(moveTo('next', 2, 5)).toBe(3);
    expect(moveTo('previous', 2, 5)).toBe(1);
    expect(moveTo('first', 2, 5)).toBe(0);
    expect(moveTo('last', 2, 5)).toBe(4);
    expect(moveTo({ go: 5 }, 2, 5)).toBe(4);
  });

  it('leaves the actions that are not moves to the deck', () => {
    for (const action of ['blank', 'escape', 'fullscreen', 'present', 'speaker'] as const) {
      expect(moveTo(action, 2, 5)).toBeUndefined();
    }
  });
});

describe('formatElapsed', () => {
  it('shows minutes and seconds, and hours once there are any', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(754_000)).toBe('12:34');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('never shows a negative time', () => {
    expect(formatElapsed(-5000)).toBe('00:00');
  });
});

describe('speakerUrl', () => {
  it('asks for the speaker view and names the slide, keeping the rest of the query', () => {
    const url = new URL(speakerUrl('https://example.org/talk.html?lang=en#s1', '/3'));
    expect(url.pathname).toBe('/talk.html');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('view')).toBe('speaker');
    expect(url.hash).toBe('#/3');
  });
});

describe('SyncClock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('dates a deck from its connection and a speaker view from nothing', () => {
    vi.useFakeTimers({ now: 1000 });
    const deck = new SyncClock();
    deck.start(false);
    expect(deck.at).toBe(1000);
    const speaker = new SyncClock();
    speaker.start(true);
    expect(speaker.at).toBe(0);
    // The speaker view adopts the deck's state at once, however old.
    expect(speaker.adopt({ index: 2, blank: false, at: deck.at }, 2)).toBe(true);
  });

  it('tells the first state shown from a move and from no change', () => {
    vi.useFakeTimers({ now: 1000 });
    const clock = new SyncClock();
    clock.start(false);
    expect(clock.shown({ index: 0, blank: false })).toBe('first');
    expect(clock.shown({ index: 0, blank: false })).toBeUndefined();
    expect(clock.shown({ index: 1, blank: false })).toBe('moved');
    expect(clock.shown({ index: 1, blank: true })).toBe('moved');
  });

  it('makes each move newer than the last, even within one millisecond', () => {
    vi.useFakeTimers({ now: 1000 });
    const clock = new SyncClock();
    clock.start(false);
    clock.shown({ index: 0, blank: false });
    clock.shown({ index: 1, blank: false });
    const first = clock.at;
    clock.shown({ index: 2, blank: false });
    expect(clock.at).toBeGreaterThan(first);
  });

  it('ignores a state older than its own, and adopting one is not a move', () => {
    vi.useFakeTimers({ now: 5000 });
    const clock = new SyncClock();
    clock.start(false);
    clock.shown({ index: 0, blank: false });
    expect(clock.adopt({ index: 3, blank: false, at: 4000 }, 3)).toBe(false);
    expect(clock.adopt({ index: 3, blank: true, at: 6000 }, 3)).toBe(true);
    expect(clock.at).toBe(6000);
    expect(clock.shown({ index: 3, blank: true })).toBeUndefined();
  });
});
