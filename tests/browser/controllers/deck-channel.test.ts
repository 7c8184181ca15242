/**
 * DeckChannelController: a deck and its speaker view kept in step over a BroadcastChannel and
 * window messages; only messages of the right shape and origin are taken; all released on disconnect.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DeckChannelController,
  type DeckChannelOptions,
  type DeckSync,
} from '../../../src/controllers/deck-channel-controller.js';
import { until } from '../helpers.js';
import { cleanupHosts, connect, makeHost, moveHost, trackLeaks } from './host.js';

const listeners: BroadcastChannel[] = [];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  cleanupHosts();
  for (const channel of listeners.splice(0)) channel.close();
  for (const frame of frames.splice(0)) frame.remove();
});

let made = 0;

/** A deck end on a fresh channel; records the states and speaker greetings it receives. */
function deckEnd(options: Partial<DeckChannelOptions> = {}) {
  const name = `test-deck-${++made}`;
  const received: DeckSync[] = [];
  let speakers = 0;
  let state: DeckSync = { index: 2, blank: false, at: 1000 };
  const { host, controller } = makeHost(
    (host) =>
      new DeckChannelController(host, {
        channel: () => name,
        speaker: () => false,
        state: () => state,
        onState: (s) => received.push(s),
        onSpeaker: () => speakers++,
        ...options,
      }),
  );
  return {
    host,
    channel: controller,
    name,
    received,
    speakers: () => speakers,
    setState: (next: DeckSync) => (state = next),
  };
}

/** Another window's end of the channel, as the test sees it: what arrives, and a way to send. */
function otherWindow(name: string) {
  const channel = new BroadcastChannel(name);
  listeners.push(channel);
  const heard: unknown[] = [];
  channel.addEventListener('message', (event) => heard.push(event.data));
  return { heard, send: (data: unknown) => channel.postMessage(data) };
}

const message = (channel: string, body: Record<string, unknown>) => ({
  protocol: 'report-deck/1',
  channel,
  ...body,
});

/** Lets a BroadcastChannel message cross. */
const crossing = () => new Promise((resolve) => setTimeout(resolve, 30));

/** A window message as one from `source` at `origin` would arrive. */
function windowMessage(data: unknown, source: MessageEventSource | null, origin = location.origin) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
}

const frames: HTMLIFrameElement[] = [];

/**
 * A real window of this origin (an iframe's) standing in for one this page opened: what is posted
 * to it is recorded; `close()` closes it.
 */
function fakeWindow() {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  frames.push(frame);
  const win = frame.contentWindow!;
  const posted: [unknown, string][] = [];
  Object.defineProperty(win, 'postMessage', {
    configurable: true,
    value: (data: unknown, origin: string) => posted.push([data, origin]),
  });
  return { win, posted, close: () => frame.remove() };
}

