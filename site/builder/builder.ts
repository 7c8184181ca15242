/**
 * The embed builder as a part any page can hold: `embed.html` around a dataset URL, the studio
 * around a dataset it is still editing. It owns the builder's state, draws the widget and item
 * choices, the options, the live preview at three widths, the exact snippet, the height rule and
 * the picture downloads, and asks its page to draw again when anything changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../../src/data/schema.js';
import { normalizeLocale, pickText, type ReportLocale } from '../../src/format/format.js';
import { THEMES } from '../../src/theme.js';
import { siteMessages, type SiteMessages } from '../i18n/messages.js';
import { checkbox, radio, segmented, select } from './controls.js';
import { downloadLongImage, downloadPicture } from './pictures.js';
import { readPreview, renderPreview, sameReading, type Exportable } from './preview.js';
import { WIDGET_KINDS, downloadName, reserveRule, snippet, type WidgetKind } from './snippet.js';
import {
  PREVIEW_WIDTHS,
  choice,
  countableFigures,
  firstItems,
  initialState,
  type BuilderState,
} from './state.js';

type Words = SiteMessages['builder'];

export interface EmbedBuilderOptions {
  /** The builder's own language. */
  readonly ui: ReportLocale;
  /** URL of the embed script the snippet names. */
  readonly script: string;
  /** The widget chosen first. */
  readonly kind?: WidgetKind | undefined;
  /** Called whenever the builder needs drawing again. */
  readonly onChange: () => void;
}

/** How long a status message stays before the live region empties. */
const STATUS_MS = 5000;

export class EmbedBuilder {
  #state: BuilderState;
  #preview: Exportable | undefined;
  #statusTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #onChange: () => void;

  constructor(options: EmbedBuilderOptions) {
    this.#state = initialState(options.ui, options.script, options.kind);
    this.#onChange = options.onChange;
  }

  get state(): BuilderState {
    return this.#state;
  }

