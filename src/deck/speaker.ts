/**
 * The deck's second face, the presenter's speaker view: a bar with the elapsed time, the slide
 * controls, blank and restart; the current slide and the next one; the notes with the report
 * sentence of every figure the slide cites. The deck fills the slots and keeps the state; this is
 * its template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pickText, type ReportLocale } from '../format/format.js';
import { messages } from '../i18n/messages.js';
import { deckWords } from '../i18n/deck.js';
import { markedSentence } from '../story/sentences.js';
import type { SpeakerNotes } from './notes.js';

/** The notes go with the view: they load with it, on first use. */
export { NO_NOTES, speakerNotes } from './notes.js';

export interface SpeakerViewInput {
  readonly locale: ReportLocale;
  /** The elapsed time as shown (12:34). */
  readonly elapsed: string;
  /** The deck's previous / counter / next controls. */
  readonly navigation: TemplateResult;
  readonly blank: boolean;
  /** Reduced motion: nothing moves. */
  readonly still: boolean;
  readonly hasNext: boolean;
  readonly notes: SpeakerNotes;
  /** What a screen reader hears after a move. */
  readonly announcement: string;
  readonly onBlank: () => void;
  readonly onRestartClock: () => void;
}

export function speakerView(input: SpeakerViewInput): TemplateResult {
  const words = deckWords(input.locale);
  const { notes } = input;
  return html`<div class="speaker-frame">
    <div part="speaker" class="speaker ${input.still ? 'still' : ''}">
      <div class="bar">
        <span role="timer" class="clock" aria-label=${words.elapsed}>${input.elapsed}</span>
        <span class="navigation">${input.navigation}</span>
        <button
          part="control"
          type="button"
          aria-pressed=${input.blank ? 'true' : 'false'}
          @click=${input.onBlank}
        >
          ${words.blank}
        </button>
        <button part="control" type="button" @click=${input.onRestartClock}>
          ${words.resetClock}
        </button>
        ${input.blank ? html`<strong class="blanked">${words.blanked}</strong>` : nothing}
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
            ${input.hasNext ? nothing : html`<p class="empty">${words.end}</p>`}
          </div>
        </div>
      </section>
      <section part="notes" class="notes" aria-label=${words.notes}>
        <h2>${words.notes}</h2>
        ${notes.notes.length ? notes.notes : html`<p class="quiet">${words.noNotes}</p>`}
        ${notes.sentences.length || notes.missing.length ? sources(notes, input.locale) : nothing}
      </section>
      <p class="visually-hidden" role="status">${input.announcement}</p>
    </div>
  </div>`;
}

/** Each report sentence once, its figures' words marked, under the labels of what it holds. */
function sources(notes: SpeakerNotes, locale: ReportLocale): TemplateResult {
  const words = messages(locale);
  const { sentences, missing, datasetReady, failure } = notes;
  return html`<h2>${deckWords(locale).sources}</h2>
    ${
      datasetReady
        ? nothing
        : html`<p class="quiet">
            ${deckWords(locale).noDataset}${failure ? html` (${failure})` : nothing}
          </p>`
    }
    <ol class="sources">
      ${sentences.map(
        (sentence) =>
          html`<li>
            <strong
              >${sentence.items
                .map((item) => pickText(item.label, locale))
                .join(words.common.labels)}</strong
            >
            <q lang="zh-CN">${markedSentence(sentence)}</q>
          </li>`,
      )}
      ${missing.map(
        (id) =>
          html`<li>
            <strong>${id}</strong>
            ${datasetReady ? html`<span class="quiet">(${deckWords(locale).unknownItem})</span>` : nothing}
          </li>`,
      )}
    </ol>`;
}
