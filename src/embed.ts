/**
 * The module embed's loader (`dist/report-story.js`): a web editor loads it with one
 * `<script type="module">` and writes the tags. It defines each report-story element the page
 * uses when the element appears — in the document, in shadow roots report-story elements make,
 * and in shadow roots a host page hands to `observe()` — by importing that element's chunk from
 * beside itself, together with the shared core, at once (no waterfall: the chunk's own import of
 * the core finds it already requested). The element's dataset is asked for at the same time, as a
 * preload the core's fetch then takes over (one request per URL): the page waits one round trip
 * for the loader, then one for the chunks and the data together. Elements a CMS inserts later are
 * defined as they arrive.
 *
 * It adds nothing to `window`, defines nothing another copy (or the classic script) already
 * defined, and when a chunk cannot load it shows an error in the element's place, beside the
 * fallback content the editor wrote. It imports nothing at start: it must stay a few hundred bytes
 * of work for a page with no widget at all.
 */
import { EMBED_CORE, EMBED_TAGS, elementFile, isEmbedTag, type EmbedTag } from './embed/files.js';

/** Tags whose chunk was asked for, and what became of it. */
const requested = new Map<EmbedTag, Promise<boolean>>();
/** Tags whose chunk (or the core) failed: the URL that did not load, and why. */
const failed = new Map<EmbedTag, { url: string; error: unknown }>();
/** Roots being watched for new elements. */
const roots = new WeakSet<Node>();
/** Report-story elements whose own shadow root is (or will be) watched. */
const hosts = new WeakSet<Element>();

const observer =
  typeof MutationObserver === 'undefined'
    ? undefined
    : new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.nodeType === Node.ELEMENT_NODE) visit(node as Element);
          }
        }
      });

/** The URL of a file beside this one (a query or hash on the loader's own URL is dropped). */
function beside(file: string): string {
  return new URL(file, import.meta.url).href;
}

/**
 * Loads the element's chunk and the core at the same time, once; resolves with whether the
 * element is defined. Already defined (by another copy or by the classic script): nothing to load.
 */
function load(tag: EmbedTag): Promise<boolean> {
  let loading = requested.get(tag);
  if (!loading) {
    const urls = [beside(EMBED_CORE), beside(elementFile(tag))];
    loading = customElements.get(tag)
      ? Promise.resolve(true)
      : Promise.allSettled(urls.map((url) => import(/* @vite-ignore */ url))).then((results) => {
          const index = results.findIndex((result) => result.status === 'rejected');
          const result = results[index];
          if (!result || result.status !== 'rejected') return true;
          failed.set(tag, { url: urls[index] ?? '', error: result.reason });
          return false;
        });
    requested.set(tag, loading);
  }
  return loading;
}

/** Dataset (or story) URLs this copy has asked the browser to preload. */
const preloaded = new Set<string>();

/**
 * Starts the request for the element's dataset (its `src`) now, at the same time as the chunks,
 * instead of once they have arrived and the element has asked for it — a round trip less on a
 * slow network. A `<link rel="preload" as="fetch" crossorigin>` asks in the mode and with the
 * credentials of the core's own fetch (cors, same-origin), so the browser hands that fetch the
 * preloaded response: one request per URL, and a failure still reaches the element, which shows
 * it in place.
 *
 * Only while no report-story element is defined (by this copy, another one or the classic
 * script): once one is, its core may already have the URL cached or on its way, and a preload
 * would be a second request. Not for a URL the page (or the builder's snippet) already preloads,
 * nor for one that is not http(s) (`file://` allows no fetch).
 */
function preload(element: Element): void {
  const src = element.getAttribute('src');
  const head = document.head as HTMLHeadElement | null;
  if (!src || !head || EMBED_TAGS.some((tag) => customElements.get(tag))) return;
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return;
  }
  const href = url.href;
  if (!/^https?:$/.test(url.protocol) || preloaded.has(href)) return;
  preloaded.add(href);
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="preload" i]')) {
    if (link.href === href) return;
  }
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  head.append(link);
}

/** Every tag the loader defines, as one selector. */
const TAGS = EMBED_TAGS.join(',');

