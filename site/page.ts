/**
 * What `index.html` and `deck.html` share: read the page's query (`?story=`, `?lang=`, `?view=`,
 * `?theme=`), load the story and its dataset (from inline copies when the page carries them, as
 * the offline deck does), and render them through the library's renderer. No story content here.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '../src/all.js';
import { loadDataset } from '../src/data/loader.js';
import { normalizeLocale, pickText, type ReportLocale } from '../src/format/format.js';
import { datasetUrl, loadStory, primeInlineData } from '../src/story/load.js';
import { renderStoryDeck, renderStoryScroller } from '../src/story/render.js';
import type { Story } from '../src/story/schema.js';
import { THEMES, type Theme } from '../src/theme.js';

/** The story a page shows without `?story=`. */
export const DEFAULT_STORY = 'demo-story';

export interface PageQuery {
  /** The story file, under `data/`. */
  readonly story: string;
  readonly locale: ReportLocale;
  readonly view: 'slides' | 'speaker';
  readonly theme: Theme | undefined;
}

/** Reads the query; a story name is a file name in `data/` (nothing else can be loaded). */
export function readQuery(search: string = location.search): PageQuery | Error {
  const params = new URLSearchParams(search);
  const name = params.get('story') ?? DEFAULT_STORY;
  if (!/^[a-z0-9][a-z0-9-]*(\.json)?$/.test(name)) {
    return new Error(
      `?story=${name} is not a story file name (letters, digits and dashes, in data/)`,
    );
  }
  const theme = params.get('theme');
  return {
    story: `data/${name.replace(/\.json$/, '')}.json`,
    locale: normalizeLocale(params.get('lang')),
    view: params.get('view') === 'speaker' ? 'speaker' : 'slides',
    theme: THEMES.find((t) => t === theme),
  };
}

const WORDS = {
  'zh-CN': { other: 'English', otherLang: 'en', loading: '正在载入故事…', failed: '无法载入故事' },
  en: {
    other: '中文',
    otherLang: 'zh-CN',
    loading: 'Loading the story…',
    failed: 'Cannot load the story',
  },
} as const;

/** A link to this page in the other language; switching re-renders in place and keeps the place. */
function languageSwitch(locale: ReportLocale, onSwitch: (locale: ReportLocale) => void) {
  const words = WORDS[locale];
  const url = new URL(location.href);
  url.searchParams.set('lang', words.otherLang === 'en' ? 'en' : 'zh');
  return html`<a
    class="language"
    lang=${words.otherLang}
    href=${url.href}
    @click=${(event: MouseEvent) => {
      event.preventDefault();
      history.replaceState(history.state, '', url);
      onSwitch(words.otherLang === 'en' ? 'en' : 'zh-CN');
    }}
    >${words.other}</a
  >`;
}

type Mode = 'scroll' | 'deck';

function page(
  mode: Mode,
  story: Story,
  query: PageQuery,
  dataset: string,
  locale: ReportLocale,
  rerender: (l: ReportLocale) => void,
): TemplateResult {
  const title = pickText(story.title, locale);
  const subtitle = story.subtitle ? pickText(story.subtitle, locale) : '';
  if (mode === 'deck') {
    // The deck is the page's main content; its title heads the page for screen readers.
    return html`<main>
      <h1 class="visually-hidden">${title}</h1>
      ${renderStoryDeck(story, {
        locale,
        dataset,
        theme: query.theme ?? 'plenary',
        view: query.view,
        controls: html`<span slot="controls">${languageSwitch(locale, rerender)}</span>`,
      })}
    </main>`;
  }
  return html`<header class="masthead">
      <p class="kicker">report-story</p>
      <h1>${title}</h1>
      ${subtitle ? html`<p class="dek">${subtitle}</p>` : nothing}
      <nav class="tools">
        ${languageSwitch(locale, rerender)}
        <a href=${deckLink()}>${locale === 'en' ? 'As slides' : '幻灯片版'}</a>
      </nav>
    </header>
    <main>${renderStoryScroller(story, { locale, dataset, theme: query.theme })}</main>`;
}

function deckLink(): string {
  const url = new URL('deck.html', location.href);
  url.search = location.search;
  return url.href;
}

/**
 * Loads the page's story and renders it into `root` as a scroll story or a deck. Errors (a missing
 * or invalid story or dataset) are shown in place, naming the file and the problem.
 */
export async function mountStoryPage(
  mode: Mode,
  root: HTMLElement = document.getElementById('app') ?? document.body,
): Promise<void> {
  const query = readQuery();
  let locale = query instanceof Error ? 'zh-CN' : query.locale;
  document.documentElement.lang = locale;
  const fail = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    render(
      html`<div class="page-error" role="alert">
        <strong>${WORDS[locale].failed}</strong>
        <pre>${message}</pre>
      </div>`,
      root,
    );
  };
  if (query instanceof Error) {
    fail(query);
    return;
  }
  render(html`<p class="page-loading">${WORDS[locale].loading}</p>`, root);
  try {
    primeInlineData();
    const story = await loadStory(query.story);
    const dataset = datasetUrl(story, query.story);
    await loadDataset(dataset);
    const draw = (next: ReportLocale) => {
      locale = next;
      document.documentElement.lang = locale;
      document.title = pickText(story.title, locale);
      render(page(mode, story, query, dataset, locale, draw), root);
    };
    draw(locale);
  } catch (error) {
    fail(error);
  }
}
