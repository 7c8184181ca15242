/**
 * `studio-preview.html`: the studio's live preview of a story, in a frame of its own so the story
 * has the published page's styles and its own viewport (the scroll story scrolls, the deck scales).
 * The studio sends the story and the dataset it is editing ({@link PreviewMessage}); they are put in
 * the loader's cache under a URL of their own, so nothing is fetched, and drawn with the library's
 * renderer — as the exported `index.html` and `deck.html` draw them.
 */
import { html, render } from 'lit';
import '../../src/all.js';
import { primeDataset } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/schema.js';
import { normalizeLocale, pickText } from '../../src/format/format.js';
import { renderStoryDeck, renderStoryScroller } from '../../src/story/render.js';
import type { Story } from '../../src/story/schema.js';

export interface PreviewMessage {
  readonly type: 'report-story-preview';
  readonly story: Story;
  readonly dataset: Dataset;
  /** Changes whenever the dataset does: the URL it is cached under. */
  readonly revision: number;
}

const params = new URLSearchParams(location.search);
const mode = params.get('mode') === 'deck' ? 'deck' : 'scroll';
const locale = normalizeLocale(params.get('lang'));
const app = document.getElementById('app') ?? document.body;
document.documentElement.lang = locale;
document.body.classList.add(mode === 'deck' ? 'deck-page' : 'scroll-page');

function draw(message: PreviewMessage): void {
  const { story, dataset } = message;
  const url = new URL(`data/${dataset.id}.json#r${message.revision}`, location.href).href;
  primeDataset(url, dataset);
  const shown = story.title.en === undefined ? 'zh-CN' : locale;
  document.title = pickText(story.title, shown);
  render(
    mode === 'deck'
      ? html`<main>
          ${renderStoryDeck(story, { locale: shown, dataset: url, data: dataset, hash: false })}
        </main>`
      : html`<header class="masthead">
            ${story.kicker ? html`<p class="kicker">${pickText(story.kicker, shown)}</p>` : ''}
            <h1>${pickText(story.title, shown)}</h1>
            ${story.subtitle ? html`<p class="dek">${pickText(story.subtitle, shown)}</p>` : ''}
          </header>
          <main>
            ${renderStoryScroller(story, { locale: shown, dataset: url, data: dataset })}
          </main>`,
    app,
  );
}

window.addEventListener('message', (event: MessageEvent<PreviewMessage | null>) => {
  const data = event.data;
  if (event.origin !== location.origin || data?.type !== 'report-story-preview') return;
  draw(data);
});
// Ask the studio for the story: it answers with a PreviewMessage.
window.parent.postMessage({ type: 'report-story-preview-ready' }, location.origin);
