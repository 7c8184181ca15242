/**
 * The loader (`report-story.js`) defines what a page uses, when it appears: a page with one
 * counter fetches the core and the counter's chunk and nothing else, both at once; an element a
 * CMS inserts after load, or one inside a host's shadow root the host hands to `observe()`, is
 * defined; a chunk that cannot load shows an error in the element's place with its fallback kept,
 * while the other elements work.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtEmbed,
  close,
  embedFiles,
  htmlPage,
  launch,
  LOADER_SCRIPT,
  openPage,
  serve,
  type Response,
} from './harness.js';

const DATA = '/data/gangzha-2019.json';

function page(body: string, head = LOADER_SCRIPT) {
  return htmlPage('loader', head, body);
}

const COUNTER = `<report-counter id="counter" src="${DATA}" metric="gdp-2019" motion="reduce">
  <p id="fallback">地区生产总值预计440亿元。</p>
</report-counter>`;

let server: Server | undefined;
let base = '';
let requests: string[] = [];
/** When the server received each request, ms (its own clock). */
const received = new Map<string, number>();
let browser: Browser;

beforeAll(async () => {
  const files = embedFiles(builtEmbed());
  // The chunks answer late, as over a slow network: a waterfall would show as a second request
  // that arrives only after the first was answered.
  const CHUNK_DELAY = 400;
  const routes: Record<string, Response> = {
    ...files,
    '/one-counter.html': page(COUNTER),
    '/shared-data.html': page(
      `<report-data src="${DATA}"><report-counter id="counter" metric="gdp-2019"></report-counter><report-gauge id="gauge" goal="rd-share-2020"></report-gauge></report-data>`,
    ),
    '/empty.html': page('<main id="main"><p>An article with no widget yet.</p></main>'),
    '/host.html': page('<div id="host"></div>', '<script type="module" src="/host.js"></script>'),
    // A host page's own component: a shadow root of its own, handed to the loader's observe().
    '/host.js': {
      type: 'text/javascript; charset=utf-8',
      body: `import { observe } from '/report-story.js';
const root = document.getElementById('host').attachShadow({ mode: 'open' });
const add = (tag, id, attributes) => {
  const element = document.createElement(tag);
  element.id = id;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  root.append(element);
};
add('report-counter', 'inside', { src: '${DATA}', metric: 'gdp-2019' });
observe(root);
// Added after the root is watched, once the page has loaded.
addEventListener('load', () => add('report-gauge', 'inside-later', { src: '${DATA}', goal: 'rd-share-2020' }));
`,
    },
    '/two.html': page(
      `${COUNTER}<report-gauge id="gauge" src="${DATA}" goal="rd-share-2020" motion="reduce"></report-gauge>`,
    ),
    '/two-en.html': page(
      `<report-counter id="counter" locale="en" src="${DATA}" metric="gdp-2019"><p id="fallback">GDP 44 billion yuan.</p></report-counter>`,
    ),
  };
  for (const [path, file] of Object.entries(files)) {
    if (/^\/report-story\.[a-z]+\.js$/.test(path)) routes[path] = { ...file, delay: CHUNK_DELAY };
  }
  ({
    server,
    url: base,
    requests,
  } = await serve((path) => {
    received.set(path, performance.now());
    return routes[path];
  }));
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
  await close(server);
});

async function open(path: string, prepare?: (page: Page) => Promise<unknown>) {
  return openPage(browser, base + path, prepare);
}

/** The accessible label of the counter `selector` (a CSS selector, shadow roots pierced). */
function counterLabel(page: Page, selector: string) {
  return page.locator(selector).getByRole('img').getAttribute('aria-label');
}

