/**
 * Turns a story into markup: the steps and graphics of a `<report-scroller>`, and the slides of a
 * `<report-deck>` — the same function of each step, so the scroll story and the deck always say
 * the same thing. The dataset is provided once by a `<report-data>` around them.
 *
 * Graphics are report-story elements named in the story. One that is not a known element, or not
 * registered on the page, becomes a placeholder that says so; the rest of the story still renders.
 *
 * The markup carries classes a page styles (the library gives it no look of its own):
 * `.report-step` / `.report-slide` (with `.report-chapter` on a chapter's opening step),
 * `.report-kicker`, `.report-quote`, `.report-list`, `.report-sources`, `.report-graphic`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { DeckKeyScope } from '../controllers/deck-keys-controller.js';
import type { Dataset } from '../data/schema.js';
import { pickText, type ReportLocale } from '../format/format.js';
import { messages } from '../i18n/messages.js';
import { storyWords } from '../i18n/story.js';
import type { Theme } from '../theme.js';
import { attributes } from './attributes.js';
import { graphicFrames } from './frames.js';
import { itemWords, referencedIds } from './references.js';
import {
  GRAPHIC_ELEMENTS,
  type GraphicSpec,
  type ListEntry,
  type Story,
  type StoryStep,
} from './schema.js';
import { citedSentences, markedSentence } from './sentences.js';
import { graphicsOf } from './validate.js';

export { graphicFrames, type GraphicFrame } from './frames.js';

export interface StoryRenderOptions {
  /** The language to render. */
  readonly locale: ReportLocale;
  /** The dataset's URL (see `datasetUrl()`); given to the `<report-data>` around the story. */
  readonly dataset: string;
  /**
   * The dataset itself, when the page has loaded it: list entries that name dataset items show
   * the items' words, and each scroll step offers the report sentences of what it shows.
   */
  readonly data?: Dataset | undefined;
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
  /**
   * Where the deck's keys count: `focus` (default; an embedded deck) or `page` (the page is the
   * deck: its keys work wherever focus is, text fields apart).
   */
  readonly keyboard?: DeckKeyScope | undefined;
}

/** A list entry's words: its text, or the words of the dataset item it names. */
function entryWords(entry: ListEntry, locale: ReportLocale, data: Dataset | undefined): string {
  if (typeof entry !== 'string') return pickText(entry, locale);
  return (data && itemWords(data, entry, locale)) ?? entry;
}

/** A step's text: kicker, heading, quotation, paragraphs and list. */
export function renderStepText(
  step: StoryStep,
  locale: ReportLocale,
  data?: Dataset,
): TemplateResult {
  const quote = step.quote;
  return html`${step.kicker ? html`<p class="report-kicker">${pickText(step.kicker, locale)}</p>` : nothing}
  ${step.heading ? html`<h2>${pickText(step.heading, locale)}</h2>` : nothing}
  ${
    quote
      ? html`<figure class="report-quote">
          <blockquote><p>${pickText(quote.text, locale)}</p></blockquote>
          ${quote.by ? html`<figcaption>${pickText(quote.by, locale)}</figcaption>` : nothing}
        </figure>`
      : nothing
  }
  ${(step.body ?? []).map((paragraph) => html`<p>${pickText(paragraph, locale)}</p>`)}
  ${
    step.list
      ? html`<ul class="report-list">
          ${step.list.map((entry) => html`<li>${entryWords(entry, locale, data)}</li>`)}
        </ul>`
      : nothing
  }`;
}

/** One graphic element with its attributes, or a placeholder saying why it cannot be shown. */
export function renderGraphic(
  spec: GraphicSpec,
  locale: ReportLocale,
  theme?: Theme,
): TemplateResult {
  const known = (GRAPHIC_ELEMENTS as readonly string[]).includes(spec.element);
  if (!known || typeof customElements === 'undefined' || !customElements.get(spec.element)) {
    const described = `<${spec.element}${Object.entries(spec.attributes ?? {})
      .map(([name, value]) =>
        value === true ? ` ${name}` : value === false ? '' : ` ${name}="${String(value)}"`,
      )
      .join('')}>`;
    const words = storyWords(locale);
    const why = known ? words.notLoaded : words.notKnown;
    return html`<div class="report-placeholder" role="note"><code>${described}</code> ${why}</div>`;
  }
  const tag = unsafeStatic(spec.element);
  const own = { ...(theme ? { theme } : {}), ...spec.attributes, locale };
  return staticHtml`<${tag} ${attributes(own)}></${tag}>`;
}

