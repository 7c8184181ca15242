import { afterEach, describe, expect, it } from 'vitest';
import '../../components/data/define.js';
import type { ReportData } from '../../components/data/data.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { cleanup, jsonUrl, mount, until } from './helpers.js';

afterEach(() => {
  cleanup();
  clearDatasetCache();
});

describe('<report-data>', () => {
  it('loads a dataset from src, fires report-data-load once and becomes ready', async () => {
    const url = jsonUrl(fixtureDataset());
    const container = mount(`<report-data src="${url}"><p>fallback</p></report-data>`);
    const element = container.querySelector('report-data') as ReportData;
    const loads: string[] = [];
    element.addEventListener('report-data-load', (e) => loads.push(e.detail.dataset.id));
    await until(() => element.state.status === 'ready', 'dataset ready');
    expect(loads).toEqual(['fixture-district']);
  });

  it('shows an error that names the bad value in place, and keeps the fallback content', async () => {
    const bad = fixtureDataset() as unknown as { figures: { value: unknown }[] };
    bad.figures[0]!.value = 'lots';
    const container = mount(`<report-data src="${jsonUrl(bad)}"><p>fallback</p></report-data>`);
    const element = container.querySelector('report-data') as ReportData;
    const alert = await until(
      () => element.shadowRoot?.querySelector('[role="alert"]'),
      'error shown',
    );
    expect(alert.textContent).toContain('figures[0].value: expected a number, got "lots"');
    expect(container.querySelector('p')?.assignedSlot).not.toBeNull();
  });

  it('takes an inline JSON dataset for pages without a server', async () => {
    const container = mount(
      `<report-data><script type="application/json">${JSON.stringify(fixtureDataset())}</script></report-data>`,
    );
    const element = container.querySelector('report-data') as ReportData;
    await until(() => element.state.status === 'ready', 'inline dataset ready');
  });
});
