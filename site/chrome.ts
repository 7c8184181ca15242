/**
 * The scroll page's own parts around the story: the masthead (kicker, headline, dek, byline,
 * dateline) and the colophon (how the story was made: its dataset, the provenance of every item,
 * the extractor). Everything comes from the story file and its dataset; nothing here is about one
 * report.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../src/data/schema.js';
import { formatWhen, pickText, type ReportLocale } from '../src/format/format.js';
import type { Story } from '../src/story/schema.js';
import { siteMessages } from './i18n/messages.js';

/** The report's date at its precision, marked when it is inferred. */
function dateline(dataset: Dataset, locale: ReportLocale): TemplateResult | typeof nothing {
  const when = dataset.when;
  if (!when) return nothing;
  const words = siteMessages(locale).chrome;
  return html`<time datetime=${when.date}>${formatWhen(when, locale)}</time>${
      when.inferred ? html`<span title=${words.inferredTitle}>${words.inferred}</span>` : nothing
    }`;
}

export interface ChromeOptions {
  readonly story: Story;
  readonly dataset: Dataset;
  /** The dataset's URL, for the colophon's link. */
  readonly datasetUrl: string;
  readonly locale: ReportLocale;
  /** Links and switches shown under the headline. */
  readonly tools: TemplateResult;
  /** The studio's URL, where the page has one beside it (not in the sites the studio writes). */
  readonly studio?: string | undefined;
}

export function masthead({ story, dataset, locale, tools }: ChromeOptions): TemplateResult {
  const region = pickText(dataset.body ?? dataset.region, locale);
  return html`<header class="masthead">
    ${story.kicker ? html`<p class="kicker">${pickText(story.kicker, locale)}</p>` : nothing}
    <h1>${pickText(story.title, locale)}</h1>
    ${story.subtitle ? html`<p class="dek">${pickText(story.subtitle, locale)}</p>` : nothing}
    <div class="byline">
      ${story.byline ? html`<p>${pickText(story.byline, locale)}</p>` : nothing}
      <p class="dateline">
        ${region}${dataset.when ? html` · ${dateline(dataset, locale)}` : nothing}
      </p>
    </div>
    <nav class="tools" aria-label=${siteMessages(locale).page.pageOptions}>${tools}</nav>
  </header>`;
}

export function colophon(
  { story, dataset, datasetUrl, locale, studio }: ChromeOptions,
  deckUrl: string,
): TemplateResult {
  const words = siteMessages(locale).chrome;
  const basis = dataset.when?.inferred && dataset.when.basis;
  return html`<footer class="colophon">
    <h2>${words.about}</h2>
    ${(story.about ?? []).map((paragraph) => html`<p>${pickText(paragraph, locale)}</p>`)}
    <dl>
      <dt>${words.data}</dt>
      <dd>${words.dataset(datasetUrl)} ${words.counts(dataset)}${words.every}</dd>
      <dt>${words.provenance}</dt>
      <dd>${words.source(dataset)}</dd>
      ${
        basis
          ? html`<dt>${words.date}</dt>
              <dd>${dateline(dataset, locale)}${words.colon}${pickText(basis, locale)}</dd>`
          : nothing
      }
      <dt>${words.method}</dt>
      <dd>${dataset.draft ? words.methodDraft : words.methodText}</dd>
      <dt>${words.made}</dt>
      <dd>${words.madeText(deckUrl)}</dd>
    </dl>
    ${studio ? html`<p class="studio-link">${words.studioText(studio)}</p>` : nothing}
  </footer>`;
}
