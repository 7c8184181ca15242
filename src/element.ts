import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { View } from './controllers/data-controller.js';
import {
  ReducedMotionController,
  type MotionPreference,
} from './controllers/reduced-motion-controller.js';
import { markedText, type DisplayQuote } from './data/quote.js';
import {
  DEFAULT_LOCALE,
  messages,
  normalizeLocale,
  type Messages,
  type ReportLocale,
} from './i18n/messages.js';
import type { Theme } from './theme.js';

/** How a data element shows each state of its view (see `renderView`). */
export interface ViewParts<T> {
  readonly ready: (value: T) => TemplateResult;
  /** While the data loads: a skeleton of the content (`renderSkeleton`) or a status line. */
  readonly loading: () => TemplateResult;
  /** When the data has nothing for the element to show. */
  readonly empty?: string;
}

/**
 * What every report-story element shares: the locale it speaks, its theme, its motion preference,
 * and one way of showing each state of its data in place — loading, an error, nothing to show, the
 * report sentence an item comes from.
 */
export abstract class ReportElement extends LitElement {
  /**
   * Language of labels and numbers: `zh-CN` (default) or `en`. When unset, the nearest `lang`
   * attribute around the element decides.
   */
  @property({ reflect: true }) locale?: string;

  /**
   * Colour theme: `light`, `dark`, `auto` (the reader's system setting) or `plenary` (red and
   * gold, for the hall). Unset: follows the host page's `color-scheme`.
   */
  @property({ reflect: true }) theme?: Theme;

  /** `reduce` shows final states at once, as the reader's reduced-motion setting does. */
  @property({ reflect: true }) motion?: MotionPreference;

  protected readonly motionController = new ReducedMotionController(this, () => this.motion);

  /** The locale in force: the `locale` attribute, else the nearest `lang`, else Chinese. */
  protected resolvedLocale: ReportLocale = DEFAULT_LOCALE;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolvedLocale = this.readLocale();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.resolvedLocale = this.readLocale();
  }

  private readLocale(): ReportLocale {
    if (this.locale) return normalizeLocale(this.locale);
    const lang = this.closest('[lang]')?.getAttribute('lang');
    return normalizeLocale(
      lang ?? (typeof document !== 'undefined' ? document.documentElement.lang : ''),
    );
  }

  /** The element's words in the locale in force. */
  protected get words(): Messages {
    return messages(this.resolvedLocale);
  }

  /** True when animations must jump to their final frame. */
  protected get reducedMotion(): boolean {
    return this.motionController.reduced;
  }

  /**
   * An error shown in place of the element's content, naming what is wrong. The light-DOM
   * content the page author wrote inside the element (its no-script fallback) stays visible.
   */
  protected renderError(error: Error | string): TemplateResult {
    const message = typeof error === 'string' ? error : error.message;
    const heading = this.words.common.cannotShow;
    return html`<div part="error" role="alert"><strong>${heading}</strong> ${message}</div>
      <slot></slot>`;
  }

  /**
   * The line a data-driven element shows instead of its content: while its data loads (`busy`,
   * announced politely and marked `aria-busy`), or when there is nothing to show.
   */
  protected renderStatus(message: string, busy = false): TemplateResult {
    const state = busy ? 'true' : nothing;
    return html`<p part="status" class="status" role="status" aria-busy=${state}>${message}</p>`;
  }

  /** A data element's view: its error, its loading state, its empty message, or its content. */
  protected renderView<T>(view: View<T>, parts: ViewParts<T>): TemplateResult {
    switch (view.status) {
      case 'error':
        return this.renderError(view.message);
      case 'loading':
        return parts.loading();
      case 'empty':
        return this.renderStatus(parts.empty ?? '');
      case 'ready':
        return parts.ready(view.value);
    }
  }

  /**
   * A loading element drawn as its content will be — the same rows in the same boxes, each a
   * `skeleton()` — so that nothing moves when the data arrives; marked busy, and announced.
   */
  protected renderSkeleton(className: string, rows: TemplateResult): TemplateResult {
    return html`<div part="base" class="${className} loading" aria-busy="true">
      <span class="visually-hidden">${this.words.common.loading}</span>
      ${rows}
    </div>`;
  }

  /**
   * One placeholder of a skeleton (class `skeleton-<name>` sets its width): a blank of the text's
   * script, so that it takes the line height the text will have.
   */
  protected skeleton(name: string, text = this.words.common.blank): TemplateResult {
    return html`<span class="skeleton skeleton-${name}">${text}</span>`;
  }

  /** The report sentence an item comes from, its own words marked (`part="footnote"`). */
  protected renderFootnote(quote: DisplayQuote): TemplateResult {
    return html`<p part="footnote" class="footnote">
      <span class="source">${this.words.common.fromReport}</span>
      <q lang="zh-CN">${markedText(quote.text, quote.mark ? [quote.mark] : [])}</q>
    </p>`;
  }
}
