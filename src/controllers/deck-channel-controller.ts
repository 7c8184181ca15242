import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a deck and its speaker view tell each other. */
export interface DeckSync {
  /** The slide shown. */
  readonly index: number;
  /** Whether the audience's screen is blanked. */
  readonly blank: boolean;
  /**
   * When this state was made (ms since the epoch). A window adopts a state only when it is newer
   * than its own, so an answer that crossed a newer move on the way is ignored.
   */
  readonly at: number;
}

interface DeckMessage extends Partial<DeckSync> {
  readonly protocol: typeof PROTOCOL;
  readonly channel: string;
  readonly kind: 'hello' | 'state';
}

const PROTOCOL = 'report-deck/1';

/** How often a speaker view says hello, so a deck that reloads finds it again. */
const HELLO_EVERY_MS = 2000;

/** Whether this page's origin is opaque: opened from a folder (`file:`), or sandboxed. */
function opaqueOrigin(): boolean {
  return location.protocol === 'file:' || location.origin === 'null';
}

function isDeckMessage(data: unknown, channel: string): data is DeckMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m.protocol !== PROTOCOL || m.channel !== channel) return false;
  if (m.kind === 'hello') return true;
  return (
    m.kind === 'state' &&
    Number.isInteger(m.index) &&
    (m.index as number) >= 0 &&
    typeof m.blank === 'boolean' &&
    typeof m.at === 'number' &&
    Number.isFinite(m.at)
  );
}

export interface DeckChannelOptions {
  /** The channel's name: decks and speaker views with the same name stay in step. */
  readonly channel: () => string;
  /** Whether this end is a speaker view: it greets the deck now and every few seconds. */
  readonly speaker: () => boolean;
  /** The state this end shows now, sent in answer to a hello. */
  readonly state: () => DeckSync;
  /** Another window's state arrived (adopt it when newer than this end's). */
  readonly onState: (state: DeckSync) => void;
  /** A speaker view said hello. */
  readonly onSpeaker?: () => void;
}

/**
 * Keeps a deck and its speaker view (another window) in step, both ways.
 *
 * Two transports carry the same small, absolute, time-stamped messages (`{ index, blank, at }`),
 * so receiving one twice, or late, does no harm: a `BroadcastChannel` between windows of one origin, and
 * `postMessage` between the deck and the window it opened (or that opened it) — which also works
 * for a deck opened from a folder (`file://`), where origins are opaque. Messages are accepted only
 * from this origin (on `file://`: from windows this one opened or was opened by), and only in the
 * expected shape.
 */
export class DeckChannelController implements ReactiveController {
  private broadcast: BroadcastChannel | undefined;
  private readonly peers = new Set<Window>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private name = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DeckChannelOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.name = this.options.channel();
    if (typeof BroadcastChannel === 'function') {
      this.broadcast = new BroadcastChannel(this.name);
      this.broadcast.addEventListener('message', this.onBroadcast);
    }
    window.addEventListener('message', this.onWindowMessage);
    const opener = window.opener as Window | null;
    if (opener && opener !== window) this.peers.add(opener);
    if (this.options.speaker()) {
      this.post({ kind: 'hello' });
      this.timer = setInterval(() => this.post({ kind: 'hello' }), HELLO_EVERY_MS);
    }
  }

  hostDisconnected(): void {
    this.broadcast?.removeEventListener('message', this.onBroadcast);
    this.broadcast?.close();
    this.broadcast = undefined;
    window.removeEventListener('message', this.onWindowMessage);
    clearInterval(this.timer);
    this.timer = undefined;
    this.peers.clear();
  }

  /** Sends this end's state to every window listening. */
  send(): void {
    this.post({ kind: 'state', ...this.options.state() });
  }

  /**
   * Opens a speaker view at `url` in a new window and keeps it in step.
   * @returns false when the browser blocked the window
   */
  open(url: string): boolean {
    const win = window.open(url, `report-speaker-${this.name}`, 'popup,width=1280,height=800');
    if (!win) return false;
    this.peers.add(win);
    return true;
  }

  private post(body: Pick<DeckMessage, 'kind'> & Partial<DeckSync>): void {
    const message: DeckMessage = { protocol: PROTOCOL, channel: this.name, ...body };
    this.broadcast?.postMessage(message);
    // A page from a folder (or a sandbox) has an opaque origin that no target origin can name.
    const origin = opaqueOrigin() ? '*' : location.origin;
    for (const peer of this.peers) {
      if (peer.closed) this.peers.delete(peer);
      else peer.postMessage(message, origin);
    }
  }

  private onBroadcast = (event: MessageEvent): void => {
    this.receive(event.data);
  };

  private onWindowMessage = (event: MessageEvent): void => {
    const source = event.source as Window | null;
    if (!source || source === window) return;
    const known = this.peers.has(source);
    const sameOrigin = !opaqueOrigin() && event.origin === location.origin;
    const fromFolder =
      location.protocol === 'file:' && (event.origin === 'null' || event.origin === 'file://');
    if (!known && !sameOrigin && !fromFolder) return;
    if (!isDeckMessage(event.data, this.name)) return;
    // A speaker view found after this deck reloaded: answer it directly from now on.
    this.peers.add(source);
    this.receive(event.data);
  };

  private receive(data: unknown): void {
    if (!isDeckMessage(data, this.name)) return;
    if (data.kind === 'hello') {
      this.options.onSpeaker?.();
      this.send();
      return;
    }
    this.options.onState({ index: data.index ?? 0, blank: data.blank ?? false, at: data.at ?? 0 });
  }
}
