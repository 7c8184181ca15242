/**
 * The pages of a written site as HTML text: `index.html` (the scroll story) and `deck.html` (the
 * deck). Each names its story in a `<meta>`, carries the story and its dataset inline (so it also
 * runs opened from a folder, where `fetch` is forbidden), loads the kit's one classic script and
 * stylesheet, and holds the story as plain HTML for readers without JavaScript.
 */
import type { Dataset } from '../data/schema.js';
import { pickText, type ReportLocale } from '../format/format.js';
import { itemWords, referencedIds } from '../story/references.js';
import type { Story, StoryStep } from '../story/schema.js';
import { graphicsOf } from '../story/validate.js';
import { escapeXml as escape } from '../svg/text.js';
import { DRAFT_WORDS } from '../story/draft-words.js';
import { SITE_KIT, STORY_META } from './kit.js';

/** One element of a page's `<head>` (the shape of Vite's `HtmlTagDescriptor`). */
export interface HeadTag {
  readonly tag: 'meta' | 'link';
  readonly attrs: Readonly<Record<string, string>>;
}

/**
 * The head every page starts with: the written sites' pages (`pageHtml`) and the project's own
 * pages (index.html, deck.html, embed.html, studio.html, studio-preview.html), into which the
 * Vite plugin `scripts/page-head.ts` writes it. An empty icon keeps browsers from asking for
 * `/favicon.ico`.
 */
export const PAGE_HEAD: readonly HeadTag[] = [
  { tag: 'meta', attrs: { charset: 'utf-8' } },
  { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' } },
  { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' } },
  { tag: 'link', attrs: { rel: 'icon', href: 'data:,' } },
];

/** Head elements as HTML, one a line, each line indented by `indent`. */
export function headHtml(tags: readonly HeadTag[], indent = '    '): string {
  return tags
    .map(({ tag, attrs }) => {
      const list = Object.entries(attrs).map(([name, value]) => ` ${name}="${escape(value)}"`);
      return `${indent}<${tag}${list.join('')} />`;
    })
    .join('\n');
}

/** JSON that is safe inside a `<script>` element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The dataset items a step shows in its graphics (counters, gauges), in its own words. */
function shown(step: StoryStep, dataset: Dataset, locale: ReportLocale): string[] {
  const ids = graphicsOf(step.graphic).flatMap((g) =>
    Object.entries(g.attributes ?? {}).flatMap(([name, value]) =>
      name === 'metric' || name === 'goal' ? referencedIds(name, String(value)) : [],
    ),
  );
  return ids.flatMap((id) => {
    const words = itemWords(dataset, id, locale);
    return words ? [words] : [];
  });
}

/** The story as plain HTML, for readers without JavaScript and for search engines. */
export function staticStory(story: Story, dataset: Dataset, locale: ReportLocale): string {
  const text = (t: Parameters<typeof pickText>[0]) => escape(pickText(t, locale));
  const steps = story.steps.map((step) => {
    const list = [
      ...shown(step, dataset, locale),
      ...(step.list ?? []).map((entry) =>
        typeof entry === 'string'
          ? (itemWords(dataset, entry, locale) ?? entry)
          : pickText(entry, locale),
      ),
    ];
    return [
      `<section id="${escape(step.id)}">`,
      step.kicker ? `<p>${text(step.kicker)}</p>` : '',
      step.heading ? `<h2>${text(step.heading)}</h2>` : '',
      step.quote ? `<blockquote><p>${text(step.quote.text)}</p></blockquote>` : '',
      ...(step.body ?? []).map((p) => `<p>${text(p)}</p>`),
      list.length ? `<ul>${list.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>` : '',
      '</section>',
    ]
      .filter(Boolean)
      .join('');
  });
  return [
    `<header><h1>${text(story.title)}</h1>`,
    story.subtitle ? `<p>${text(story.subtitle)}</p>` : '',
    story.byline ? `<p>${text(story.byline)}</p>` : '',
    '</header>',
    `<main>${steps.join('\n')}</main>`,
    `<footer>${(story.about ?? []).map((p) => `<p>${text(p)}</p>`).join('')}</footer>`,
  ]
    .filter(Boolean)
    .join('\n');
}

export interface PageOptions {
  readonly kind: 'scroll' | 'deck';
  readonly story: Story;
  readonly dataset: Dataset;
  /** The story file's and the dataset's paths in the site. */
  readonly storyPath: string;
  readonly datasetPath: string;
  readonly locale: ReportLocale;
  /** The kit's version, for `<meta name="generator">`. */
  readonly version: string;
}

/** One page of a site. */
export function pageHtml(options: PageOptions): string {
  const { kind, story, dataset, locale } = options;
  const title = pickText(story.title, locale);
  const description = story.subtitle ? pickText(story.subtitle, locale) : undefined;
  const words = DRAFT_WORDS[locale];
  const needsScript = kind === 'deck' ? words.noScriptDeck : words.noScriptStory;
  const fallback =
    kind === 'deck'
      ? `<p>${escape(needsScript)}</p>`
      : `<p>${escape(needsScript)}</p>\n${staticStory(story, dataset, locale)}`;
  const meta = (name: string, content: string): HeadTag => ({
    tag: 'meta',
    attrs: { name, content },
  });
  const head = [
    ...PAGE_HEAD,
    meta('generator', `report-story ${options.version}`),
    meta(STORY_META, options.storyPath),
    ...(description ? [meta('description', description)] : []),
  ];
  const inline = (path: string, value: unknown) =>
    `    <script type="application/json" data-report-src="${escape(path)}">${inlineJson(value)}</script>`;
  return `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-CN'}">
  <head>
${headHtml(head)}
    <title>${escape(title)}</title>
    <link rel="stylesheet" href="${SITE_KIT.style}" />
  </head>
  <body class="${kind === 'deck' ? 'deck-page' : 'scroll-page'}">
    <div id="app">
      <noscript>
${fallback}
      </noscript>
    </div>
${inline(options.storyPath, story)}
${inline(options.datasetPath, dataset)}
    <script defer src="${SITE_KIT.script}"></script>
  </body>
</html>
`;
}
