/**
 * Turns a story into markup: the steps and graphics of a `<report-scroller>`, and the slides of a
 * `<report-deck>` — the same function of each step, so the scroll story and the deck always say
 * the same thing. The dataset is provided once by a `<report-data>` around them.
 *
 * Graphics are report-story elements named in the story. One that is not a known element, or not
 * registered on the page, becomes a placeholder that says so; the rest of the story still renders.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { pickText, type ReportLocale } from '../format/format.js';
import type { Theme } from '../theme.js';
import { attributes } from './attributes.js';
import { referenceCollection } from './references.js';
import { GRAPHIC_ELEMENTS, type GraphicSpec, type Story, type StoryStep } from './schema.js';
import { graphicsOf } from './validate.js';

export interface StoryRenderOptions {
  /** The language to render. */
  readonly locale: ReportLocale;
  /** The dataset's URL (see `datasetUrl()`); given to the `<report-data>` around the story. */
  readonly dataset: string;
  /** The elements' theme; unset follows the page. */
  readonly theme?: Theme | undefined;
}

export interface DeckRenderOptions extends StoryRenderOptions {
  /** `slides` (the audience's view, default) or `speaker`. */
  readonly view?: 'slides' | 'speaker' | undefined;
  /** Whether the deck keeps the URL fragment in step with the slide. Default true. */
  readonly hash?: boolean | undefined;
  /** Extra controls for the deck's control bar (elements with `slot="controls"`). */
  readonly controls?: TemplateResult | undefined;
}

/** Steps that show the same graphic in a row, drawn once for all of them. */
export interface GraphicFrame {
  /** Ids of the steps the frame belongs to. */
  readonly steps: readonly string[];
  readonly graphics: readonly GraphicSpec[];
}

/**
 * Groups the steps' graphics for a scroll story: a step without a graphic keeps the one before
 * it, and consecutive steps with the same graphic share one frame (so it does not flash).
 */
export function graphicFrames(story: Story): GraphicFrame[] {
  const frames: { steps: string[]; graphics: readonly GraphicSpec[]; key: string }[] = [];
  for (const step of story.steps) {
    const graphics = graphicsOf(step.graphic);
    const last = frames.at(-1);
    const key = JSON.stringify(graphics);
    if (last && (graphics.length === 0 || key === last.key)) last.steps.push(step.id);
    else if (graphics.length > 0) frames.push({ steps: [step.id], graphics, key });
  }
  return frames.map(({ steps, graphics }) => ({ steps, graphics }));
}

const lang = (locale: ReportLocale) => (locale === 'en' ? 'en' : 'zh-CN');

/** A step's text: its heading and paragraphs. */
export function renderStepText(step: StoryStep, locale: ReportLocale): TemplateResult {
  return html`${step.heading ? html`<h2>${pickText(step.heading, locale)}</h2>` : nothing}
  ${(step.body ?? []).map((paragraph) => html`<p>${pickText(paragraph, locale)}</p>`)}`;
}

/** One graphic element with its attributes, or a placeholder saying why it cannot be shown. */
export function renderGraphic(spec: GraphicSpec, locale: ReportLocale): TemplateResult {
  const known = (GRAPHIC_ELEMENTS as readonly string[]).includes(spec.element);
  if (!known || typeof customElements === 'undefined' || !customElements.get(spec.element)) {
    const described = `<${spec.element}${Object.entries(spec.attributes ?? {})
      .map(([name, value]) =>
        value === true ? ` ${name}` : value === false ? '' : ` ${name}="${String(value)}"`,
      )
      .join('')}>`;
    const why = known
      ? locale === 'en'
        ? 'is not loaded on this page'
        : '尚未在本页加载'
      : locale === 'en'
        ? 'is not an element report-story knows'
        : '不是 report-story 的已知元素';
    return html`<div class="report-placeholder" role="note"><code>${described}</code> ${why}</div>`;
  }
  const tag = unsafeStatic(spec.element);
  return staticHtml`<${tag} ${attributes({ ...spec.attributes, locale: lang(locale) })}></${tag}>`;
}

function renderGraphics(graphics: readonly GraphicSpec[], locale: ReportLocale) {
  return graphics.map((graphic) => renderGraphic(graphic, locale));
}

/**
 * Every dataset id a step names — through its graphics' `metric`, `goal`, `highlight` and its own
 * `cite` list — for `data-report-cite`, so the deck's notes can quote them even while an element
 * is only a placeholder.
 */
function cites(step: StoryStep): string | typeof nothing {
  const ids = new Set<string>();
  for (const graphic of graphicsOf(step.graphic)) {
    for (const [name, value] of Object.entries(graphic.attributes ?? {})) {
      if (referenceCollection(name) && typeof value === 'string') ids.add(value);
    }
  }
  for (const id of step.cite ?? []) ids.add(id);
  return ids.size > 0 ? [...ids].join(' ') : nothing;
}

/** The story as a `<report-scroller>` inside a `<report-data>`. */
export function renderStoryScroller(story: Story, options: StoryRenderOptions): TemplateResult {
  const { locale } = options;
  return html`<report-data src=${options.dataset} locale=${lang(locale)}>
    <report-scroller class="report-story" locale=${lang(locale)} theme=${options.theme ?? nothing}>
      ${story.steps.map(
        (step) =>
          html`<section id=${step.id} class="report-step" data-report-cite=${cites(step)}>
            ${renderStepText(step, locale)}
          </section>`,
      )}
      ${graphicFrames(story).map(
        (frame) =>
          html`<div slot="graphic" class="report-graphic" data-report-for=${frame.steps.join(' ')}>
            ${renderGraphics(frame.graphics, locale)}
          </div>`,
      )}
    </report-scroller>
  </report-data>`;
}

/** The story as a `<report-deck>` inside a `<report-data>`: one slide per step, with its notes. */
export function renderStoryDeck(story: Story, options: DeckRenderOptions): TemplateResult {
  const { locale } = options;
  return html`<report-data src=${options.dataset} locale=${lang(locale)}>
    <report-deck
      class="report-story"
      locale=${lang(locale)}
      theme=${options.theme ?? nothing}
      view=${options.view ?? 'slides'}
      ?hash=${options.hash ?? true}
      label=${pickText(story.title, locale)}
    >
      ${story.steps.map((step) => {
        const graphics = graphicsOf(step.graphic);
        return html`<section
          id=${step.id}
          class="report-slide ${graphics.length ? 'with-graphic' : 'text-only'}"
          data-report-cite=${cites(step)}
        >
          <div class="report-slide-text">${renderStepText(step, locale)}</div>
          ${
            graphics.length
              ? html`<div class="report-graphic">${renderGraphics(graphics, locale)}</div>`
              : nothing
          }
          ${
            step.notes
              ? html`<aside data-report-notes hidden>
                  ${pickText(step.notes, locale)
                    .split(/\n{2,}/)
                    .map((paragraph) => html`<p>${paragraph}</p>`)}
                </aside>`
              : nothing
          }
        </section>`;
      })}
      ${options.controls ?? nothing}
    </report-deck>
  </report-data>`;
}