  /** Applies changes, draws again, and reads the preview once it has drawn itself. */
  set(changes: Partial<BuilderState>): void {
    this.#state = { ...this.#state, ...changes };
    if (changes.status) {
      clearTimeout(this.#statusTimer);
      this.#statusTimer = setTimeout(() => this.set({ status: '' }), STATUS_MS);
    }
    this.#onChange();
    void this.#readPreview();
  }

  /** Shows a dataset that the widgets will read from `url`. */
  showDataset(dataset: Dataset, url: string, status = ''): void {
    this.set({ ...firstItems(this.#state, dataset, url), status });
  }

  /** Forgets the dataset (it failed to load, or the page is choosing another). */
  clearDataset(): void {
    this.set({ dataset: undefined });
  }

  /** Stops the timers it started; the page is leaving. */
  dispose(): void {
    clearTimeout(this.#statusTimer);
  }

  get #words(): Words {
    return siteMessages(this.#state.ui).builder;
  }

  /**
   * Reads what the rendered preview says (its accessible text, in the widget's language) as the
   * fallback content, and measures its height for the reservation rule.
   */
  async #readPreview(): Promise<void> {
    const element = this.#preview;
    if (!element?.isConnected) return;
    await element.updateComplete;
    // A widget loading its data renders again when it arrives.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // Another choice replaced this preview meanwhile: its own reading is on its way.
    if (element !== this.#preview) return;
    const reading = readPreview(element, this.#state);
    if (!reading) {
      setTimeout(() => void this.#readPreview(), 100);
      return;
    }
    if (sameReading(this.#state, reading)) return;
    this.#state = { ...this.#state, ...reading };
    this.#onChange();
  }

  async #copy(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.set({ status: this.#words.copied });
    } catch {
      this.set({ status: this.#words.copyFailed });
    }
  }

  async #picture(type: 'svg' | 'png'): Promise<void> {
    const words = this.#words;
    const svg = (await this.#preview?.toSVG()) ?? '';
    if (!svg) {
      this.set({ status: words.notReady });
      return;
    }
    const name = downloadName(choice(this.#state), type);
    try {
      if (type === 'png') this.set({ status: words.making });
      await downloadPicture(svg, type, name);
      this.set({ status: words.made(name) });
    } catch (error) {
      this.set({
        status: `${words.failed}${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  async #longImage(): Promise<void> {
    const words = this.#words;
    const dataset = this.#state.dataset;
    if (!dataset) return;
    this.set({ status: words.making });
    try {
      this.set({ status: words.made(await downloadLongImage(this.#state, dataset)) });
    } catch (error) {
      this.set({
        status: `${words.failed}${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /** The choices column: `before` (the page's own fieldsets), widget, item and options. */
  renderControls(before: TemplateResult | typeof nothing = nothing): TemplateResult {
    const w = this.#words;
    const state = this.#state;
    const dataset = state.dataset;
    return html`<form class="controls" @submit=${(e: Event) => e.preventDefault()}>
      ${before}
      <fieldset class="group" ?disabled=${!dataset}>
        <legend>${w.widget}</legend>
        <div class="choices">
          ${WIDGET_KINDS.map((kind) =>
            radio(
              'kind',
              kind,
              state.kind,
              w.kinds[kind],
              (k) => this.set({ kind: k }),
              w.kindHints[kind],
            ),
          )}
        </div>
      </fieldset>
      ${
        dataset
          ? html`<fieldset class="group">
              <legend>${w.item}</legend>
              ${this.#itemControls(w, dataset)}
            </fieldset>`
          : nothing
      }
      <fieldset class="group" ?disabled=${!dataset}>
        <legend>${w.options}</legend>
        ${select(
          'theme',
          w.theme,
          state.theme,
          ['', ...THEMES].map((t) => [t, w.themes[t as keyof Words['themes']]]),
          (theme) => this.set({ theme }),
        )}
        ${select(
          'locale',
          w.language,
          state.locale,
          [
            ['zh-CN', '中文'],
            ['en', 'English'],
          ],
          (v) => this.set({ locale: normalizeLocale(v) }),
        )}
        ${
          state.kind === 'gauge'
            ? select(
                'form',
                w.form,
                state.form,
                [
                  ['arc', w.forms.arc],
                  ['bar', w.forms.bar],
                ],
                (v) => this.set({ form: v === 'bar' ? 'bar' : 'arc' }),
              )
            : nothing
        }
        ${select(
          'motion',
          w.motion,
          state.motion,
          [
            ['', w.motions['']],
            ['reduce', w.motions.reduce],
          ],
          (v) => this.set({ motion: v === 'reduce' ? 'reduce' : '' }),
        )}
        ${
          state.kind === 'counter' || state.kind === 'gauge'
            ? checkbox('footnote', w.footnote, state.footnote, (footnote) => this.set({ footnote }))
            : nothing
        }
      </fieldset>
    </form>`;
  }

  #itemControls(w: Words, dataset: Dataset): TemplateResult {
    const state = this.#state;
    const locale = state.locale;
    const none = html`<p class="hint">${w.noItems}</p>`;
    switch (state.kind) {
      case 'counter': {
        const figures = countableFigures(dataset);
        if (!figures.length) return none;
        return select(
          'figure',
          w.figure,
          state.figure,
          figures.map((f) => [f.id, `${pickText(f.label, locale)} · ${f.id}`]),
          (figure) => this.set({ figure }),
        );
      }
      case 'gauge':
        if (!dataset.targets.length) return none;
        return select(
          'target',
          w.target,
          state.target,
          dataset.targets.map((t) => [t.id, `${pickText(t.label, locale)} · ${t.id}`]),
          (target) => this.set({ target }),
        );
      case 'timeline': {
        if (!dataset.events.length) return none;
        const events: [string, string][] = dataset.events.map((e) => [
          e.id,
          `${pickText(e.title, locale)} · ${e.id}`,
        ]);
        return html`${select(
          'from',
          w.highlightFrom,
          state.from,
          [['', w.none], ...events],
          (from) => this.set({ from, to: from ? state.to : '' }),
        )}
        ${
          state.from
            ? select('to', w.highlightTo, state.to || state.from, events, (to) => this.set({ to }))
            : nothing
        }`;
      }
      case 'pillars': {
        const programme = dataset.programme;
        if (!programme) return none;
        const count = programme.pillars.length;
        const reveal: [string, string][] = [['', w.revealAll]];
        for (let n = 1; n <= count + 2; n++) reveal.push([String(n), String(n)]);
        return html`${select('reveal', w.reveal, state.reveal, reveal, (v) =>
          this.set({ reveal: v }),
        )}
        ${select(
          'active',
          w.active,
          state.active,
          [
            ['', w.noneOpen],
            ...programme.pillars.map((p): [string, string] => [p.id, pickText(p.name, locale)]),
          ],
          (active) => this.set({ active }),
        )}`;
      }
    }
  }

  /** The output column: the live preview, the code with its rule, the pictures. */
  renderOutput(): TemplateResult {
    const w = this.#words;
    const state = this.#state;
    const dataset = state.dataset;
    const c = choice(state);
    const code = dataset
      ? snippet(c, state.fallback, {
          script: state.classic ? state.script.replace(/\.js$/, '.classic.js') : state.script,
          classic: state.classic,
          withScript: state.withScript,
        })
      : '';
    const reserve =
      dataset && state.measured && state.measured.height > 0
        ? reserveRule(c, state.measured.height, state.measured.fontSize)
        : '';
    const keep = (element: Element | undefined) => {
      this.#preview = element as Exportable | undefined;
    };
    /** The pictures the widget can be downloaded as, each with its button's words. */
    const pictures: readonly (readonly [string, () => Promise<void>])[] = [
      [w.svg, () => this.#picture('svg')],
      [w.png, () => this.#picture('png')],
      [w.longImage, () => this.#longImage()],
    ];
    return html`<div class="output">
      <section class="panel" aria-labelledby="preview-heading">
        <div class="panel-head">
          <h2 id="preview-heading">${w.preview}</h2>
          ${segmented(w.previewWidth, PREVIEW_WIDTHS, state.width, w.widths, (width) =>
            this.set({ width }),
          )}
        </div>
        <div class="stage">
          <div class="frame width-${state.width}">${renderPreview(state, keep)}</div>
        </div>
        ${
          state.kind === 'counter' || state.kind === 'gauge'
            ? html`<button
                type="button"
                class="secondary"
                @click=${() => this.#preview?.replay?.()}
              >
                ${w.replay}
              </button>`
            : nothing
        }
      </section>

      <section class="panel" aria-labelledby="code-heading">
        <div class="panel-head">
          <h2 id="code-heading">${w.code}</h2>
          <button
            type="button"
            class="primary"
            ?disabled=${!code}
            @click=${() => void this.#copy(code)}
          >
            ${w.copy}
          </button>
        </div>
        <p class="hint" id="code-hint">${w.codeHint}</p>
        <pre
          class="code"
          tabindex="0"
          aria-describedby="code-hint"
          aria-label=${w.code}
        ><code>${code}</code></pre>
        <div class="field">
          <label for="script-url">${w.script}</label>
          <input
            id="script-url"
            type="url"
            spellcheck="false"
            .value=${state.script}
            @change=${(e: Event) => this.set({ script: (e.target as HTMLInputElement).value })}
          />
        </div>
        ${checkbox('classic', w.classic, state.classic, (classic) => this.set({ classic }))}
        ${checkbox('with-script', w.withScript, state.withScript, (withScript) =>
          this.set({ withScript }),
        )}
        ${
          reserve
            ? html`<h3>${w.reserve}</h3>
                <p class="hint">${w.reserveHint}</p>
                <pre
                  class="code"
                  tabindex="0"
                  aria-label=${w.reserve}
                ><code>${reserve}</code></pre>`
            : nothing
        }
      </section>

      <section class="panel" aria-labelledby="pictures-heading">
        <h2 id="pictures-heading">${w.pictures}</h2>
        <p class="hint">${w.picturesHint}</p>
        <div class="buttons">
          ${pictures.map(
            ([label, make]) =>
              html`<button
                type="button"
                class="secondary"
                ?disabled=${!dataset}
                @click=${() => void make()}
              >
                ${label}
              </button>`,
          )}
        </div>
      </section>
    </div>`;
  }

  /** The live region that says what just happened (copied, downloaded, failed). */
  renderStatus(): TemplateResult {
    return html`<p class="status" role="status" aria-live="polite">${this.#state.status}</p>`;
  }
}
