/**
 * The story tab: the drafted story's steps in a list — reordered by dragging or by Alt+↑/↓ on a
 * step, removed, added — the selected step's heading and paragraphs in both languages and its
 * graphic, and a live preview as a scroll story, as slides (both in a frame that renders with the
 * library's renderer), or as one widget with its embed code (the embed builder).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, LongText } from '../../../src/data/schema.js';
import { pickText, type ReportLocale } from '../../../src/format/format.js';
import type { GraphicSpec, Story, StoryStep } from '../../../src/story/schema.js';
import { graphicsOf } from '../../../src/story/validate.js';
import type { SiteMessages } from '../../i18n/messages.js';
import { segmented } from '../../builder/controls.js';
import type { GraphicChoice } from '../story-edit.js';

type Words = SiteMessages['studio']['story'];

export type PreviewMode = 'scroll' | 'deck' | 'widget';
export const PREVIEW_MODES: readonly PreviewMode[] = ['scroll', 'deck', 'widget'];

export interface StoryView {
  readonly story: Story | undefined;
  readonly dataset: Dataset;
  readonly selected: number;
  readonly preview: PreviewMode;
  readonly drafting: boolean;
  readonly publish: string;
  readonly ui: ReportLocale;
  readonly words: Words;
  /** The embed builder's panels, for the widget preview. */
  readonly widget: () => TemplateResult;
  readonly on: {
    readonly draft: () => void;
    readonly select: (index: number) => void;
    readonly move: (from: number, to: number) => void;
    readonly remove: (index: number) => void;
    readonly add: (after: number) => void;
    readonly words: (
      index: number,
      field: 'heading' | 'body',
      lang: 'zh' | 'en',
      value: string,
    ) => void;
    readonly graphic: (index: number, choice: GraphicChoice) => void;
    readonly preview: (mode: PreviewMode) => void;
    readonly publish: (url: string) => void;
  };
}

/** The value of the graphic select for a step's graphic. */
function graphicValue(graphic: StoryStep['graphic']): string {
  const list = graphicsOf(graphic);
  if (list.length === 0) return 'none';
  if (list.length > 1) return 'draft';
  const g = list[0] as GraphicSpec;
  const a = g.attributes ?? {};
  if (g.element === 'report-counter') return `counter:${String(a.metric ?? '')}`;
  if (g.element === 'report-gauge') return `gauge:${String(a.goal ?? '')}`;
  if (g.element === 'report-timeline') return 'timeline';
  if (g.element === 'report-pillars') return 'pillars';
  return 'draft';
}

function choiceOf(value: string): GraphicChoice | undefined {
  const [kind, id = ''] = value.split(':');
  if (kind === 'none') return { kind: 'none' };
  if (kind === 'counter' || kind === 'gauge') return { kind, id };
  if (kind === 'timeline') return { kind: 'timeline' };
  if (kind === 'pillars') return { kind: 'pillars' };
  return undefined;
}

const paragraphs = (body: readonly LongText[] | undefined, lang: 'zh' | 'en') =>
  (body ?? []).map((p) => (lang === 'zh' ? p.zh : (p.en ?? ''))).join('\n\n');

function stepRow(v: StoryView, step: StoryStep, i: number): TemplateResult {
  const w = v.words;
  const count = v.story?.steps.length ?? 0;
  const title = step.heading ? pickText(step.heading, v.ui) : w.untitled;
  return html`<li
    class="step${v.selected === i ? ' selected' : ''}${step.kind === 'chapter' ? ' chapter' : ''}"
    draggable="true"
    data-index=${i}
    @dragstart=${(e: DragEvent) => {
      e.dataTransfer?.setData('text/plain', String(i));
      if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    }}
    @dragover=${(e: DragEvent) => e.preventDefault()}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      const from = Number(e.dataTransfer?.getData('text/plain'));
      if (Number.isInteger(from) && from !== i) v.on.move(from, i);
    }}
  >
    <span class="grip" aria-hidden="true">⋮⋮</span>
    <button
      type="button"
      class="step-main"
      aria-pressed=${v.selected === i ? 'true' : 'false'}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      @click=${() => v.on.select(i)}
      @keydown=${(e: KeyboardEvent) => {
        if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        e.preventDefault();
        v.on.move(i, e.key === 'ArrowUp' ? i - 1 : i + 1);
      }}
    >
      <span class="step-n">${w.step(i + 1)}</span>
      <span class="step-title">${title}</span>
    </button>
    <span class="step-tools">
      <button type="button" class="icon" ?disabled=${i === 0} @click=${() => v.on.move(i, i - 1)}>
        <span aria-hidden="true">↑</span><span class="visually-hidden">${w.moveUp}：${title}</span>
      </button>
      <button
        type="button"
        class="icon"
        ?disabled=${i === count - 1}
        @click=${() => v.on.move(i, i + 1)}
      >
        <span aria-hidden="true">↓</span
        ><span class="visually-hidden">${w.moveDown}：${title}</span>
      </button>
      <button type="button" class="icon" ?disabled=${count <= 1} @click=${() => v.on.remove(i)}>
        <span aria-hidden="true">✕</span><span class="visually-hidden">${w.remove}：${title}</span>
      </button>
    </span>
  </li>`;
}

