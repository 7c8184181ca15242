/**
 * DatasetController: an element's dataset from its own `src` (through the shared loader) or from the
 * nearest `<report-data>` around it; stale loads ignored, the host updated when the state changes.
 */
import { ContextProvider } from '@lit/context';
import { html, LitElement, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetController } from '../../../src/controllers/dataset-controller.js';
import { datasetContext, type DatasetState } from '../../../src/data/context.js';
import { clearDatasetCache } from '../../../src/data/loader.js';
import { fixtureDataset } from '../../fixtures/dataset.js';
import { until } from '../helpers.js';
import { cleanupHosts, connect, makeHost, trackLeaks } from './host.js';

/** A `<report-data>` reduced to what it provides: a dataset state set by the test. */
class DataProvider extends LitElement {
  readonly provider = new ContextProvider(this, {
    context: datasetContext,
    initialValue: { status: 'idle' },
  });
  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
customElements.define('dataset-provider', DataProvider);

declare global {
  interface HTMLElementTagNameMap {
    'dataset-provider': DataProvider;
  }
}

const providers: DataProvider[] = [];

afterEach(() => {
  vi.unstubAllGlobals();
  cleanupHosts();
  for (const provider of providers.splice(0)) provider.remove();
  clearDatasetCache();
});

function provider(state: DatasetState): DataProvider {
  const element = document.createElement('dataset-provider');
  element.provider.setValue(state);
  document.body.append(element);
  providers.push(element);
  return element;
}

/**
 * A fetch that answers only when the test says: `answer(url)` sends the fixture dataset (or
 * `status` with an HTML body) for the oldest open request to `url`.
 */
function heldFetch() {
  const open = new Map<string, ((response: Response) => void)[]>();
  const fetch = vi.fn(
    (url: string) =>
      new Promise<Response>((resolve) => {
        const key = new URL(url, location.href).pathname;
        open.set(key, [...(open.get(key) ?? []), resolve]);
      }),
  );
  vi.stubGlobal('fetch', fetch);
  const answer = async (path: string, status = 200) => {
    const queue = open.get(path);
    const respond = queue?.shift();
    if (!respond) throw new Error(`no request open for ${path}`);
    respond(
      status === 200
        ? new Response(JSON.stringify(fixtureDataset()), {
            headers: { 'content-type': 'application/json' },
          })
        : new Response('<h1>Not found</h1>', {
            status,
            statusText: 'Not Found',
            headers: { 'content-type': 'text/html' },
          }),
    );
    // The loader reads, parses and validates: let its promise chain run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { fetch, answer };
}

/**
 * A host that reads its dataset in every update, as an element does in `willUpdate`; `states`
 * lists what each update saw.
 */
function datasetHost(src: () => string | undefined) {
  const states: string[] = [];
  const { host, controller } = makeHost((host) => new DatasetController(host, src));
  host.onWillUpdate = () => {
    const state = controller.resolve();
    states.push(state.status === 'ready' ? `ready ${state.dataset.id}` : state.status);
  };
  return { host, data: controller, states };
}

describe('DatasetController', () => {
  it('loads its own src: loading first, then ready, with the host updated once it arrives', async () => {
    const { fetch, answer } = heldFetch();
    const { host, data, states } = datasetHost(() => '/data/a.json');
    await connect(host);
    expect(data.resolve()).toEqual({ status: 'loading', src: '/data/a.json' });
    await answer('/data/a.json');
    await until(() => states.length === 2, 'an update after the load');
    expect(states).toEqual(['loading', 'ready fixture-district']);
    expect(data.resolve()).toMatchObject({ status: 'ready', src: '/data/a.json' });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('says what went wrong when the load fails', async () => {
    const { answer } = heldFetch();
    const { host, data } = datasetHost(() => '/data/missing.json');
    await connect(host);
    await answer('/data/missing.json', 404);
    await until(() => data.resolve().status === 'error', 'an error state');
    const state = data.resolve() as Extract<DatasetState, { status: 'error' }>;
    expect(state.error).toBeInstanceOf(Error);
    expect(state.error.message).toMatch(/\/data\/missing\.json answered HTTP 404/);
    expect(state.src).toBe('/data/missing.json');
  });

  it('shares one request between the elements of one URL', async () => {
    const { fetch, answer } = heldFetch();
    const hosts = [1, 2, 3].map(() => datasetHost(() => '/data/a.json'));
    for (const { host } of hosts) await connect(host);
    await answer('/data/a.json');
    await until(() => hosts.every(({ data }) => data.resolve().status === 'ready'), 'all ready');
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('without src, takes the state of the <report-data> around it, and follows it', async () => {
    const dataset = fixtureDataset();
    const around = provider({ status: 'loading', src: '/around.json' });
    const { host, data, states } = datasetHost(() => '  ');
    await connect(host, around);
    expect(data.resolve()).toEqual({ status: 'loading', src: '/around.json' });
    host.requests = 0;
    around.provider.setValue({ status: 'ready', dataset });
    await until(() => states.at(-1) === 'ready fixture-district', 'the provided dataset');
    expect(host.requests).toBeGreaterThan(0);
    expect(data.resolve()).toEqual({ status: 'ready', dataset });
  });

  it('is idle with neither a src nor a <report-data>', async () => {
    const { fetch } = heldFetch();
    const { host, data } = datasetHost(() => undefined);
    await connect(host);
    expect(data.resolve()).toEqual({ status: 'idle' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('prefers its own src to the <report-data> around it, and falls back when src goes', async () => {
    const { answer } = heldFetch();
    const around = provider({ status: 'ready', dataset: { ...fixtureDataset(), id: 'around' } });
    let src: string | undefined = '/data/own.json';
    const { host, data, states } = datasetHost(() => src);
    await connect(host, around);
    await answer('/data/own.json');
    await until(() => states.at(-1) === 'ready fixture-district', 'its own dataset');
    src = undefined;
    expect(data.resolve()).toMatchObject({ status: 'ready', dataset: { id: 'around' } });
  });

  it('keeps only the latest src: a load that finishes after the src changed is ignored', async () => {
    const { answer } = heldFetch();
    let src = '/data/first.json';
    const { host, data } = datasetHost(() => src);
    await connect(host);
    src = '/data/second.json';
    expect(data.resolve()).toEqual({ status: 'loading', src: '/data/second.json' });
    host.requests = 0;
    await answer('/data/first.json');
    expect(host.requests).toBe(0);
    expect(data.resolve()).toEqual({ status: 'loading', src: '/data/second.json' });
    await answer('/data/second.json');
    await until(() => data.resolve().status === 'ready', 'the second dataset');
    expect(data.resolve()).toMatchObject({ src: '/data/second.json' });
  });

  it('asks no update of a removed host, and picks up the load when it is back', async () => {
    const { fetch, answer } = heldFetch();
    const { host, data } = datasetHost(() => '/data/a.json');
    await connect(host);
    host.remove();
    host.requests = 0;
    await answer('/data/a.json');
    expect(host.requests).toBe(0);
    await connect(host);
    await until(() => data.resolve().status === 'ready', 'ready after reconnecting');
    // The finished load came from the loader's cache: still one request.
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('leaves no listener or timer behind once loaded and disconnected', async () => {
    const tracker = trackLeaks();
    const { answer } = heldFetch();
    const around = provider({ status: 'idle' });
    const own = datasetHost(() => '/data/a.json');
    const provided = datasetHost(() => undefined);
    await connect(own.host, around);
    await connect(provided.host, around);
    await answer('/data/a.json');
    await until(() => own.data.resolve().status === 'ready', 'loaded');
    own.host.remove();
    provided.host.remove();
    expect(tracker.live()).toEqual([]);
    // The provider no longer reaches them.
    provided.host.requests = 0;
    around.provider.setValue({ status: 'loading', src: '/x.json' });
    expect(provided.host.requests).toBe(0);
  });
});
