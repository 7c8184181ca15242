import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import '../../../components/data/define.js';
import {
  DataController,
  EMPTY,
  ready,
  type View,
} from '../../../src/controllers/data-controller.js';
import { clearDatasetCache } from '../../../src/data/loader.js';
import { fixtureDataset } from '../../fixtures/dataset.js';
import { cleanup, jsonUrl, mount, until, updated } from '../helpers.js';

const Words = v.array(v.pipe(v.string(), v.minLength(1)));

/** A host that shows the id of its dataset, or the words given to it by code. */
class DataHost extends LitElement {
  @property() src?: string;
  @property({ attribute: false }) data?: unknown;
  @property({ attribute: false }) words?: unknown;
  @property() locale = 'zh-CN';
  /** Not a reactive property: an input the controller is told about. */
  extra = 0;
  derived = 0;
  checks = 0;

  readonly source = new DataController<string>(this, {
    src: () => this.src,
    data: () => this.data,
    locale: () => (this.locale === 'en' ? 'en' : 'zh-CN'),
    inputs: () => [this.extra],
    derive: () => this.derive(),
  });

  private derive(): View<string> {
    this.derived++;
    return this.source.fromPropertyOrDataset(
      {
        value: this.words,
        name: 'words',
        schema: Words,
        check: (list) => {
          this.checks++;
          return list.includes('bad') ? [`words: "bad" is not a word`] : [];
        },
      },
      (words) => (words.length ? ready(words.join(' ')) : EMPTY),
      (dataset) => (dataset.id === 'throws' ? explode() : ready(dataset.id)),
      () => 'nothing to show',
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source.update(changed);
  }

  override render(): TemplateResult {
    const view = this.source.view;
    return html`<p>
      ${view.status}:${view.status === 'ready' ? view.value : view.status === 'error' ? view.message : ''}
    </p>`;
  }
}
customElements.define('data-host', DataHost);

function explode(): never {
  throw new Error('derive failed');
}

const shown = (host: DataHost) =>
  host.shadowRoot?.querySelector('p')?.textContent.trim() ?? '(not rendered)';

async function host(markup = '<data-host></data-host>'): Promise<DataHost> {
  const container = mount(markup);
  const element = container.querySelector<DataHost>('data-host')!;
  await updated(element);
  return element;
}

afterEach(() => {
  cleanup();
  clearDatasetCache();
});

describe('DataController: where the data comes from', () => {
  it('says there is nothing to show without a dataset', async () => {
    expect(shown(await host())).toBe('error:nothing to show');
  });

  it('loads its own src: loading, then ready, and the host updates itself', async () => {
    const element = await host(`<data-host src="${jsonUrl(fixtureDataset())}"></data-host>`);
    expect(element.source.view.status).toBe('loading');
    await until(() => shown(element) === 'ready:fixture-district', 'loaded');
  });

  it('shows a failed load as its error', async () => {
    const element = await host('<data-host src="/no/such/dataset.json"></data-host>');
    await until(() => element.source.view.status === 'error', 'failed');
    expect(shown(element)).toContain('/no/such/dataset.json');
  });

  it('takes the dataset of a surrounding <report-data>', async () => {
    const container = mount(
      `<report-data src="${jsonUrl(fixtureDataset())}"><data-host></data-host></report-data>`,
    );
    const element = container.querySelector<DataHost>('data-host')!;
    await until(() => shown(element) === 'ready:fixture-district', 'provided');
  });

  it('validates a dataset given by code, once per object, and prefers it to src', async () => {
    const element = await host(`<data-host src="/never/loaded.json"></data-host>`);
    const data = fixtureDataset();
    element.data = data;
    await updated(element);
    expect(shown(element)).toBe('ready:fixture-district');
    const state = element.source.dataset();
    expect(element.source.dataset()).toBe(state);
    element.data = { ...data, schemaVersion: 99 };
    await updated(element);
    expect(shown(element)).toContain('schemaVersion');
  });

  it('shows an error thrown while deriving in place', async () => {
    const element = await host();
    element.data = { ...fixtureDataset(), id: 'throws' };
    await updated(element);
    expect(shown(element)).toBe('error:derive failed');
  });
});

describe('DataController: the view is derived once per change of what it reads', () => {
  it('not again for an update that changed nothing (an animation frame)', async () => {
    const element = await host();
    element.data = fixtureDataset();
    await updated(element);
    const derived = element.derived;
    element.requestUpdate();
    await updated(element);
    element.requestUpdate();
    await updated(element);
    expect(element.derived).toBe(derived);
  });

  it('again when a property, the locale or another input changes', async () => {
    const element = await host();
    element.data = fixtureDataset();
    await updated(element);
    let derived = element.derived;
    element.src = 'ignored-while-data-is-set.json';
    await updated(element);
    expect(element.derived).toBe(++derived);
    element.extra = 1;
    element.requestUpdate();
    await updated(element);
    expect(element.derived).toBe(++derived);
  });
});

describe('DataController: values given by code', () => {
  it('are validated once per object, with every problem and its path', async () => {
    const element = await host();
    const words = ['一', '二'];
    element.words = words;
    await updated(element);
    expect(shown(element)).toBe('ready:一 二');
    element.extra = 2;
    element.requestUpdate();
    await updated(element);
    expect(element.checks).toBe(1);
    element.words = ['一', ''];
    await updated(element);
    expect(shown(element)).toMatch(/^error:words 属性无效：\s+words\[1\]: /);
    element.words = ['bad'];
    element.locale = 'en';
    await updated(element);
    expect(shown(element)).toBe(
      'error:the words property is not valid:\nwords: "bad" is not a word',
    );
    element.words = [];
    await updated(element);
    expect(shown(element)).toBe('empty:');
  });
});