function stepEditor(v: StoryView, step: StoryStep, i: number): TemplateResult {
  const w = v.words;
  const field = (name: 'heading' | 'body', lang: 'zh' | 'en', label: string) => {
    const id = `step-${name}-${lang}`;
    const value =
      name === 'heading'
        ? lang === 'zh'
          ? (step.heading?.zh ?? '')
          : (step.heading?.en ?? '')
        : paragraphs(step.body, lang);
    const change = (e: Event) =>
      v.on.words(i, name, lang, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
    return html`<label for=${id}>${label}</label> ${
        name === 'heading'
          ? html`<input
              id=${id}
              lang=${lang === 'zh' ? 'zh-CN' : 'en'}
              .value=${value}
              @change=${change}
            />`
          : html`<textarea
              id=${id}
              rows="5"
              lang=${lang === 'zh' ? 'zh-CN' : 'en'}
              aria-describedby="body-hint"
              .value=${value}
              @change=${change}
            ></textarea>`
      }`;
  };
  const d = v.dataset;
  const current = graphicValue(step.graphic);
  return html`<form
    class="step-editor"
    aria-label=${w.editing(i + 1)}
    @submit=${(e: Event) => e.preventDefault()}
  >
    <h3>${w.editing(i + 1)}</h3>
    ${field('heading', 'zh', w.headingZh)} ${field('heading', 'en', w.headingEn)}
    ${field('body', 'zh', w.bodyZh)} ${field('body', 'en', w.bodyEn)}
    <p class="hint" id="body-hint">${w.bodyHint}</p>
    <label for="step-graphic">${w.graphic}</label>
    <select
      id="step-graphic"
      @change=${(e: Event) => {
        const choice = choiceOf((e.target as HTMLSelectElement).value);
        if (choice) v.on.graphic(i, choice);
      }}
    >
      ${current === 'draft' ? html`<option value="draft" selected>${w.graphics.draft}</option>` : nothing}
      <option value="none" ?selected=${current === 'none'}>${w.graphics.none}</option>
      ${d.figures
        .filter((f) => f.value !== undefined && f.unit !== undefined)
        .map(
          (f) =>
            html`<option value="counter:${f.id}" ?selected=${current === `counter:${f.id}`}>
              ${w.graphics.counter}${pickText(f.label, v.ui)}
            </option>`,
        )}
      ${d.targets.map(
        (t) =>
          html`<option value="gauge:${t.id}" ?selected=${current === `gauge:${t.id}`}>
            ${w.graphics.gauge}${pickText(t.label, v.ui)}
          </option>`,
      )}
      ${d.events.length ? html`<option value="timeline" ?selected=${current === 'timeline'}>${w.graphics.timeline}</option>` : nothing}
      ${d.programme ? html`<option value="pillars" ?selected=${current === 'pillars'}>${w.graphics.pillars}</option>` : nothing}
    </select>
  </form>`;
}

function previewPanel(v: StoryView): TemplateResult {
  const w = v.words;
  return html`<section class="panel story-preview" aria-labelledby="story-preview-heading">
    <div class="panel-head">
      <h2 id="story-preview-heading">${w.preview}</h2>
      ${segmented(w.preview, PREVIEW_MODES, v.preview, w.previews, v.on.preview)}
    </div>
    ${
      v.preview === 'widget'
        ? html`<div class="field">
              <label for="publish-url">${w.publish}</label>
              <input
                id="publish-url"
                type="url"
                spellcheck="false"
                aria-describedby="publish-hint"
                .value=${v.publish}
                @change=${(e: Event) => v.on.publish((e.target as HTMLInputElement).value)}
              />
              <p class="hint" id="publish-hint">${w.publishHint}</p>
            </div>
            <div class="builder studio-builder">${v.widget()}</div>`
        : html`<iframe
            class="preview-frame preview-${v.preview}"
            title=${w.previews[v.preview]}
            src="studio-preview.html?mode=${v.preview}&lang=${v.ui === 'en' ? 'en' : 'zh'}"
          ></iframe>`
    }
  </section>`;
}

export function storyTab(v: StoryView): TemplateResult {
  const w = v.words;
  const story = v.story;
  if (!story) {
    return html`<section class="panel story-empty">
      <p>${w.draftHint}</p>
      <button type="button" class="primary" ?disabled=${v.drafting} @click=${v.on.draft}>
        ${v.drafting ? w.drafting : w.draft}
      </button>
    </section>`;
  }
  const step = story.steps[v.selected] ?? story.steps[0];
  const index = story.steps[v.selected] ? v.selected : 0;
  return html`<div class="story-layout">
    <section class="panel story-steps" aria-labelledby="steps-heading">
      <div class="panel-head">
        <h2 id="steps-heading">${w.steps}</h2>
        <button type="button" class="secondary" ?disabled=${v.drafting} @click=${v.on.draft}>
          ${v.drafting ? w.drafting : w.redraft}
        </button>
      </div>
      <p class="hint">${w.dragHint}</p>
      ${story.title.en === undefined ? html`<p class="hint">${w.chineseOnly}</p>` : nothing}
      <ol class="steps">
        ${story.steps.map((s, i) => stepRow(v, s, i))}
      </ol>
      <button type="button" class="secondary" @click=${() => v.on.add(index)}>${w.add}</button>
      ${step ? stepEditor(v, step, index) : nothing}
    </section>
    ${previewPanel(v)}
  </div>`;
}
