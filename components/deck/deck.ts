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
import { HashController } from '../../src/controllers/hash-controller.js';
import { STEP_ATTRIBUTE, stepContext, type StepState } from '../../src/controllers/step-context.js';
import { WakeLockController } from '../../src/controllers/wake-lock-controller.js';
import { ReportElement } from '../../src/element.js';
import { reportEvent } from '../../src/events/events.js';
import { pickText, type ReportLocale } from '../../src/format/format.js';
import {
  CURRENT_ATTRIBUTE,
  NOTES_ATTRIBUTE,
  findStep,
  isStep,
  stepId,
} from '../../src/story/markup.js';
import { citedIds } from '../../src/story/references.js';
import { citedSentences, markedSentence, type CitedSentence } from '../../src/story/sentences.js';
import { shared, tokens } from '../../src/theme.js';
import { styles } from './deck.styles.js';

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

const WORDS = {
  'zh-CN': {
    deck: '演示文稿',
    previous: '上一张',
    next: '下一张',
    fullscreen: '全屏',
    speaker: '演讲者视图',
    slide: (n: number, count: number) => `第 ${n} 张，共 ${count} 张`,
    blanked: '屏幕已黑屏',
    empty: '这个演示还没有幻灯片。',
    blocked: '浏览器拦截了演讲者视图窗口：请允许本页弹出窗口。',
    noSlide: (n: number) => `没有第 ${n} 张幻灯片`,
    elapsed: '已用时间',
    current: '当前幻灯片',
    upcoming: '下一张幻灯片',
    end: '已是最后一张',
    notes: '备注',
    sources: '数据来源',
    noNotes: '本张没有备注。',
    noDataset: '数据集未载入，无法列出原文。',
    unknownItem: '数据集中没有这一项',
    blank: '黑屏',
    resetClock: '重新计时',
    view: (value: string) => `view="${value}" 无法使用：请用 slides 或 speaker`,
  },
  en: {
    deck: 'slide deck',
    previous: 'Previous slide',
    next: 'Next slide',
    fullscreen: 'Fullscreen',
    speaker: 'Speaker view',
    slide: (n: number, count: number) => `Slide ${n} of ${count}`,
    blanked: 'Screen blanked',
    empty: 'This deck has no slides yet.',
    blocked: 'The browser blocked the speaker view window: allow pop-ups for this page.',
    noSlide: (n: number) => `There is no slide ${n}`,
    elapsed: 'Elapsed time',
    current: 'Current slide',
    upcoming: 'Next slide',
    end: 'This is the last slide',
    notes: 'Notes',
    sources: 'Sources',
    noNotes: 'No notes for this slide.',
    noDataset: 'The dataset is not loaded, so its sentences cannot be listed.',
    unknownItem: 'not in the dataset',
    blank: 'Blank',
    resetClock: 'Restart clock',
    view: (value: string) => `view="${value}" is not usable: use slides or speaker`,
  },
} satisfies Record<ReportLocale, unknown>;

/** The speaker notes' sources: the report sentences of the slide's items, and ids not found. */
interface SourceNotes {
  readonly sentences: readonly CitedSentence[];
  readonly missing: readonly string[];
}

