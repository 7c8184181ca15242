import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ChildrenController } from '../../src/controllers/children-controller.js';
import { ClockController } from '../../src/controllers/clock-controller.js';
import {
  DeckChannelController,
  type DeckSync,
} from '../../src/controllers/deck-channel-controller.js';
import {
  DECK_KEY_SCOPES,
  DeckKeysController,
  type DeckAction,
  type DeckKeyScope,
} from '../../src/controllers/deck-keys-controller.js';
import { DatasetController } from '../../src/controllers/dataset-controller.js';
import type { DatasetState } from '../../src/data/context.js';
import { FullscreenController } from '../../src/controllers/fullscreen-controller.js';
import { LazyModule } from '../../src/controllers/lazy-module.js';
import { HashController } from '../../src/controllers/hash-controller.js';
import { stepContext, type StepState } from '../../src/controllers/step-context.js';
import { WakeLockController } from '../../src/controllers/wake-lock-controller.js';
import type { SpeakerNotes } from '../../src/deck/notes.js';
import {
  arrangeSlides,
  clampIndex,
  formatElapsed,
  hashFor,
  moveTo,
  slideAnnouncement,
  slideFromHash,
  slideState,
  speakerUrl,
} from '../../src/deck/slides.js';
import { SyncClock } from '../../src/deck/sync.js';
import { ReportElement } from '../../src/element.js';
import { reportEvent } from '../../src/events/events.js';
import { choice } from '../../src/options/options.js';
import { CURRENT_ATTRIBUTE, stepId } from '../../src/story/markup.js';
import { shared, tokens } from '../../src/theme.js';
import { styles } from './deck.styles.js';
import { deckWords } from '../../src/i18n/deck.js';

/** What moved the deck to another slide. */
export type SlideChangeCause = 'keyboard' | 'pointer' | 'hash' | 'remote';

/** `detail` of `report-slide-change`. */
export interface SlideChangeDetail {
  /** The slide now shown (0-based). */
  readonly index: number;
  /** The slide shown before. */
  readonly previous: number;
  /** The slide's id (element id or `data-step-id`), when it has one. */
  readonly id: string | undefined;
  readonly element: HTMLElement;
  readonly cause: SlideChangeCause;
}

/** `detail` of `report-deck-blank`. */
export interface DeckBlankDetail {
  /** Whether the screen is blank now. */
  readonly blank: boolean;
  readonly cause: SlideChangeCause;
}

/** The deck's two faces: the audience's slides, or the presenter's speaker view. */
export type DeckView = 'slides' | 'speaker';