describe('the loader', () => {
  it('fetches only the core and the counter chunk for a page with one counter, at once', async () => {
    requests.length = 0;
    received.clear();
    const { page, errors, close } = await open('/one-counter.html');
    await expect
      .poll(() => counterLabel(page, '#counter'))
      .toBe('地区生产总值：预计440亿元，同比增长6.5%');
    const scripts = requests.filter((url) => url.endsWith('.js'));
    expect(scripts.sort()).toEqual([
      '/report-story.core.js',
      '/report-story.counter.js',
      '/report-story.js',
    ]);
    // Both chunks were asked for before either was answered (each answer takes 400 ms).
    const core = received.get('/report-story.core.js')!;
    const counter = received.get('/report-story.counter.js')!;
    expect(Math.abs(core - counter)).toBeLessThan(200);
    const defined = await page.evaluate(() =>
      ['report-counter', 'report-gauge', 'report-data', 'report-deck'].filter((tag) =>
        customElements.get(tag),
      ),
    );
    expect(defined).toEqual(['report-counter']);
    expect(errors).toEqual([]);
    await close();
  });

  it('gives widgets their <report-data> whatever order the chunks arrive in', async () => {
    // The data element's chunk arrives last: the counter and gauge inside it are defined first.
    const { page, errors, close } = await open('/shared-data.html', (page) =>
      page.route('**/report-story.data.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      }),
    );
    await expect
      .poll(() => counterLabel(page, '#counter'))
      .toBe('地区生产总值：预计440亿元，同比增长6.5%');
    await expect
      .poll(() => page.locator('#gauge').getByRole('meter').getAttribute('aria-valuenow'))
      .toBe('2.28');
    expect(errors).toEqual([]);
    await close();
  });

  it('defines an element a CMS inserts after the page loaded', async () => {
    const { page, errors, close } = await open('/empty.html');
    await page.waitForLoadState('load');
    // The loader ran and found nothing to load.
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => customElements.get('report-gauge'))).toBeUndefined();
    await page.evaluate((src) => {
      const wrapper = document.createElement('section');
      const gauge = document.createElement('report-gauge');
      gauge.id = 'late';
      gauge.setAttribute('src', src);
      gauge.setAttribute('goal', 'rd-share-2020');
      wrapper.append(gauge);
      document.getElementById('main')!.append(wrapper);
    }, DATA);
    await expect
      .poll(() => page.locator('#late').getByRole('meter').getAttribute('aria-valuenow'))
      .toBe('2.28');
    expect(errors).toEqual([]);
    await close();
  });

  it("defines elements in a host's shadow root handed to observe(), now and added later", async () => {
    const { page, errors, close } = await open('/host.html');
    await expect
      .poll(() => counterLabel(page, '#host #inside'))
      .toBe('地区生产总值：预计440亿元，同比增长6.5%');
    await expect
      .poll(() =>
        page.locator('#host #inside-later').getByRole('meter').getAttribute('aria-valuenow'),
      )
      .toBe('2.28');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows an error in place, with the fallback kept, when a chunk cannot load', async () => {
    const { page, errors, close } = await open('/two.html', (page) =>
      page.route('**/report-story.counter.js', (route) => route.abort()),
    );
    const alert = page.locator('#counter').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('无法显示此项');
    expect(await alert.innerText()).toContain(`${base}/report-story.counter.js`);
    expect(await page.locator('#fallback').isVisible()).toBe(true);
    // The neighbour's chunk loaded: it works.
    await expect
      .poll(() => page.locator('#gauge').getByRole('meter').getAttribute('aria-valuenow'))
      .toBe('2.28');
    // The browser reports the failed request itself; nothing else goes wrong.
    expect(
      errors.filter((error) => !/net::ERR_FAILED|Failed to load resource/.test(error)),
    ).toEqual([]);
    await close();
  });

  it('says so in the language of the element', async () => {
    const { page, close } = await open('/two-en.html', (page) =>
      page.route('**/report-story.core.js', (route) => route.abort()),
    );
    const alert = page.locator('#counter').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Cannot show this item');
    expect(await alert.innerText()).toContain(
      `the script of <report-counter> did not load: ${base}/report-story.core.js`,
    );
    expect(await page.locator('#fallback').isVisible()).toBe(true);
    await close();
  });
});