const NO_SOURCES: SourceNotes = { sentences: [], missing: [] };

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
    () => (DECK_KEY_SCOPES.includes(this.keyboard) ? this.keyboard : 'focus'),
  );
  private readonly fullscreen = new FullscreenController(this);
  private readonly hashes = new HashController(this, (hash) => {
    const index = this.slideFromHash(hash);
    if (index === undefined) return;
    this.navigate(index, 'hash');
    // Following a fragment moves focus to its target, or to the page when the target (a slide)
    // cannot take it: the deck takes it, so the clicker keeps working.
    if (document.activeElement === document.body) this.focus({ preventScroll: true });
  });
  private readonly sync = new DeckChannelController(this, {
    channel: () => `report-deck:${this.channel ?? location.pathname}`,
    speaker: () => this.view === 'speaker',
    state: () => ({ index: this.index, blank: this.blank, at: this.changedAt }),
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
  /**
   * When the shown state was made, here or in the other window (see DeckSync.at). A deck's state
   * dates from its connection; a speaker view's from nothing, so it adopts the deck's at once.
   */
  private changedAt = 0;
  /** The state last sent or adopted; undefined until the slides are first shown. */
  private synced: Pick<DeckSync, 'index' | 'blank'> | undefined;
  private notes: Node[] = [];
  private notesFor: { slide?: HTMLElement | undefined; state?: DatasetState } = {};
  private sources: SourceNotes = NO_SOURCES;
  private datasetReady = false;
  /** Why the dataset could not be loaded, for the speaker notes. */
  private datasetFailure = '';

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
    const url = this.speakerUrl ?? defaultSpeakerUrl(this.hashFor(this.index));
    const opened = this.sync.open(url);
    this.notice = opened ? '' : this.words.blocked;
    this.requestUpdate();
    return opened;
  }

  override connectedCallback(): void {
    this.changedAt = this.view === 'speaker' ? 0 : Date.now();
    this.synced = undefined;
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
  }

  private get words() {
    return WORDS[this.resolvedLocale];
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
    this.setAttribute('aria-roledescription', this.words.deck);
    this.setAttribute('aria-label', this.label ?? this.words.deck);
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
      if (this.hash) this.hashes.replace(this.hashFor(this.index));
      const synced = this.synced;
      this.synced = { index: this.index, blank: this.blank };
      if (!synced) {
        // Where this window starts is not a move; a deck announces it (a speaker view asks instead).
        if (this.view === 'slides') this.sync.send();
      } else if (this.index !== synced.index || this.blank !== synced.blank) {
        this.changedAt = Math.max(Date.now(), this.changedAt + 1);
        this.sync.send();
      }
    }
    this.wakeLock.sync();
  }

  override render(): TemplateResult {
    // The attribute may say anything; only these two views exist.
    const view: string = this.view;
    if (view !== 'slides' && view !== 'speaker') return this.renderError(this.words.view(view));
    return this.view === 'speaker' ? this.renderSpeaker() : this.renderSlides();
  }

  private renderSlides(): TemplateResult {
    const words = this.words;
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
    const words = this.words;
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
    const words = this.words;
    const hasNext = this.index + 1 < this.slideElements.length;
    return html`<div class="speaker-frame">
      <div part="speaker" class="speaker ${this.reducedMotion ? 'still' : ''}">
        <div class="bar">
          <span role="timer" class="clock" aria-label=${words.elapsed}>
            ${formatElapsed(Date.now() - this.startedAt)}
          </span>
          <span class="navigation">${this.renderNavigation()}</span>
          <button
            part="control"
            type="button"
            aria-pressed=${this.blank ? 'true' : 'false'}
            @click=${() => this.setBlank(!this.blank, 'pointer')}
          >
            ${words.blank}
          </button>
          <button
            part="control"
            type="button"
            @click=${() => {
              this.startedAt = Date.now();
              this.requestUpdate();
            }}
          >
            ${words.resetClock}
          </button>
          ${this.blank ? html`<strong class="blanked">${words.blanked}</strong>` : nothing}
          <slot class="extra"></slot>
        </div>
        <section class="now" aria-label=${words.current}>
          <div part="viewport" class="viewport">
            <div part="stage" class="stage"><slot class="current"></slot></div>
          </div>
        </section>
        <section class="upcoming" aria-label=${words.upcoming}>
          <div class="viewport">
            <div class="stage" inert>
              <slot class="next"></slot>
              ${hasNext ? nothing : html`<p class="empty">${words.end}</p>`}
            </div>
          </div>
        </section>
        <section part="notes" class="notes" aria-label=${words.notes}>
          <h2>${words.notes}</h2>
          ${this.notes.length ? this.notes : html`<p class="quiet">${words.noNotes}</p>`}
          ${
            this.sources.sentences.length || this.sources.missing.length
              ? this.renderSources()
              : nothing
          }
        </section>
        <p class="visually-hidden" role="status">${this.announcement()}</p>
      </div>
    </div>`;
  }

  /** Each report sentence once, its figures' words marked, under the labels of what it holds. */
  private renderSources(): TemplateResult {
    const words = this.words;
    const locale = this.resolvedLocale;
    const { sentences, missing } = this.sources;
    const separator = locale === 'en' ? '; ' : '、';
    return html`<h2>${words.sources}</h2>
      ${
        this.datasetReady
          ? nothing
          : html`<p class="quiet">
              ${words.noDataset}${this.datasetFailure ? html` (${this.datasetFailure})` : nothing}
            </p>`
      }
      <ol class="sources">
        ${sentences.map(
          (sentence) =>
            html`<li>
              <strong
                >${sentence.items.map((item) => pickText(item.label, locale)).join(separator)}</strong
              >
              <q lang="zh-CN">${markedSentence(sentence)}</q>
            </li>`,
        )}
        ${missing.map(
          (id) =>
            html`<li>
              <strong>${id}</strong>
              ${this.datasetReady ? html`<span class="quiet">(${words.unknownItem})</span>` : nothing}
            </li>`,
        )}
      </ol>`;
  }

  /** What a screen reader hears after a move: the slide number and its heading. */
  private announcement(): string {
    const words = this.words;
    if (this.notice) return this.notice;
    if (this.blank) return words.blanked;
    const slide = this.slideElements[this.index];
    if (!slide) return '';
    const heading = slide.querySelector('h1, h2, h3')?.textContent.trim();
    const position = words.slide(this.index + 1, this.slideElements.length);
    return heading ? `${position}: ${heading}` : position;
  }

  /**
   * Notes and the sources of the figures cited on the current slide, for the speaker view; made
   * again only when the slide or the dataset changes (not on every tick of the clock).
   */
  private prepareNotes(): void {
    const slide = this.slideElements[this.index];
    const state = this.datasets.resolve();
    if (slide === this.notesFor.slide && state === this.notesFor.state) return;
    this.notesFor = { slide, state };
    const aside = slide?.querySelector(`[${NOTES_ATTRIBUTE}]`);
    this.notes = aside ? [...aside.childNodes].map((node) => node.cloneNode(true)) : [];
    this.datasetReady = state.status === 'ready';
    this.datasetFailure = state.status === 'error' ? state.error.message : '';
    const ids = slide ? citedIds(slide) : [];
    this.sources =
      state.status === 'ready'
        ? citedSentences(state.dataset, ids)
        : { sentences: [], missing: ids };
  }

  private setChildren(children: readonly Element[]): void {
    const slides: HTMLElement[] = [];
    const controls: HTMLElement[] = [];
    for (const child of children) {
      if (!isStep(child)) continue;
      if (child.getAttribute('slot') === 'controls') controls.push(child);
      else slides.push(child);
    }
    for (const old of this.slideElements) {
      if (!slides.includes(old)) {
        old.removeAttribute(STEP_ATTRIBUTE);
        old.removeAttribute(CURRENT_ATTRIBUTE);
      }
    }
    slides.forEach((slide, i) => {
      slide.setAttribute(STEP_ATTRIBUTE, String(i));
      for (const notes of slide.querySelectorAll<HTMLElement>(`[${NOTES_ATTRIBUTE}]`)) {
        notes.hidden = true;
      }
    });
    this.slideElements = slides;
    this.extraControls = controls;
    if (!this.hashRead && slides.length > 0) {
      this.hashRead = true;
      const fromHash = this.slideFromHash(this.hashes.hash);
      if (fromHash !== undefined) this.index = fromHash;
    }
    this.requestUpdate();
  }

  private stepState(): StepState {
    const slide = this.slideElements[this.index];
    return {
      index: slide ? this.index : -1,
      id: slide ? stepId(slide) : undefined,
      progress: slide ? 1 : 0,
      count: this.slideElements.length,
      direction: this.direction,
    };
  }

  private clamp(index: number): number {
    const last = this.slideElements.length - 1;
    if (!Number.isFinite(index)) return 0;
    return Math.min(Math.max(0, Math.round(index)), Math.max(0, last));
  }

  /** `#slide-id` always; `#/3` (the third slide) when the deck follows the URL. */
  private slideFromHash(hash: string): number | undefined {
    const numbered = /^\/(\d+)$/.exec(hash);
    if (numbered) {
      const n = Number(numbered[1]);
      return this.hash && n >= 1 && n <= this.slideElements.length ? n - 1 : undefined;
    }
    const index = findStep(this.slideElements, hash);
    return index >= 0 ? index : undefined;
  }

  private hashFor(index: number): string {
    const slide = this.slideElements[index];
    const id = slide ? stepId(slide) : undefined;
    return id ?? `/${index + 1}`;
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
    const count = this.slideElements.length;
    if (typeof action === 'object') {
      if (action.go >= 1 && action.go <= count) this.navigate(action.go - 1, 'keyboard');
      else {
        this.notice = this.words.noSlide(action.go);
        this.requestUpdate();
      }
      return true;
    }
    switch (action) {
      case 'next':
        this.navigate(this.index + 1, 'keyboard');
        return true;
      case 'previous':
        this.navigate(this.index - 1, 'keyboard');
        return true;
      case 'first':
        this.navigate(0, 'keyboard');
        return true;
      case 'last':
        this.navigate(count - 1, 'keyboard');
        return true;
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
    }
  }

  /** The other window moved: follow it when its state is newer than ours. */
  private adoptRemote(state: DeckSync): void {
    if (state.at <= this.changedAt) return;
    this.changedAt = state.at;
    const index = this.clamp(state.index);
    this.synced = { index, blank: state.blank };
    this.navigate(index, 'remote');
    this.setBlank(state.blank, 'remote');
  }
}

/** This page's URL with `view=speaker` in its query and the slide in its fragment. */
function defaultSpeakerUrl(hash: string): string {
  const url = new URL(location.href);
  url.searchParams.set('view', 'speaker');
  url.hash = hash;
  return url.href;
}

/** 754 000 ms → 12:34; an hour or more → 1:02:03. */
function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