/**
 * A presenter's deck: each light-DOM child is a slide, shown on a 1920×1080 logical stage that is
 * scaled to fit any screen and letterboxed (16:9, 4:3 projectors, 32:9 LED walls). Sizes follow
 * the stage through container units, so text is laid out at the screen's own resolution — never a
 * scaled bitmap.
 *
 * Keys of a presentation clicker and a keyboard, while the deck or anything inside it has focus
 * or the deck is fullscreen (with `keyboard="page"`, wherever focus is on the page, text fields
 * apart): → ↓ PageDown Space next; ← ↑ PageUp back; Home, End; a number then Enter jumps; `b` or
 * `.` blanks the screen; `f` fullscreen (F5, a clicker's start button, enters it); Esc leaves the
 * blank screen or fullscreen; `s` opens the speaker view in a second window (current and next
 * slide, notes with the source sentence of every figure on the slide, elapsed time), kept in step
 * both ways. The clicker's keys (PageDown, PageUp, Space, Home, End, `b`, `.`, F5, Esc) always
 * belong to the deck, even while an element on a slide has focus; an element that uses an arrow
 * key itself (a timeline moving between its events) keeps it. When a slide change takes away the
 * element that had focus, focus goes to the deck, so the clicker keeps working.
 *
 * With `hash`, the URL fragment follows the slide (`#slide-id`, or `#/3` for an unnamed third
 * slide) and a reload returns to it; `#slide-id` links always work. The screen is kept awake while
 * the deck is fullscreen or has a speaker view. Elements on the slides learn the current slide
 * through the `report-story/step` context. Speaker notes are an `<aside data-report-notes>` in a
 * slide (hidden on the slide itself); figures are cited through the elements' `metric`, `goal`,
 * `highlight` attributes and `data-report-cite` lists.
 *
 * @summary The same steps as slides on a 1920×1080 stage, for a clicker, with a speaker view.
 * @tagname report-deck
 *
 * @slot - The slides: each child element is one slide.
 * @slot controls - Extra controls for the control bar (a language switch …).
 *
 * @csspart viewport - The box the stage is fitted into (letterboxed).
 * @csspart stage - The 1920×1080 logical stage; 1em is 32 logical pixels.
 * @csspart blank - The black screen shown by `b` or `.`.
 * @csspart jump - The slide number being typed.
 * @csspart controls - The control bar (shown on hover or focus).
 * @csspart control - Each control button.
 * @csspart counter - The slide counter.
 * @csspart speaker - The speaker view's layout.
 * @csspart notes - The speaker notes with their sources.
 * @csspart error - The message shown for an unusable configuration.
 *
 * @cssprop --report-deck-letterbox - Colour around the stage - #000
 * @cssprop --report-deck-stage - Background of the stage - the surface colour
 * @cssprop --report-deck-blank - Colour of the blanked screen - #000
 *
 * @fires report-slide-change - The reader moved to another slide (keys, controls, the URL, the other window). `detail: { index, previous, id, element, cause }`
 * @fires report-deck-blank - The screen was blanked or shown again. `detail: { blank, cause }`
 */
export class ReportDeck extends ReportElement {
  static override styles = [tokens, shared, styles];
  static override shadowRootOptions: ShadowRootInit = {
    ...ReportElement.shadowRootOptions,
    slotAssignment: 'manual',
  };

  /** The slide shown, counted from 0. */
  @property({ type: Number, attribute: 'index' }) index = 0;

  /** `slides` (the audience's view, default) or `speaker` (the presenter's). */
  @property({ attribute: 'view' }) view: DeckView = 'slides';

  /** Whether the URL fragment follows the slide (`#slide-id` or `#/3`) so a reload returns to it. */
  @property({ type: Boolean, attribute: 'hash' }) hash = false;

  /**
   * Where the deck's keys count: `focus` (default) while the deck or anything inside it has focus,
   * or it is fullscreen — it never takes a host page's keys; `page` wherever focus is on the page
   * (text fields apart), for a page whose content is the deck.
   */
  @property({ attribute: 'keyboard' }) keyboard: DeckKeyScope = 'focus';

  /** Whether the screen is blanked. */
  @property({ type: Boolean, reflect: true, attribute: 'blank' }) blank = false;

  /** The deck's accessible name (the talk's title); default: "slide deck" in its language. */
  @property({ attribute: 'label' }) label?: string;

  /** URL of the dataset whose source sentences the speaker notes quote; unset: the nearest `<report-data>`. */
  @property({ attribute: 'src' }) src?: string;

  /** Name that pairs a deck with its speaker view; default: the page's path. */
  @property({ attribute: 'channel' }) channel?: string;

  /** URL opened as the speaker view; default: this page with `view=speaker` in its query. */
  @property({ attribute: 'speaker-url' }) speakerUrl?: string;

  /** The slide elements, in order. */
  get slides(): readonly HTMLElement[] {
    return this.slideElements;
  }

  /** The current slide as the step context gives it to the elements on the slides. */
  get step(): StepState {
    return this.provider.value ?? this.stepState();
  }

