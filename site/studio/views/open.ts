/**
 * The open tab: drop or choose a report file, paste its text, or open a URL; the progress of a read
 * under way; the message of a report refused (in place, the open project untouched); the saved
 * projects, and importing a project file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteMessages } from '../../i18n/messages.js';
import { READ_STAGES } from '../read-report.js';
import type { InputProblem } from '../input.js';
import type { SessionState } from '../session.js';

type Words = SiteMessages['studio'];

/** Why a report was refused, in the editor's words. */
export function problemText(w: Words['problems'], p: InputProblem): string {
  switch (p.reason) {
    case 'empty':
      return w.empty(p.name);
    case 'too-large':
      return w.tooLarge(p.name, (p.bytes / 1e6).toFixed(1));
    case 'not-text':
      return `${w.notText(p.name)}\n${p.detail}`;
    case 'kind':
      return w.kind(p.name);
    case 'fetch':
      return `${w.fetch(p.url)}${p.detail}`;
    case 'http':
      return w.http(p.url, p.status);
    case 'html':
      return w.html(p.url, p.type);
  }
}

export interface OpenView {
  readonly session: SessionState;
  readonly message: { readonly kind: 'error' | 'note'; readonly text: string } | undefined;
  readonly url: string;
  readonly dragging: boolean;
  readonly words: Words;
  readonly formatDate: (iso: string) => string;
  readonly on: {
    readonly files: (files: FileList | null | undefined) => void;
    readonly paste: (text: string) => void;
    readonly url: (url: string) => void;
    readonly dragging: (on: boolean) => void;
    readonly openSaved: (id: string) => void;
    readonly remove: (id: string, title: string) => void;
    readonly importFile: (files: FileList | null | undefined) => void;
  };
}

function progress(v: OpenView): TemplateResult | typeof nothing {
  const reading = v.session.reading;
  if (!reading) return nothing;
  const w = v.words.open;
  const stages = ['read', ...READ_STAGES] as const;
  const at = stages.indexOf(reading.stage);
  return html`<div class="reading" role="status">
    <p>${w.reading(reading.file)} ${w.stages[reading.stage]}</p>
    <progress max=${stages.length - 1} value=${at} aria-label=${w.reading(reading.file)}></progress>
  </div>`;
}

/** A file input shown as a button (its label), with a hint; the input is kept for keyboards. */
interface FilePicker {
  readonly id: string;
  readonly button: 'primary' | 'secondary';
  readonly label: string;
  readonly accept: string;
  readonly hint: { readonly id: string; readonly text: string };
  readonly disabled: boolean;
  readonly pick: (files: FileList | null) => void;
}

function filePicker(f: FilePicker): TemplateResult {
  return html`<label class="button ${f.button}" for=${f.id}>${f.label}</label>
    <input
      id=${f.id}
      class="visually-hidden"
      type="file"
      accept=${f.accept}
      aria-describedby=${f.hint.id}
      ?disabled=${f.disabled}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        f.pick(input.files);
        // Emptied, so that picking the same file again is a change too.
        input.value = '';
      }}
    />
    <p class="hint" id=${f.hint.id}>${f.hint.text}</p>`;
}

/** Another way to give a report, folded away: one field, sent by its button. */
interface FoldedForm {
  readonly summary: string;
  readonly open: boolean;
  /** The name of the field whose value is sent. */
  readonly name: string;
  readonly fields: TemplateResult;
  readonly button: string;
  readonly busy: boolean;
  readonly send: (value: string) => void;
}

function foldedForm(f: FoldedForm): TemplateResult {
  return html`<details class="more" ?open=${f.open}>
    <summary>${f.summary}</summary>
    <form
      @submit=${(e: Event) => {
        e.preventDefault();
        const field = (e.currentTarget as HTMLFormElement).elements.namedItem(f.name);
        f.send((field as HTMLInputElement | HTMLTextAreaElement).value);
      }}
    >
      ${f.fields}
      <button type="submit" class="secondary" ?disabled=${f.busy}>${f.button}</button>
    </form>
  </details>`;
}

export function openTab(v: OpenView): TemplateResult {
  const w = v.words.open;
  const busy = v.session.reading !== undefined;
  const current = v.session.project?.id;
  return html`<div class="open-layout">
    <section class="panel" aria-labelledby="open-heading">
      <h2 id="open-heading">${w.heading}</h2>
      <div
        class="dropzone${v.dragging ? ' dragging' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          v.on.dragging(true);
        }}
        @dragleave=${() => v.on.dragging(false)}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          v.on.dragging(false);
          v.on.files(e.dataTransfer?.files);
        }}
      >
        <p>${w.drop}</p>
        <p>${w.or}</p>
        ${filePicker({
          id: 'report-file',
          button: 'primary',
          label: w.choose,
          accept: '.txt,.md,.markdown,.text,text/plain,text/markdown',
          hint: { id: 'file-hint', text: w.fileHint },
          disabled: busy,
          pick: v.on.files,
        })}
      </div>
      ${progress(v)}
      ${
        v.message
          ? html`<div
              class=${v.message.kind === 'error' ? 'message error' : 'message note'}
              role="alert"
            >
              ${v.message.text.split('\n').map((line) => html`<p>${line}</p>`)}
            </div>`
          : nothing
      }
      ${foldedForm({
        summary: w.paste,
        open: false,
        name: 'report-text',
        fields: html`<label for="report-text">${w.pasteLabel}</label>
          <textarea id="report-text" name="report-text" rows="8" lang="zh-CN"></textarea>`,
        button: w.pasteButton,
        busy,
        send: v.on.paste,
      })}
      ${foldedForm({
        summary: w.url,
        open: v.url !== '',
        name: 'report-url',
        fields: html`<label for="report-url">${w.urlLabel}</label>
          <input
            id="report-url"
            name="report-url"
            type="url"
            spellcheck="false"
            aria-describedby="url-hint"
            .value=${v.url}
          />
          <p class="hint" id="url-hint">${w.urlHint}</p>`,
        button: w.urlButton,
        busy,
        send: v.on.url,
      })}
    </section>
    <section class="panel" aria-labelledby="projects-heading">
      <h2 id="projects-heading">${w.projects}</h2>
      <p class="hint">${w.projectsHint}</p>
      ${
        v.session.projects.length === 0
          ? html`<p>${w.noProjects}</p>`
          : html`<ul class="projects">
              ${v.session.projects.map(
                (p) =>
                  html`<li>
                    <span class="project-title">${p.title}</span>
                    <span class="hint"
                      >${p.file} ·
                      ${w.updated(v.formatDate(p.updated))}${
                        p.id === current ? html` · <strong>${w.current}</strong>` : nothing
                      }</span
                    >
                    <span class="buttons">
                      <button
                        type="button"
                        class="secondary"
                        ?disabled=${p.id === current}
                        aria-label=${`${w.openProject}：${p.title}`}
                        @click=${() => v.on.openSaved(p.id)}
                      >
                        ${w.openProject}
                      </button>
                      <button
                        type="button"
                        class="secondary"
                        aria-label=${`${w.deleteProject}：${p.title}`}
                        @click=${() => v.on.remove(p.id, p.title)}
                      >
                        ${w.deleteProject}
                      </button>
                    </span>
                  </li>`,
              )}
            </ul>`
      }
      ${filePicker({
        id: 'project-file',
        button: 'secondary',
        label: w.importProject,
        accept: '.json,application/json',
        hint: { id: 'import-hint', text: w.importHint },
        disabled: false,
        pick: v.on.importFile,
      })}
    </section>
  </div>`;
}
