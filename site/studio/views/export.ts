/** The export tab: the dataset, the story, the site as a zip, and the project file. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetIssue } from '../../../src/data/validate.js';
import type { SiteMessages } from '../../i18n/messages.js';

type Words = SiteMessages['studio']['exports'];

export interface ExportView {
  readonly pending: number;
  readonly issues: readonly DatasetIssue[];
  readonly hasStory: boolean;
  readonly busy: boolean;
  readonly message: string;
  readonly words: Words;
  readonly on: {
    readonly dataset: () => void;
    readonly story: () => void;
    readonly zip: () => void;
    readonly project: () => void;
  };
}

export function exportTab(v: ExportView): TemplateResult {
  const w = v.words;
  return html`<section class="panel exports" aria-labelledby="export-heading">
    <h2 id="export-heading">${w.heading}</h2>
    <p class=${v.pending ? 'note' : 'good'}>
      <span aria-hidden="true">${v.pending ? '?' : '✓'}</span>
      ${v.pending ? w.draftNote(v.pending) : w.final}
    </p>
    ${
      v.issues.length
        ? html`<div class="message error" role="alert">
            <p>${w.invalid}</p>
            <ul>
              ${v.issues.map((i) => html`<li><code>${i.path}</code> ${i.message}</li>`)}
            </ul>
          </div>`
        : html`<p class="good"><span aria-hidden="true">✓</span> ${w.valid}</p>`
    }
    <ul class="export-list">
      <li>
        <button
          type="button"
          class="primary"
          ?disabled=${v.issues.length > 0}
          @click=${v.on.dataset}
        >
          ${w.dataset}
        </button>
        <p class="hint">${w.datasetHint}</p>
      </li>
      <li>
        <button type="button" class="primary" ?disabled=${!v.hasStory} @click=${v.on.story}>
          ${w.story}
        </button>
        <p class="hint">${v.hasStory ? w.storyHint : w.noStory}</p>
      </li>
      <li>
        <button
          type="button"
          class="primary"
          ?disabled=${!v.hasStory || v.busy || v.issues.length > 0}
          @click=${v.on.zip}
        >
          ${v.busy ? w.making : w.zip}
        </button>
        <p class="hint">${v.hasStory ? w.zipHint : w.noStory}</p>
      </li>
      <li>
        <button type="button" class="secondary" @click=${v.on.project}>${w.project}</button>
        <p class="hint">${w.projectHint}</p>
      </li>
    </ul>
    ${v.message ? html`<p class="status-line" role="status">${v.message}</p>` : nothing}
  </section>`;
}
