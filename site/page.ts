/**
 * What `index.html` and `deck.html` share: read the page's query (`?story=`, `?lang=`, `?view=`,
 * `?theme=`), load the story and its dataset (from inline copies when the page carries them, as
 * the offline deck does), and render them through the library's renderer. No story content here.
 *
 * Without `?story=`, a page shows the story its `<meta name="report-story:story" content="…">`
 * names (as the pages `report-story site` writes do), else the default story; without `?lang=`, it
 * speaks its `<html lang>`. A story without English (its title has none) is shown in Chinese
 * whatever the language asked for, with a note saying so, and offers no language switch.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '../src/all.js';
import { loadDataset } from '../src/data/loader.js';
import type { Dataset } from '../src/data/schema.js';
import { normalizeLocale, pickText, type ReportLocale } from '../src/format/format.js';
import { datasetUrl, loadStory, primeInlineData } from '../src/story/load.js';
import { renderStoryDeck, renderStoryScroller } from '../src/story/render.js';
import type { Story } from '../src/story/schema.js';
import { THEMES, type Theme } from '../src/theme.js';
import { STORY_META } from '../src/site/kit.js';
import { colophon, masthead } from './chrome.js';
import { siteMessages } from './i18n/messages.js';
import { studioUrl } from './studio-link.js';

/** The story a page shows without `?story=` or a story named in the page. */
export const DEFAULT_STORY = 'gangzha-2019.story';

export interface PageQuery {
  /** The story file, under `data/`. */
  readonly story: string;
  readonly locale: ReportLocale;
  readonly view: 'slides' | 'speaker';
  readonly theme: Theme | undefined;
}

/**
 * Reads the query; a story name is a file name in `data/` (nothing else can be loaded by the query).
 * Without one, the story the page names, else the default; without `?lang=`, the page's language.
 */
export function readQuery(
  search: string = location.search,
  page: Document = document,
): PageQuery | Error {
  const params = new URLSearchParams(search);
  const named = page.querySelector<HTMLMetaElement>(`meta[name="${STORY_META}"]`)?.content.trim();
  const name = params.get('story') ?? (named ? undefined : DEFAULT_STORY);
  // Words of letters and digits joined by single dashes or dots: a file in data/, never a path.
  if (name !== undefined && !/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(name)) {
    return new Error(
      `?story=${name} is not a story file name (letters, digits, dashes and dots, in data/)`,
    );
  }
  const theme = params.get('theme');
  return {
    story: name === undefined ? (named ?? '') : `data/${name.replace(/\.json$/, '')}.json`,
    locale: normalizeLocale(params.get('lang') ?? page.documentElement.lang),
    view: params.get('view') === 'speaker' ? 'speaker' : 'slides',
    theme: THEMES.find((t) => t === theme),
  };
}

/** A link to this page in the other language; switching re-renders in place and keeps the place. */
function languageSwitch(locale: ReportLocale, onSwitch: (locale: ReportLocale) => void) {
  const words = siteMessages(locale).page;
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

/**
 * The language control: a switch for a story with English; for a Chinese-only story asked for in
 * English, a note in English saying that it is Chinese only; otherwise nothing.
 */
function languageControl(
  locale: ReportLocale,
  asked: ReportLocale,
  bilingual: boolean,
  onSwitch: (locale: ReportLocale) => void,
) {
  if (bilingual) return languageSwitch(locale, onSwitch);
  if (asked === 'en') {
    return html`<span class="language-note" lang="en"
      >${siteMessages('en').page.chineseOnly}</span
    >`;
  }
  return nothing;
}

type Mode = 'scroll' | 'deck';

/** What a page has beside it. */
export interface PageOptions {
  /** The studio is served beside the page (the project's own site, not a site the studio wrote). */
  readonly studio?: boolean;
}

interface Loaded {
  readonly story: Story;
  readonly query: PageQuery;
  /** The dataset's URL and the dataset. */
  readonly datasetUrl: string;
  readonly data: Dataset;
}

function page(
  mode: Mode,
  { story, query, datasetUrl, data }: Loaded,
  locale: ReportLocale,
  rerender: (l: ReportLocale) => void,
  options: PageOptions,
): TemplateResult {
  const language = languageControl(locale, query.locale, story.title.en !== undefined, rerender);
  if (mode === 'deck') {
    // The deck is the page's content; its title is named for those who cannot see the slides.
    return html`<main>
      <h1 class="visually-hidden">${pickText(story.title, locale)}</h1>
      ${renderStoryDeck(story, {
        locale,
        dataset: datasetUrl,
        data,
        theme: query.theme ?? 'light',
        view: query.view,
        // The deck is the page: the clicker works wherever focus is.
        keyboard: 'page',
        controls: html`<span slot="controls">${language}</span>`,
      })}
    </main>`;
  }
  const chrome = {
    story,
    dataset: data,
    datasetUrl,
    locale,
    tools: html`${language} <a href=${deckLink()}>${siteMessages(locale).page.asSlides}</a>`,
    studio: options.studio ? studioUrl(locale) : undefined,
  };
  return html`${masthead(chrome)}
    <main>${renderStoryScroller(story, { locale, dataset: datasetUrl, data })}</main>
    ${colophon(chrome, deckLink())}`;
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
  options: PageOptions = {},
): Promise<void> {
  const query = readQuery();
  let locale = query instanceof Error ? 'zh-CN' : query.locale;
  document.documentElement.lang = locale;
  const fail = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    render(
      html`<div class="page-error" role="alert">
        <strong>${siteMessages(locale).page.failed}</strong>
        <pre>${message}</pre>
      </div>`,
      root,
    );
  };
  if (query instanceof Error) {
    fail(query);
    return;
  }
  // The page follows the theme the query names (the deck passes it to its elements instead).
  if (query.theme && mode === 'scroll') document.documentElement.dataset.theme = query.theme;
  render(html`<p class="page-loading">${siteMessages(locale).page.loading}</p>`, root);
  try {
    primeInlineData();
    const story = await loadStory(query.story);
    const url = datasetUrl(story, query.story);
    const loaded: Loaded = { story, query, datasetUrl: url, data: await loadDataset(url) };
    // A story without English is shown in Chinese, whatever the language asked for.
    const draw = (next: ReportLocale) => {
      locale = story.title.en === undefined ? 'zh-CN' : next;
      document.documentElement.lang = locale;
      document.title = pickText(story.title, locale);
      render(page(mode, loaded, locale, draw, options), root);
    };
    draw(locale);
  } catch (error) {
    fail(error);
  }
}

/** A deck page is for presenting: its keys work at once, without a click first. */
function focusDeck(): void {
  document.querySelector('report-deck')?.focus();
}

/** Mounts the page's story as a deck, and gives the deck the keyboard once the page has loaded. */
export async function mountDeckPage(root?: HTMLElement): Promise<void> {
  await mountStoryPage('deck', root);
  // Focus given while the page is still loading is lost when loading ends.
  if (document.readyState === 'complete') focusDeck();
  else window.addEventListener('load', focusDeck, { once: true });
}