  private slideElements: HTMLElement[] = [];
  private extraControls: HTMLElement[] = [];
  private readonly provider = new ContextProvider(this, { context: stepContext });
  private readonly datasets = new DatasetController(this, () => this.src);
  private readonly keys = new DeckKeysController(
    this,
    (action) => this.act(action),
    // Any other value reads as the safe scope: an embedded deck must not take the page's keys.
    () => choice(this.keyboard, DECK_KEY_SCOPES, 'focus'),
  );
  private readonly fullscreen = new FullscreenController(this);
  private readonly hashes = new HashController(this, (hash) => {
    const index = slideFromHash(this.slideElements, hash, this.hash);
    if (index === undefined) return;
    this.navigate(index, 'hash');
    // Following a fragment moves focus to its target, or to the page when the target (a slide)
    // cannot take it: the deck takes it, so the clicker keeps working.
    if (document.activeElement === document.body) this.focus({ preventScroll: true });
  });
  private readonly sync = new DeckChannelController(this, {
    channel: () => `report-deck:${this.channel ?? location.pathname}`,
    speaker: () => this.view === 'speaker',
    state: () => ({ index: this.index, blank: this.blank, at: this.clock.at }),
    onState: (state) => this.adoptRemote(state),
    onSpeaker: () => {
      if (this.speakerSeen) return;
      this.speakerSeen = true;
      this.requestUpdate();
    },
  });
  private readonly wakeLock = new WakeLockController(
    this,
    () => this.view === 'slides' && (this.fullscreen.active || this.speakerSeen),
  );
  private direction: 'forward' | 'backward' = 'forward';
  private hashRead = false;
  private speakerSeen = false;
  private notice = '';
  private startedAt = Date.now();
  private readonly clock = new SyncClock();
  private notes: SpeakerNotes | undefined;
  /** The speaker view's code (its layout, the notes), loaded when the deck first shows it. */
  private readonly speaker = new LazyModule(this, () => import('../../src/deck/speaker.js'));
  private notesFor: { slide?: HTMLElement | undefined; state?: DatasetState } = {};

  constructor() {
    super();
    new ChildrenController(this, (children) => this.setChildren(children));
    new ClockController(this, () => this.view === 'speaker');
  }

  /** Shows the next slide (no event: events report the reader's moves). */
  next(): void {
    this.index = this.clamp(this.index + 1);
  }

  /** Shows the previous slide. */
  previous(): void {
    this.index = this.clamp(this.index - 1);
  }

  /**
   * Opens the speaker view in a second window, kept in step with this deck.
   * @returns false when the browser blocked the window (the deck then says so)
   */
  openSpeakerView(): boolean {
    if (this.view === 'speaker') return false;
    const url =
      this.speakerUrl ?? speakerUrl(location.href, hashFor(this.slideElements, this.index));
    const opened = this.sync.open(url);
    this.notice = opened ? '' : deckWords(this.resolvedLocale).blocked;
    this.requestUpdate();
    return opened;
  }

  override connectedCallback(): void {
    this.clock.start(this.view === 'speaker');
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const count = this.slideElements.length;
    if (count > 0) this.index = this.clamp(this.index);
    const previous = this.provider.value;
    if (changed.has('index') && previous && this.index !== previous.index) {
      this.direction = this.index > previous.index ? 'forward' : 'backward';
    }
    const state = this.stepState();
    if (
      !previous ||
      previous.index !== state.index ||
      previous.count !== state.count ||
      previous.id !== state.id
    ) {
      this.provider.setValue(state);
    }
    this.setAttribute('aria-roledescription', deckWords(this.resolvedLocale).deck);
    this.setAttribute('aria-label', this.label ?? deckWords(this.resolvedLocale).deck);
    if (this.view === 'speaker') this.prepareNotes();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = this.slideElements[this.index];
    this.slideElements.forEach((slide) =>
      slide.toggleAttribute(CURRENT_ATTRIBUTE, slide === current),
    );
    // Slots are assigned by hand: the current slide, the next one (speaker view), extra controls.
    // A slide that leaves the stage, or a blanked screen, hides the element that had focus; focus
    // must not fall to the page's body, where an embedded deck's keys no longer reach it.
    const focused = this.slideElements.find((slide) => slide.matches(':focus-within'));
    const focusLeaving = focused !== undefined && (focused !== current || this.blank);
    const next = this.slideElements[this.index + 1];
    for (const slot of this.renderRoot.querySelectorAll('slot')) {
      if (slot.classList.contains('extra')) {
        slot.assign(...this.extraControls);
        continue;
      }
      const slide = slot.classList.contains('next') ? next : current;
      slot.assign(...(slide ? [slide] : []));
    }
    if (focusLeaving) this.focus({ preventScroll: true });
    if (this.slideElements.length > 0) {
      if (this.hash) this.hashes.replace(hashFor(this.slideElements, this.index));
      const shown = this.clock.shown({ index: this.index, blank: this.blank });
      // Where this window starts is not a move; a deck announces it (a speaker view asks instead).
      if (shown === 'moved' || (shown === 'first' && this.view === 'slides')) this.sync.send();
    }
    this.wakeLock.sync();
  }

