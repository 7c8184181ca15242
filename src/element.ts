import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { normalizeLocale, type ReportLocale } from './format/format.js';
import {
  ReducedMotionController,
  type MotionPreference,
} from './controllers/reduced-motion-controller.js';
import type { Theme } from './theme.js';

/**
 * What every report-story element shares: the locale it speaks, its theme, its motion preference,
 * and one way of showing an error in place.
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
  protected resolvedLocale: ReportLocale = 'zh-CN';

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
    const heading = this.resolvedLocale === 'en' ? 'Cannot show this item' : '无法显示此项';
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
}
