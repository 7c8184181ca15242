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
  | 'present'
  | 'speaker'
  | { readonly go: number };

/**
 * Where a deck's keys count. `focus`: while focus is on the deck or anything inside it, or the
 * deck is fullscreen — a deck embedded in a host page never takes the page's keys. `page`: the deck
 * is the page (`deck.html`): wherever focus is, text fields apart.
 */
export type DeckKeyScope = 'focus' | 'page';

export const DECK_KEY_SCOPES: readonly DeckKeyScope[] = ['focus', 'page'];

type Host = ReactiveControllerHost & HTMLElement;

/** Digits typed for a jump are forgotten after this long without Enter. */
const DIGITS_TIMEOUT_MS = 3000;

/**
 * The keys presentation clickers send (Logitech R400/R500/Spotlight, Kensington, Targus and their
 * kind: PageDown/PageUp for forward and back, F5 and Shift+F5 to start the show, Esc to end it,
 * `b` or `.` to blank the screen) and the keys a presenter reaches for on a keyboard (Space,
 * Home, End). They belong to the deck even when an element on a slide would use them itself.
 */
const CLICKER_KEYS: Readonly<Record<string, DeckAction>> = {
  PageDown: 'next',
  ' ': 'next',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  F5: 'present',
  Escape: 'escape',
};

/** Keys an element on a slide may use first (a timeline's arrows between its events). */
const DECK_KEYS: Readonly<Record<string, DeckAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  f: 'fullscreen',
  F: 'fullscreen',
  s: 'speaker',
  S: 'speaker',
};

/** Where typing stays typing. */
const TEXT_FIELD =
  'input, textarea, select, [role="textbox"], [role="searchbox"], [role="combobox"], [role="spinbutton"]';

/** The element a key was pressed on, inside open shadow roots. */
function keyTarget(event: KeyboardEvent): Element | undefined {
  const target = event.composedPath()[0];
  return target instanceof Element ? target : undefined;
}

function isTextField(element: Element | undefined): boolean {
  if (!element) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return element.closest(TEXT_FIELD) !== null;
}

/**
 * The keys of a presentation clicker and a keyboard, for a deck: → ↓ PageDown Space next,
 * ← ↑ PageUp (Shift+Space) back, Home, End, digits then Enter to jump, `b`/`.` blank, `f` or F5
 * fullscreen (F5 only enters it), Esc, `s` speaker view.
 *
 * Where keys count is the deck's `scope` (see {@link DeckKeyScope}); a focused element inside the
 * deck always counts as the deck having focus. The clicker keys (PageDown, PageUp, Space, Home,
 * End, `b`, `.`, F5, and Esc while the deck has something to leave) are read before any element
 * on a slide sees them, so a timeline or a button that has focus can never swallow the
 * presenter's clicker. The other keys go to the focused element first: one that uses a key itself
 * (`preventDefault`) keeps it. Typing in a text field, an IME composition, and shortcuts with
 * Ctrl, Alt or Meta are always left alone.
 */
export class DeckKeysController implements ReactiveController {
  /** Digits typed so far for a jump (shown by the deck), or ''. */
  digits = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param onAction does what the key asks; returns false when it had nothing to do (Esc with
   *   nothing to leave), so the key goes on to the element that has focus.
   */
  constructor(
    private readonly host: Host,
    private readonly onAction: (action: DeckAction) => boolean,
    private readonly scope: () => DeckKeyScope = () => 'focus',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onClickerKey, { capture: true });
    document.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onClickerKey, { capture: true });
    document.removeEventListener('keydown', this.onKey);
    this.clearDigits();
  }

  /** Whether this key press is the deck's to read at all. */
  private owns(event: KeyboardEvent): boolean {
    if (
      event.defaultPrevented ||
      event.isComposing ||
      event.ctrlKey ||
      event.altKey ||
      event.metaKey
    ) {
      return false;
    }
    if (!this.host.isConnected || isTextField(keyTarget(event))) return false;
    return (
      this.scope() === 'page' ||
      document.fullscreenElement === this.host ||
      event.composedPath().includes(this.host)
    );
  }

  /** Capture phase: the clicker's keys, before any element on a slide can act on them. */
  private onClickerKey = (event: KeyboardEvent): void => {
    const { key } = event;
    const clicked = CLICKER_KEYS[key];
    if (clicked === undefined || !this.owns(event)) return;
    if (key === 'Escape' && this.digits) {
      this.clearDigits();
      this.claim(event);
      return;
    }
    const action = key === ' ' && event.shiftKey ? 'previous' : clicked;
    if (!this.onAction(action)) return;
    this.claim(event);
  };

  /** Bubble phase: the other keys, unless the focused element used them. */
  private onKey = (event: KeyboardEvent): void => {
    if (event.key in CLICKER_KEYS || !this.owns(event)) return;
    const action = this.actionFor(event);
    if (action === undefined) return;
    if (this.onAction(action)) event.preventDefault();
  };

  /** The key was the deck's: nothing else acts on it (no scrolling, no reload, no button press). */
  private claim(event: KeyboardEvent): void {
    event.preventDefault();
    event.stopPropagation();
  }

  private actionFor(event: KeyboardEvent): DeckAction | undefined {
    const { key } = event;
    if (/^[0-9]$/.test(key)) {
      this.setDigits((this.digits + key).slice(-4));
      event.preventDefault();
      return undefined;
    }
    if (key === 'Enter' && this.digits) {
      const go = Number(this.digits);
      this.clearDigits();
      return { go };
    }
    if (key === 'Backspace' && this.digits) {
      this.setDigits(this.digits.slice(0, -1));
      event.preventDefault();
      return undefined;
    }
    return DECK_KEYS[key];
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