/** Sees one element and every report-story element under it. */
function visit(element: Element): void {
  upgrade(element);
  for (const inner of element.querySelectorAll(TAGS)) upgrade(inner);
}

function upgrade(element: Element): void {
  const tag = element.localName;
  if (!isEmbedTag(tag)) return;
  preload(element);
  void load(tag).then((defined) => {
    if (!defined) {
      if (!customElements.get(tag)) showFailure(element, tag);
      return;
    }
    if (hosts.has(element)) return;
    hosts.add(element);
    // A defined report-story element has its shadow root once connected: watch it too.
    if (element.shadowRoot) watch(element.shadowRoot);
  });
}

/** Defines every element under `root` now, and every one added to it later. */
function watch(root: Document | ShadowRoot | Element): void {
  if (roots.has(root)) return;
  roots.add(root);
  observer?.observe(root, { childList: true, subtree: true });
  for (const element of root.querySelectorAll(TAGS)) upgrade(element);
}

/**
 * Watches a root the loader cannot see by itself — a host page's own shadow root — and defines
 * every report-story element in it now and whenever one is added. Watching a root twice is
 * harmless.
 *
 * ```js
 * import { observe } from 'https://your.cdn/report-story/report-story.js';
 * observe(this.shadowRoot);
 * ```
 */
export function observe(root: Document | ShadowRoot | Element): void {
  watch(root);
}

/**
 * Loads and defines one element before it is in the page (for code that creates it):
 * resolves when `customElements.get(tag)` has it, rejects when its chunk cannot load.
 */
export async function define(tag: string): Promise<void> {
  if (!isEmbedTag(tag)) throw new TypeError(`report-story has no element <${tag}>`);
  if (!(await load(tag))) {
    const failure = failed.get(tag);
    throw new Error(`<${tag}> could not load ${failure?.url ?? ''}`, { cause: failure?.error });
  }
}

/** The loader's own words (it carries no other table: the elements' live in the core). */
const WORDS = {
  'zh-CN': {
    heading: '无法显示此项',
    failed: (tag: string, url: string) => `<${tag}> 的脚本未能加载：${url}`,
  },
  en: {
    heading: 'Cannot show this item',
    failed: (tag: string, url: string) => `the script of <${tag}> did not load: ${url}`,
  },
} as const;

let failureSheet: CSSStyleSheet | undefined;

/**
 * In the element's place, until (if ever) it is defined: an alert naming the file that did not
 * load, then the element's own content (the fallback the editor wrote), through a slot.
 */
function showFailure(element: Element, tag: EmbedTag): void {
  if (element.shadowRoot || !('attachShadow' in element)) return;
  const lang = element.getAttribute('locale') ?? element.closest('[lang]')?.getAttribute('lang');
  const words = lang && /^en\b/i.test(lang) ? WORDS.en : WORDS['zh-CN'];
  const root = element.attachShadow({ mode: 'open' });
  failureSheet ??= sheet();
  root.adoptedStyleSheets = [failureSheet];
  const alert = document.createElement('div');
  alert.setAttribute('part', 'error');
  alert.setAttribute('role', 'alert');
  const heading = document.createElement('strong');
  heading.textContent = words.heading;
  alert.append(heading, ` ${words.failed(tag, failed.get(tag)?.url ?? '')}`);
  const slot = document.createElement('slot');
  root.append(alert, slot);
  // Defined after all (the classic script, another copy): the element renders into this root.
  void customElements.whenDefined(tag).then(() => {
    alert.remove();
    slot.remove();
  });
}

/** The alert's look, as the elements' own errors (src/theme.ts `shared`), without the core. */
function sheet(): CSSStyleSheet {
  const css = new CSSStyleSheet();
  css.replaceSync(
    ':host{display:block}[part~=error]{margin:0;padding:.75em 1em;' +
      'border-inline-start:.25em solid var(--report-color-error,#a4161a);' +
      'background:var(--report-color-raised,transparent);color:var(--report-color-ink,inherit);' +
      'font:400 .875em/1.5 var(--report-font-sans,system-ui,sans-serif);overflow-wrap:anywhere}' +
      '[part~=error] strong{color:var(--report-color-error,#a4161a);font-weight:700}',
  );
  return css;
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  watch(document);
}
