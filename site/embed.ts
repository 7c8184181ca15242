/**
 * `embed.html`: the web editors' tool. Pick a dataset (any URL) and an item of it — a figure, a
 * target, a range of events, the programme — see the widget live, choose theme, language and
 * options, copy the exact snippet (script tag, element, fallback), download a static SVG or PNG,
 * or a long image of every widget of the dataset.
 *
 * The page's words are Chinese and English (`?lang=en`); the widget's language is a choice of its
 * own. Nothing here is specific to one report: the items come from whatever dataset is loaded.
 * The builder itself (`site/builder/`) is a part the studio holds too; this page adds the dataset
 * URL around it.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '../src/all.js';
import { loadDataset } from '../src/data/loader.js';
import { normalizeLocale, pickText } from '../src/format/format.js';
import { EmbedBuilder } from './builder/builder.js';
import { WIDGET_KINDS } from './builder/snippet.js';
import { siteMessages } from './i18n/messages.js';
import { studioUrl } from './studio-link.js';

const DEFAULT_DATASET = 'data/gangzha-2019.json';

const params = new URLSearchParams(location.search);
const ui = normalizeLocale(params.get('lang'));
const words = siteMessages(ui).builder;
const app = document.getElementById('app') ?? document.body;

/** The dataset URL as typed, and why the last one could not be loaded. */
const page = { input: params.get('src') ?? DEFAULT_DATASET, error: '', loading: '' };

const builder = new EmbedBuilder({
  ui,
  script: new URL('report-story.js', location.href).href,
  kind: WIDGET_KINDS.find((k) => k === params.get('widget')),
  onChange: draw,
});

/** Loads the dataset at the URL typed, and shows its first item of each kind. */
async function loadFromInput(): Promise<void> {
  const url = new URL(page.input.trim() || DEFAULT_DATASET, location.href).href;
  page.error = '';
  page.loading = url;
  builder.set({ status: words.loading });
  try {
    const dataset = await loadDataset(url);
    if (page.loading !== url) return;
    builder.showDataset(dataset, url, words.loaded(pickText(dataset.title, ui), dataset));
  } catch (error) {
    if (page.loading !== url) return;
    page.error = error instanceof Error ? error.message : String(error);
    builder.set({ dataset: undefined, datasetUrl: url, status: '' });
  }
}

function datasetField(): TemplateResult {
  return html`<fieldset class="group">
    <legend>${words.dataset}</legend>
    <div class="field">
      <label for="dataset-url">${words.datasetUrl}</label>
      <div class="inline">
        <input
          id="dataset-url"
          type="url"
          inputmode="url"
          spellcheck="false"
          aria-describedby="dataset-hint"
          .value=${page.input}
          @input=${(e: Event) => (page.input = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && void loadFromInput()}
        />
        <button type="button" class="secondary" @click=${() => void loadFromInput()}>
          ${words.load}
        </button>
      </div>
      <p class="hint" id="dataset-hint">${words.datasetHint}</p>
      ${page.error ? html`<p class="error" role="alert">${page.error}</p>` : nothing}
    </div>
  </fieldset>`;
}

function view(): TemplateResult {
  const other = new URL(location.href);
  other.searchParams.set('lang', words.otherLang === 'en' ? 'en' : 'zh');
  return html`<header class="masthead">
      <div class="masthead-inner">
        <p class="kicker">${words.kicker}</p>
        <h1>${words.title}</h1>
        <p class="dek">${words.dek}</p>
        <a class="language" lang=${words.otherLang} href=${other.href}>${words.other}</a>
        <p class="studio-link"><a href=${studioUrl(ui)}>${words.studio}</a></p>
      </div>
    </header>
    <main class="builder">${builder.renderControls(datasetField())} ${builder.renderOutput()}</main>
    ${builder.renderStatus()}`;
}

function draw(): void {
  document.documentElement.lang = ui;
  document.title = `${words.title} · report-story`;
  render(view(), app);
}

draw();
void loadFromInput();
