import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a key press asks a deck to do. */
export type DeckAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'blank'
  | 'escape'
  | 'fullscreen'
  | 'speaker'
  | { readonly go: number };

type Host = ReactiveControllerHost & HTMLElement;

/** Digits typed for a jump are forgotten after this long without Enter. */
const DIGITS_TIMEOUT_MS = 3000;

const KEYS: Readonly<Record<string, DeckAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'escape',
  f: 'fullscreen',
  F: 'fullscreen',
  s: 'speaker',
  S: 'speaker',
};

/** Keys that activate a focused button or link; a deck leaves them to it. */
const ACTIVATION = new Set([' ', 'Enter']);

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
const ACTIVATABLE = 'button, a[href], summary, [role="button"], [role="link"]';

/**
 * The keys of a presentation clicker and a keyboard, for a deck: → ↓ PageDown Space next,
 * ← ↑ PageUp (Shift+Space) back, Home, End, digits then Enter to jump, `b`/`.` blank, `f`
 * fullscreen, Esc, `s` speaker view.
 *
 * Keys count only while focus is inside the deck or the deck is the fullscreen element — never
 * the host page's keys. A key an element inside the deck has already handled (`preventDefault`),
 * typing in a field, an IME composition, and shortcuts with Ctrl, Alt or Meta are left alone.
 */
export class DeckKeysController implements ReactiveController {
  /** Digits typed so far for a jump (shown by the deck), or ''. */
  digits = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    private readonly onAction: (action: DeckAction) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown);
    this.clearDigits();
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    if (
      event.defaultPrevented ||
      event.isComposing ||
      event.ctrlKey ||
      event.altKey ||
      event.metaKey
    ) {
      return;
    }
    const path = event.composedPath();
    const inside = path.includes(this.host);
    if (!inside && document.fullscreenElement !== this.host) return;
    const target = path[0];
    if (target instanceof Element && target !== this.host) {
      if (target.closest(EDITABLE)) return;
      if (ACTIVATION.has(event.key) && target.closest(ACTIVATABLE)) return;
    }
    const action = this.actionFor(event);
    if (action === undefined) return;
    event.preventDefault();
    this.onAction(action);
  };

  private actionFor(event: KeyboardEvent): DeckAction | undefined {
    const { key } = event;
    if (/^[0-9]$/.test(key)) {
      this.setDigits((this.digits + key).slice(-4));
      return undefined;
    }
    if (key === 'Enter' && this.digits) {
      const go = Number(this.digits);
      this.clearDigits();
      return { go };
    }
    if (key === 'Backspace' && this.digits) {
      this.setDigits(this.digits.slice(0, -1));
      return undefined;
    }
    if (this.digits && key === 'Escape') {
      this.clearDigits();
      return undefined;
    }
    if (key === ' ' && event.shiftKey) return 'previous';
    return KEYS[key];
  }

  private setDigits(digits: string): void {
    clearTimeout(this.timer);
    this.digits = digits;
    if (digits) this.timer = setTimeout(() => this.clearDigits(), DIGITS_TIMEOUT_MS);
    this.host.requestUpdate();
  }

  private clearDigits(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.digits) return;
    this.digits = '';
    this.host.requestUpdate();
  }
}
