import { html, type ReactiveController, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ready, type View } from '../../../src/controllers/data-controller.js';
import { ReportDataElement } from '../../../src/data-element.js';
import { cleanup, mount, updated } from '../helpers.js';

/** A controller that notes the view its host's data source has when the controller updates. */
class Witness implements ReactiveController {
  seen: string[] = [];
  constructor(private readonly host: SourceHost) {
    host.addController(this);
  }
  hostUpdate(): void {
    this.seen.push(this.host.first.view.status);
  }
}

/**
 * A report element with two data sources made by `dataSource()`, and no `willUpdate` of its
 * own: the base class derives them.
 */
class SourceHost extends ReportDataElement {
  @property() word = 'A';
  /** Not a reactive property: an input the first source is told about. */
  extra = 0;
  readonly order: string[] = [];

  readonly first = this.dataSource<string>({
    src: () => undefined,
    inputs: () => [this.extra],
    derive: () => {
      this.order.push('first');
      return ready(`${this.word}|${this.resolvedLocale}|${this.extra}`);
    },
  });
  readonly second = this.dataSource<string>({
    src: () => undefined,
    derive: (): View<string> => {
      this.order.push('second');
      return ready(`second sees ${this.first.value ?? 'nothing'}`);
    },
  });
  readonly witness = new Witness(this);

  override render(): TemplateResult {
    return this.renderView(this.first.view, {
      loading: () => html`<p>loading</p>`,
      ready: (value) => html`<p>${value}</p>`,
    });
  }
}
customElements.define('source-host', SourceHost);

const shown = (element: SourceHost) =>
  element.shadowRoot?.querySelector('p')?.textContent ?? '(not rendered)';

async function host(
  markup = '<div lang="zh-CN"><source-host></source-host></div>',
): Promise<SourceHost> {
  const element = mount(markup).querySelector<SourceHost>('source-host')!;
  await updated(element);
  return element;
}

afterEach(cleanup);

describe('ReportDataElement.dataSource: the view is derived in willUpdate', () => {
  it('before the controllers update and the first render, in the order the sources were made', async () => {
    const element = await host();
    expect(element.witness.seen).toEqual(['ready']);
    expect(shown(element)).toBe('A|zh-CN|0');
    expect(element.order).toEqual(['first', 'second']);
    expect(element.second.value).toBe('second sees A|zh-CN|0');
  });

  it('with the locale in force: the locale attribute, or the lang around the element', async () => {
    const element = await host('<div lang="en"><source-host></source-host></div>');
    expect(shown(element)).toBe('A|en|0');
    element.locale = 'zh-CN';
    await updated(element);
    expect(shown(element)).toBe('A|zh-CN|0');
  });

  it('again when a property or an input changes, not for an update that changed nothing', async () => {
    const element = await host();
    const derived = element.order.length;
    element.requestUpdate();
    await updated(element);
    expect(element.order.length).toBe(derived);
    element.word = 'B';
    await updated(element);
    expect(shown(element)).toBe('B|zh-CN|0');
    element.extra = 1;
    element.requestUpdate();
    await updated(element);
    expect(shown(element)).toBe('B|zh-CN|1');
  });
});