  override render(): TemplateResult {
    // The attribute may say anything; only these two views exist.
    const view: string = this.view;
    if (view !== 'slides' && view !== 'speaker')
      return this.renderError(deckWords(this.resolvedLocale).view(view));
    return this.view === 'speaker' ? this.renderSpeaker() : this.renderSlides();
  }

  private renderSlides(): TemplateResult {
    const words = deckWords(this.resolvedLocale);
    const count = this.slideElements.length;
    const digits = this.keys.digits;
    return html`<div
      part="viewport"
      class="viewport audience ${this.reducedMotion ? 'still' : ''} ${this.blank ? 'is-blank' : ''}"
    >
      <div part="stage" class="stage">
        <slot class="current"></slot>
        ${count === 0 ? html`<p class="empty">${words.empty}</p>` : nothing}
      </div>
      <div part="blank" class="blank" ?hidden=${!this.blank}></div>
      ${digits ? html`<div part="jump" class="jump" aria-hidden="true">${digits}</div>` : nothing}
      <div part="controls" class="controls">
        ${this.renderNavigation()}
        ${
          this.fullscreen.available
            ? html`<button
                part="control"
                type="button"
                aria-pressed=${this.fullscreen.active ? 'true' : 'false'}
                @click=${() => void this.fullscreen.toggle()}
              >
                ${words.fullscreen}
              </button>`
            : nothing
        }
        <button part="control" type="button" @click=${() => this.openSpeakerView()}>
          ${words.speaker}
        </button>
        <slot class="extra"></slot>
      </div>
      <p class="visually-hidden" role="status">${this.announcement()}</p>
    </div>`;
  }

  private renderNavigation(): TemplateResult {
    const words = deckWords(this.resolvedLocale);
    const count = this.slideElements.length;
    return html`<button
        part="control"
        type="button"
        aria-label=${words.previous}
        ?disabled=${this.index <= 0}
        @click=${() => this.navigate(this.index - 1, 'pointer')}
      >
        ‹
      </button>
      <span part="counter" class="counter"
        >${count ? `${this.index + 1} / ${count}` : '0 / 0'}</span
      >
      <button
        part="control"
        type="button"
        aria-label=${words.next}
        ?disabled=${this.index >= count - 1}
        @click=${() => this.navigate(this.index + 1, 'pointer')}
      >
        ›
      </button>`;
  }

  private renderSpeaker(): TemplateResult {
    const speaker = this.speaker.get();
    if (speaker instanceof Error) return this.renderError(speaker);
    if (!speaker) return this.renderStatus(this.words.common.loading, true);
    return speaker.speakerView({
      locale: this.resolvedLocale,
      elapsed: formatElapsed(Date.now() - this.startedAt),
      navigation: this.renderNavigation(),
      blank: this.blank,
      still: this.reducedMotion,
      hasNext: this.index + 1 < this.slideElements.length,
      notes: this.notes ?? speaker.NO_NOTES,
      announcement: this.announcement(),
      onBlank: () => this.setBlank(!this.blank, 'pointer'),
      onRestartClock: () => {
        this.startedAt = Date.now();
        this.requestUpdate();
      },
    });
  }

