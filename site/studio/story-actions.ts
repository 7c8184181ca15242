/**
 * The studio's story and export tabs: drafting the story in the worker, the step edits, the live
 * previews (a frame for the scroll story and the deck; the embed builder for one widget, reading the
 * dataset being edited from the loader's cache under the URL it will be published at), and the
 * exports.
 */
import { html, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { clearDatasetCache, primeDataset } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/schema.js';
import type { Story } from '../../src/story/schema.js';
import { EmbedBuilder } from '../builder/builder.js';
import type { Studio } from './app.js';
import type { Derived } from './derive.js';
import { download, exportDataset, exportStory, fetchKit, siteZip } from './export.js';
import { projectFile, projectFileName } from './project-file.js';
import type { PreviewMessage } from './preview.js';
import {
  addStep,
  editStep,
  graphicOf,
  moveStep,
  removeStep,
  setGraphic,
  storyForDataset,
  type GraphicChoice,
} from './story-edit.js';
import { exportTab } from './views/export.js';
import { storyTab, type PreviewMode } from './views/story.js';

export class StoryActions {
  readonly #studio: Studio;
  selected = 0;
  preview: PreviewMode = 'scroll';
  drafting = false;
  exportBusy = false;
  exportMessage = '';
  /** Bumped when the reviewed dataset changes: the preview's cache key. */
  #revision = 0;
  #dataset: Dataset | undefined;
  #builder: EmbedBuilder | undefined;
  #builderFor: string | undefined;
  readonly #onMessage = (event: MessageEvent<{ type?: string } | null>) => {
    if (event.origin === location.origin && event.data?.type === 'report-story-preview-ready') {
      this.#post(event.source as Window | null);
    }
  };

  constructor(studio: Studio) {
    this.#studio = studio;
    window.addEventListener('message', this.#onMessage);
  }

  /** A new project is open: start from its first step. */
  reset(): void {
    this.selected = 0;
    this.exportMessage = '';
  }

  #draw(): void {
    this.#studio.draw();
  }

  async draft(d: Derived): Promise<void> {
    const w = this.#studio.words.story;
    if (d.project.story && !confirm(w.redraftConfirm)) return;
    this.drafting = true;
    this.#draw();
    try {
      const story = await this.#studio.extractor.draft(d.dataset);
      this.#studio.session.update((p) => ({ ...p, story }));
      this.selected = 0;
      this.#studio.message = { kind: 'note', text: w.drafted(story.steps.length) };
    } catch (error) {
      this.#studio.message = {
        kind: 'error',
        text: `${this.#studio.words.exports.failed}${error instanceof Error ? error.message : String(error)}`,
      };
    } finally {
      this.drafting = false;
      this.#draw();
    }
  }

  #edit(change: (story: Story) => Story): void {
    this.#studio.session.update((p) => (p.story ? { ...p, story: change(p.story) } : p));
    this.#draw();
  }

  #announce(text: string): void {
    this.#studio.message = { kind: 'note', text };
  }

  /** The URL the widgets will read the dataset from once the folder is published. */
  datasetUrl(d: Derived): string {
    const base = d.project.publish || new URL(`${d.dataset.id}/`, location.href).href;
    try {
      return new URL(`data/${d.dataset.id}.json`, base).href;
    } catch {
      return new URL(`data/${d.dataset.id}.json`, location.href).href;
    }
  }

  #widget(d: Derived): TemplateResult {
    const url = this.datasetUrl(d);
    const script = new URL('../report-story.js', url).href;
    if (!this.#builder) {
      this.#builder = new EmbedBuilder({
        ui: this.#studio.ui,
        script,
        onChange: () => this.#draw(),
      });
    }
    const builder = this.#builder;
    const key = `${url}|${this.#revision}`;
    if (this.#builderFor !== key) {
      // The dataset exists only here: the widgets read it from the cache, under its future URL.
      clearDatasetCache(url);
      primeDataset(url, d.dataset);
      this.#builderFor = key;
      builder.set({ script });
      builder.showDataset(d.dataset, url);
    }
    return html`${keyed(key, html`${builder.renderControls()} ${builder.renderOutput()}`)}
    ${builder.renderStatus()}`;
  }

  view(d: Derived): TemplateResult {
    const s = this.#studio;
    if (this.#dataset !== d.dataset) {
      this.#dataset = d.dataset;
      this.#revision++;
    }
    const story = d.project.story && storyForDataset(d.project.story, d.dataset);
    const count = story?.steps.length ?? 0;
    return html`${s.message ? html`<p class="message ${s.message.kind} studio-note" role="status">${s.message.text}</p>` : ''}
    ${storyTab({
      story,
      dataset: d.dataset,
      selected: this.selected,
      preview: this.preview,
      drafting: this.drafting,
      publish: d.project.publish || new URL(`${d.dataset.id}/`, location.href).href,
      ui: s.ui,
      words: s.words.story,
      widget: () => this.#widget(d),
      on: {
        draft: () => void this.draft(d),
        select: (i) => {
          this.selected = i;
          this.#draw();
        },
        move: (from, to) => {
          if (to < 0 || to >= count) return;
          this.#edit((st) => moveStep(st, from, to));
          this.selected = to;
          this.#announce(s.words.story.moved(from + 1, to + 1));
          this.#draw();
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>(`li.step[data-index="${to}"] .step-main`)?.focus(),
          );
        },
        remove: (i) => {
          this.#edit((st) => removeStep(st, i));
          this.selected = Math.max(0, Math.min(i, count - 2));
          this.#announce(s.words.story.removed(i + 1));
          this.#draw();
        },
        add: (after) => {
          this.#edit((st) => addStep(st, after, { zh: s.words.story.newStep }));
          this.selected = after + 1;
          this.#announce(s.words.story.addedStep(after + 2));
          this.#draw();
        },
        words: (i, field, lang, value) =>
          this.#edit((st) => {
            const step = st.steps[i];
            if (!step) return st;
            if (field === 'heading') {
              const heading = { zh: step.heading?.zh ?? '', en: step.heading?.en, [lang]: value };
              return editStep(st, i, { heading });
            }
            const own = value.split(/\n\s*\n/).map((t) => t.trim());
            const old = step.body ?? [];
            const n = Math.max(own.length, old.length);
            const body = Array.from({ length: n }, (_, k) => ({
              zh: lang === 'zh' ? (own[k] ?? '') : (old[k]?.zh ?? ''),
              en: lang === 'en' ? own[k] : old[k]?.en,
            }));
            return editStep(st, i, { body });
          }),
        graphic: (i, choice: GraphicChoice) =>
          this.#edit((st) => setGraphic(st, i, graphicOf(choice))),
        preview: (mode) => {
          this.preview = mode;
          this.#draw();
        },
        publish: (url) => {
          s.session.update((p) => ({ ...p, publish: url.trim() }));
          this.#draw();
        },
      },
    })}`;
  }

  /** Sends the story and dataset to the preview frame (it asks when it loads, too). */
  #post(target: Window | null | undefined): void {
    const d = this.#studio.derived;
    const story = d?.project.story;
    if (!d || !story || !target) return;
    const message: PreviewMessage = {
      type: 'report-story-preview',
      story: storyForDataset(story, d.dataset),
      dataset: d.dataset,
      revision: this.#revision,
    };
    target.postMessage(message, location.origin);
  }

  afterDraw(): void {
    if (this.#studio.tab !== 'story' || this.preview === 'widget') return;
    const frame = document.querySelector<HTMLIFrameElement>('iframe.preview-frame');
    this.#post(frame?.contentWindow);
  }

  // ---- export ----------------------------------------------------------------------------------

  exportView(d: Derived): TemplateResult {
    const s = this.#studio;
    const w = s.words.exports;
    const exported = exportDataset(d.project);
    const id = exported.dataset.id;
    const story = exportStory(d.project, exported.dataset);
    const done = (name: string) => {
      this.exportMessage = w.made(name);
      this.#draw();
    };
    return exportTab({
      pending: d.counts.review,
      issues: exported.issues,
      hasStory: story !== undefined,
      busy: this.exportBusy,
      message: this.exportMessage,
      words: w,
      on: {
        dataset: () => {
          download(`${id}.json`, exported.json, 'application/json');
          done(`${id}.json`);
        },
        story: () => {
          if (!story) return;
          download(`${id}.story.json`, `${JSON.stringify(story, null, 2)}\n`, 'application/json');
          done(`${id}.story.json`);
        },
        zip: () => void this.#zip(exported.dataset, story),
        project: () => {
          download(projectFileName(d.project), projectFile(d.project), 'application/json');
          done(projectFileName(d.project));
        },
      },
    });
  }

  async #zip(dataset: Dataset, story: ReturnType<typeof exportStory>): Promise<void> {
    if (!story) return;
    const w = this.#studio.words.exports;
    this.exportBusy = true;
    this.exportMessage = w.making;
    this.#draw();
    try {
      const kit = await fetchKit(location.href);
      const lang = this.#studio.ui === 'en' && story.title.en !== undefined ? 'en' : 'zh';
      const bytes = siteZip(dataset, story, kit, lang);
      download(`${dataset.id}.zip`, bytes, 'application/zip');
      this.exportMessage = w.made(`${dataset.id}.zip`);
    } catch (error) {
      this.exportMessage = `${w.failed}${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.exportBusy = false;
      this.#draw();
    }
  }
}
