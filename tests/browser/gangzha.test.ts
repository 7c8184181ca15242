/** Both elements on the real dataset: every figure with a number counts, every target has a status. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../components/counter/define.js';
import '../../components/gauge/define.js';
import gangzha from '../../data/gangzha-2019.json';
import { parseDataset } from '../../src/data/loader.js';
import { describeFigure, formatRank, pickText } from '../../src/format/format.js';
import { cleanup, mount, updated } from './helpers.js';

const dataset = parseDataset(gangzha, 'data/gangzha-2019.json');
const nbsp = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(cleanup);

describe('the Gangzha 2019 dataset', () => {
  const counted = dataset.figures.filter((f) => f.value !== undefined && f.unit !== undefined);

  it.each(['zh-CN', 'en'] as const)(
    'shows every figure with a number as a counter (%s)',
    async (locale) => {
      expect(counted.length).toBeGreaterThan(15);
      const container = mount(
        counted
          .map(
            (f) =>
              `<report-counter metric="${f.id}" locale="${locale}" motion="reduce"></report-counter>`,
          )
          .join(''),
      );
      const counters = [...container.querySelectorAll('report-counter')];
      for (const c of counters) c.data = dataset;
      await Promise.all(counters.map(updated));
      counters.forEach((counter, i) => {
        const figure = counted[i]!;
        const root = counter.shadowRoot!;
        expect(root.querySelector('[part~="error"]'), figure.id).toBeNull();
        const expected = describeFigure(
          {
            label: pickText(figure.label, locale),
            value: figure.value!,
            unit: figure.unit!,
            qualifiers: figure.qualifiers,
            change: figure.change,
            rank: figure.rank ? formatRank(figure.rank, locale) : undefined,
          },
          locale,
        );
        expect(nbsp(root.querySelector('[role="img"]')?.getAttribute('aria-label'))).toBe(
          nbsp(expected),
        );
      });
    },
  );

  it('computes every target’s status from the numbers', async () => {
    const container = mount(
      dataset.targets
        .map((t) => `<report-gauge goal="${t.id}" motion="reduce"></report-gauge>`)
        .join(''),
    );
    const gauges = [...container.querySelectorAll('report-gauge')];
    for (const g of gauges) g.data = dataset;
    await Promise.all(gauges.map(updated));
    const statuses = Object.fromEntries(gauges.map((g, i) => [dataset.targets[i]!.id, g.status]));
    expect(statuses).toEqual({
      'gdp-growth-2020': 'met', // 6.5% vs ≥6.5%
      'budget-revenue-growth-2020': 'exceeded', // 7% vs ≥3%
      'rd-share-2020': 'not-yet', // 2.28% vs ≥2.3%
      'fixed-asset-investment-growth-2020': 'unknown', // no 2019 figure in the report
      'industry-taxable-sales-growth-2020': 'unknown',
      'services-taxable-sales-growth-2020': 'unknown',
      'retail-sales-growth-2020': 'unknown',
      'trade-growth-2020': 'unknown',
      'income-growth-2020': 'ahead', // urban income +8.3% vs GDP +6.5%
    });
    const income = gauges.at(-1)!.shadowRoot!;
    expect(income.querySelector('[part~="note"]')?.textContent).toContain('城镇居民收入增幅');
  });

  it('marks the figure’s words in its report sentence', async () => {
    const container = mount(
      '<report-gauge goal="rd-share-2020" footnote motion="reduce"></report-gauge>',
    );
    const gauge = container.querySelector('report-gauge')!;
    gauge.data = dataset;
    await updated(gauge);
    expect(gauge.shadowRoot!.querySelector('[part~="footnote"] mark')?.textContent).toBe(
      '2.3%以上',
    );
  });
});