describe('DeckChannelController', () => {
  it('sends this end’s state, stamped, to the other windows of the channel', async () => {
    const deck = deckEnd();
    await connect(deck.host);
    const other = otherWindow(deck.name);
    deck.setState({ index: 4, blank: true, at: 1234 });
    deck.channel.send();
    await until(() => other.heard.length === 1, 'the state arrived');
    expect(other.heard).toEqual([
      message(deck.name, { kind: 'state', index: 4, blank: true, at: 1234 }),
    ]);
  });

  it('hands over a state from another window', async () => {
    const deck = deckEnd();
    await connect(deck.host);
    otherWindow(deck.name).send(
      message(deck.name, { kind: 'state', index: 3, blank: false, at: 99 }),
    );
    await until(() => deck.received.length === 1, 'the state received');
    expect(deck.received).toEqual([{ index: 3, blank: false, at: 99 }]);
  });

  it('ignores messages of another shape, protocol or channel', async () => {
    const deck = deckEnd();
    await connect(deck.host);
    const other = otherWindow(deck.name);
    const good = { kind: 'state', index: 1, blank: false, at: 5 };
    for (const bad of [
      'hello',
      null,
      { ...message(deck.name, good), protocol: 'report-deck/2' },
      message('another-deck', good),
      message(deck.name, { ...good, kind: 'goto' }),
      message(deck.name, { ...good, index: -1 }),
      message(deck.name, { ...good, index: 1.5 }),
      message(deck.name, { ...good, blank: 'no' }),
      message(deck.name, { ...good, at: Number.NaN }),
      message(deck.name, { ...good, at: '5' }),
    ]) {
      other.send(bad);
    }
    other.send(message(deck.name, { ...good, index: 7 }));
    await until(() => deck.received.length > 0, 'the one good message');
    await crossing();
    expect(deck.received).toEqual([{ index: 7, blank: false, at: 5 }]);
    expect(deck.speakers()).toBe(0);
  });

  it('as a speaker view, says hello on connecting and every two seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const speaker = deckEnd({ speaker: () => true });
    const other = otherWindow(speaker.name);
    await connect(speaker.host);
    vi.advanceTimersByTime(4000);
    await until(() => other.heard.length === 3, 'three greetings');
    expect(other.heard).toEqual(Array(3).fill(message(speaker.name, { kind: 'hello' })));
  });

  it('answers a speaker view’s hello with its state, and tells the deck a speaker is there', async () => {
    const deck = deckEnd();
    await connect(deck.host);
    const other = otherWindow(deck.name);
    other.send(message(deck.name, { kind: 'hello' }));
    await until(() => other.heard.length === 1, 'an answer');
    expect(deck.speakers()).toBe(1);
    expect(other.heard).toEqual([
      message(deck.name, { kind: 'state', index: 2, blank: false, at: 1000 }),
    ]);
    expect(deck.received).toEqual([]);
  });

  it('opens a speaker view in a named popup and keeps it in step by postMessage', async () => {
    const deck = deckEnd();
    await connect(deck.host);
    const popup = fakeWindow();
    const open = vi.spyOn(window, 'open').mockReturnValue(popup.win);
    expect(deck.channel.open('deck.html?view=speaker')).toBe(true);
    expect(open).toHaveBeenCalledWith(
      'deck.html?view=speaker',
      `report-speaker-${deck.name}`,
      'popup,width=1280,height=800',
    );
    deck.channel.send();
    expect(popup.posted).toEqual([
      [message(deck.name, { kind: 'state', index: 2, blank: false, at: 1000 }), location.origin],
    ]);
    // Its messages are taken whatever their origin (it is a window this one opened).
    windowMessage(
      message(deck.name, { kind: 'state', index: 5, blank: true, at: 7 }),
      popup.win,
      'null',
    );
    expect(deck.received).toEqual([{ index: 5, blank: true, at: 7 }]);
    // Once closed, nothing more is posted to it.
    popup.close();
    deck.channel.send();
    expect(popup.posted).toHaveLength(1);
  });

  it('says false when the browser blocks the popup', async () => {
    const deck = deckEnd();
    await connect(deck.host);
    vi.spyOn(window, 'open').mockReturnValue(null);
    expect(deck.channel.open('deck.html?view=speaker')).toBe(false);
  });

  it('takes window messages from its own origin, answers their window directly from then on', async () => {
    const deck = deckEnd();
    await connect(deck.host);
    const stranger = fakeWindow();
    windowMessage(
      message(deck.name, { kind: 'state', index: 1, blank: false, at: 1 }),
      stranger.win,
      'https://evil.example',
    );
    windowMessage(message(deck.name, { kind: 'state', index: 1, blank: false, at: 1 }), null);
    windowMessage(message(deck.name, { kind: 'state', index: 1, blank: false, at: 1 }), window);
    expect(deck.received).toEqual([]);
    const reloaded = fakeWindow();
    windowMessage(message(deck.name, { kind: 'hello' }), reloaded.win);
    expect(deck.speakers()).toBe(1);
    // The hello is answered to that window directly.
    expect(reloaded.posted.map(([data]) => data)).toEqual([
      message(deck.name, { kind: 'state', index: 2, blank: false, at: 1000 }),
    ]);
    expect(stranger.posted).toEqual([]);
  });

  it('works by window messages alone where BroadcastChannel is missing', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const deck = deckEnd();
    await connect(deck.host);
    const popup = fakeWindow();
    vi.spyOn(window, 'open').mockReturnValue(popup.win);
    deck.channel.open('deck.html?view=speaker');
    expect(() => deck.channel.send()).not.toThrow();
    expect(popup.posted).toHaveLength(1);
    windowMessage(message(deck.name, { kind: 'state', index: 6, blank: false, at: 3 }), popup.win);
    expect(deck.received).toEqual([{ index: 6, blank: false, at: 3 }]);
  });

  it('closes its channel, stops its greetings and forgets its windows on disconnect', async () => {
    const tracker = trackLeaks();
    const speaker = deckEnd({ speaker: () => true });
    await connect(speaker.host);
    expect(tracker.live()).toEqual([
      `BroadcastChannel ${speaker.name}`,
      'interval 2000ms',
      'listener CountingChannel message',
      'listener Window message',
    ]);
    const popup = fakeWindow();
    vi.spyOn(window, 'open').mockReturnValue(popup.win);
    speaker.channel.open('deck.html?view=speaker');
    speaker.host.remove();
    expect(tracker.live()).toEqual([]);
    // Nothing it hears any more, nothing it sends.
    const other = otherWindow(speaker.name);
    other.send(message(speaker.name, { kind: 'state', index: 1, blank: false, at: 1 }));
    windowMessage(
      message(speaker.name, { kind: 'state', index: 1, blank: false, at: 1 }),
      popup.win,
    );
    speaker.channel.send();
    await crossing();
    expect(speaker.received).toEqual([]);
    expect(popup.posted).toEqual([]);
    expect(other.heard).toEqual([]);
  });

  it('after a reconnect or a move, holds one channel and hears each message once', async () => {
    const tracker = trackLeaks();
    const deck = deckEnd();
    await connect(deck.host);
    deck.host.remove();
    await connect(deck.host);
    const elsewhere = moveHost(deck.host);
    expect(tracker.live().filter((line) => line.startsWith('BroadcastChannel'))).toHaveLength(1);
    otherWindow(deck.name).send(
      message(deck.name, { kind: 'state', index: 1, blank: false, at: 1 }),
    );
    await until(() => deck.received.length > 0, 'the state');
    await crossing();
    expect(deck.received).toHaveLength(1);
    elsewhere.remove();
    for (const channel of listeners.splice(0)) channel.close();
    expect(tracker.live()).toEqual([]);
  });
});