function renderGraphics(graphics: readonly GraphicSpec[], locale: ReportLocale, theme?: Theme) {
  return graphics.map((graphic) => renderGraphic(graphic, locale, theme));
}

/**
 * Every dataset id a step names — through its graphics' `metric`, `goal`, `highlight`, the ids in
 * its list and its own `cite` list — in that order, each once.
 */
export function stepCitations(step: StoryStep): string[] {
  const ids = new Set<string>();
  for (const graphic of graphicsOf(step.graphic)) {
    for (const [name, value] of Object.entries(graphic.attributes ?? {})) {
      if (typeof value === 'string') for (const id of referencedIds(name, value)) ids.add(id);
    }
  }
  for (const entry of step.list ?? []) if (typeof entry === 'string') ids.add(entry);
  for (const id of step.cite ?? []) ids.add(id);
  return [...ids];
}

/** For `data-report-cite`, so the deck's notes can quote them even while an element is a placeholder. */
function cites(step: StoryStep): string | typeof nothing {
  const ids = stepCitations(step);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/**
 * The report sentences a step's figures, targets, events and list entries come from, each once,
 * with the items' own words marked: the reader's way to check every figure against the report.
 */
export function renderSources(
  step: StoryStep,
  locale: ReportLocale,
  data: Dataset | undefined,
): TemplateResult | typeof nothing {
  if (!data) return nothing;
  const { sentences } = citedSentences(data, stepCitations(step));
  if (sentences.length === 0) return nothing;
  const words = messages(locale);
  return html`<details class="report-sources">
    <summary>${storyWords(locale).sources(sentences.length)}</summary>
    <ol>
      ${sentences.map((sentence) => {
        const labels = sentence.items.map((item) => pickText(item.label, locale));
        return html`<li>
          <blockquote lang="zh-CN">${markedSentence(sentence)}</blockquote>
          <p>${labels.join(words.common.labels)}</p>
        </li>`;
      })}
    </ol>
  </details>`;
}

/** A step's classes: its role, and whether it has a graphic of its own (slides). */
function stepClass(base: string, step: StoryStep, graphics?: number): string {
  const classes = [base];
  if (step.kind === 'chapter') classes.push('report-chapter');
  if (step.quote) classes.push('report-has-quote');
  if (graphics !== undefined) classes.push(graphics ? 'with-graphic' : 'text-only');
  return classes.join(' ');
}

/** The story as a `<report-scroller>` inside a `<report-data>`. */
export function renderStoryScroller(story: Story, options: StoryRenderOptions): TemplateResult {
  const { locale, data, theme } = options;
  return html`<report-data src=${options.dataset} locale=${locale}>
    <report-scroller class="report-story" locale=${locale} theme=${theme ?? nothing}>
      ${story.steps.map(
        (step) =>
          html`<section
            id=${step.id}
            class=${stepClass('report-step', step)}
            data-report-cite=${cites(step)}
          >
            ${renderStepText(step, locale, data)} ${renderSources(step, locale, data)}
          </section>`,
      )}
      ${graphicFrames(story).map(
        (frame) =>
          html`<div slot="graphic" class="report-graphic" data-report-for=${frame.steps.join(' ')}>
            ${renderGraphics(frame.graphics, locale, theme)}
          </div>`,
      )}
    </report-scroller>
  </report-data>`;
}

/** The story as a `<report-deck>` inside a `<report-data>`: one slide per step, with its notes. */
export function renderStoryDeck(story: Story, options: DeckRenderOptions): TemplateResult {
  const { locale, data, theme } = options;
  return html`<report-data src=${options.dataset} locale=${locale}>
    <report-deck
      class="report-story"
      locale=${locale}
      theme=${theme ?? nothing}
      view=${options.view ?? 'slides'}
      ?hash=${options.hash ?? true}
      keyboard=${options.keyboard ?? nothing}
      label=${pickText(story.title, locale)}
    >
      ${story.steps.map((step) => {
        const graphics = graphicsOf(step.graphic);
        return html`<section
          id=${step.id}
          class=${stepClass('report-slide', step, graphics.length)}
          data-report-cite=${cites(step)}
        >
          <div class="report-slide-text">${renderStepText(step, locale, data)}</div>
          ${
            graphics.length
              ? html`<div class="report-graphic">${renderGraphics(graphics, locale, theme)}</div>`
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