  /** What a screen reader hears after a move: the slide number and its heading. */
  private announcement(): string {
    if (this.notice) return this.notice;
    if (this.blank) return deckWords(this.resolvedLocale).blanked;
    return slideAnnouncement(this.slideElements, this.index, this.resolvedLocale);
  }

  /**
   * Notes and the sources of the figures cited on the current slide, for the speaker view; made
   * again only when the slide or the dataset changes (not on every tick of the clock).
   */
  private prepareNotes(): void {
    // The dataset is asked for while the speaker view's code loads, not after it.
    const state = this.datasets.resolve();
    const speaker = this.speaker.get();
    if (!speaker || speaker instanceof Error) return;
    const slide = this.slideElements[this.index];
    if (slide === this.notesFor.slide && state === this.notesFor.state) return;
    this.notesFor = { slide, state };
    this.notes = speaker.speakerNotes(slide, state);
  }

  private setChildren(children: readonly Element[]): void {
    const { slides, controls } = arrangeSlides(children, this.slideElements);
    this.slideElements = slides;
    this.extraControls = controls;
    if (!this.hashRead && slides.length > 0) {
      this.hashRead = true;
      const fromHash = slideFromHash(slides, this.hashes.hash, this.hash);
      if (fromHash !== undefined) this.index = fromHash;
    }
    this.requestUpdate();
  }

  private stepState(): StepState {
    return slideState(this.slideElements, this.index, this.direction);
  }

  private clamp(index: number): number {
    return clampIndex(index, this.slideElements.length);
  }

  /** A move the reader made: changes the slide and says so with `report-slide-change`. */
  private navigate(index: number, cause: SlideChangeCause): void {
    const target = this.clamp(index);
    const element = this.slideElements[target];
    if (!element || target === this.index) return;
    const previous = this.index;
    this.index = target;
    this.notice = '';
    this.dispatchEvent(
      reportEvent<SlideChangeDetail>('report-slide-change', {
        index: target,
        previous,
        id: stepId(element),
        element,
        cause,
      }),
    );
  }

  private setBlank(blank: boolean, cause: SlideChangeCause): void {
    if (blank === this.blank) return;
    this.blank = blank;
    this.dispatchEvent(reportEvent<DeckBlankDetail>('report-deck-blank', { blank, cause }));
  }

  /** Does what a key asks; false when it had nothing to do (Esc with nothing to leave). */
  private act(action: DeckAction): boolean {
    if (typeof action === 'object' && (action.go < 1 || action.go > this.slideElements.length)) {
      this.notice = deckWords(this.resolvedLocale).noSlide(String(action.go));
      this.requestUpdate();
      return true;
    }
    const target = moveTo(action, this.index, this.slideElements.length);
    if (target !== undefined) {
      this.navigate(target, 'keyboard');
      return true;
    }
    switch (action) {
      case 'blank':
        this.setBlank(!this.blank, 'keyboard');
        return true;
      case 'escape':
        if (this.blank) this.setBlank(false, 'keyboard');
        else if (this.fullscreen.active) void this.fullscreen.exit();
        else return false;
        return true;
      case 'fullscreen':
        void this.fullscreen.toggle();
        return true;
      case 'present':
        if (this.view === 'slides' && !this.fullscreen.active) void this.fullscreen.toggle();
        return true;
      case 'speaker':
        this.openSpeakerView();
        return true;
      default:
        return false;
    }
  }

  /** The other window moved: follow it when its state is newer than ours. */
  private adoptRemote(state: DeckSync): void {
    const index = this.clamp(state.index);
    if (!this.clock.adopt(state, index)) return;
    this.navigate(index, 'remote');
    this.setBlank(state.blank, 'remote');
  }
}
