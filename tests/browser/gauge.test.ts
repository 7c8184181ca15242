import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../components/gauge/define.js';
import '../../components/data/define.js';
import type { ReportGauge } from '../../components/gauge/gauge.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/schema.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { cleanup, frames, jsonUrl, mount, until, updated } from './helpers.js';
import { installProbe, type Probe } from './probes.js';

const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function view(gauge: ReportGauge) {
  const root = gauge.shadowRoot!;
  return {
    meter: root.querySelector<HTMLElement>('[part~="meter"]'),
    legend: () => plain(root.querySelector('[part~="legend"]')?.textContent),
    status: () => plain(root.querySelector('[part~="status"] .status-text')?.textContent),
    error: () => root.querySelector('[part~="error"]'),
    roles: () => [...root.querySelectorAll('svg path')].map((p) => p.getAttribute('class')),
    path: (role: string) => root.querySelector(`svg path.${role}`)?.getAttribute('d') ?? '',
    texts: () => [...root.querySelectorAll('svg text')].map((t) => plain(t.textContent)),
  };
}

async function gaugeOn(markup: string, props: Partial<ReportGauge> = {}, width?: number) {
  const container = mount(markup, width);
  const gauge = container.querySelector('report-gauge')!;
  Object.assign(gauge, props);
  await updated(gauge);
  return gauge;
}

let probe: Probe | undefined;

beforeEach(() => {
  probe = undefined;
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  cleanup();
  clearDatasetCache();
  probe?.restore();
});

describe('<report-gauge> shows a target against its baseline', () => {
  it('R&D share from src + goal: 2.3% against 2.28%, not yet, as a meter', async () => {
    const url = jsonUrl(fixtureDataset());
    const container = mount(
      `<report-gauge src="${url}" goal="rd-share-2020" motion="reduce"></report-gauge>`,
    );
    const gauge = container.querySelector('report-gauge')!;
    await until(() => gauge.status, 'status computed');
    const v = view(gauge);
    expect(gauge.status).toBe('not-yet');
    expect(v.legend()).toContain('目标 2.3%以上');
    expect(v.legend()).toContain('2019年 2.28%');
    // A 2020 target against the 2019 figure: the status says when, and never "met" (issue 13).
    expect(v.status()).toBe('2019年距目标还差0.02个百分点');
    const meter = view(gauge).meter!;
    expect(meter.getAttribute('role')).toBe('meter');
    expect(meter.getAttribute('aria-valuenow')).toBe('2.28');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('3');
    expect(meter.getAttribute('aria-valuetext')).toBe(
      '2019年2.28%，目标2.3%以上，距目标还差0.02个百分点',
    );
    await expect
      .element(page.getByRole('meter', { name: '全社会研发投入占比，2020年目标' }))
      .toBeInTheDocument();
    // The graphic shows both numbers: the target by its marker, the reading in the middle.
    expect(v.texts()).toContain('≥2.3%');
    expect(v.texts()).toContain('2.28%');
  });

  it('GDP growth ≥6.5% against 2019’s 6.5% is at the target level, not met; in English too', async () => {
    const data = fixtureDataset();
    const container = mount(`
      <report-gauge goal="gdp-growth-2020" motion="reduce"></report-gauge>
      <report-gauge goal="gdp-growth-2020" motion="reduce" locale="en"></report-gauge>`);
    const [zh, en] = [...container.querySelectorAll('report-gauge')];
    zh!.data = en!.data = data;
    await Promise.all([updated(zh!), updated(en!)]);
    expect(zh!.status).toBe('met');
    expect(view(zh!).status()).toBe('2019年已达目标水平');
    expect(view(en!).status()).toBe('2019 already at the target level');
    expect(view(zh!).meter!.getAttribute('aria-valuetext')).toBe(
      '2019年6.5%，目标6.5%以上，已达目标水平',
    );
    expect(view(en!).legend()).toContain('target at least 6.5%');
    expect(view(en!).legend()).toContain('2019 6.5%');
    expect(view(en!).meter!.getAttribute('aria-label')).toBe('GDP growth, 2020 target');
  });

  it('draws each comparator its own way', async () => {
    const data = fixtureDataset();
    data.targets.push({
      id: 'unemployment-2020',
      label: { zh: '城镇登记失业率', en: 'Registered urban unemployment' },
      year: 2020,
      measure: 'level',
      comparator: 'at-most',
      value: 3,
      unit: '%',
      source: data.targets[0]!.source,
    });
    const ids = [
      'gdp-growth-2020',
      'unemployment-2020',
      'retail-sales-growth-2020',
      'trade-growth-2020',
      'income-growth-2020',
    ];
    const container = mount(
      ids.map((id) => `<report-gauge goal="${id}" motion="reduce"></report-gauge>`).join(''),
    );
    const gauges = [...container.querySelectorAll('report-gauge')];
    for (const g of gauges) g.data = data;
    await Promise.all(gauges.map(updated));
    const [atLeast, atMost, about, growing, inStep] = gauges.map(view);
    // at least: a floor bracket (opens clockwise, sweep 1) and the zone above the target shaded
    expect(atLeast!.roles()).toEqual(['track', 'zone', 'fill', 'target']);
    expect(atLeast!.path('target')).toMatch(/A\d+,\d+ 0 0 1 /);
    // at most: a ceiling bracket (opens the other way, sweep 0)
    expect(atMost!.roles()).toEqual(['track', 'zone', 'target']);
    expect(atMost!.path('target')).toMatch(/A\d+,\d+ 0 0 0 /);
    // about: a band, and a plain marker without a bracket
    expect(about!.roles()).toEqual(['track', 'band', 'target']);
    expect(about!.path('target')).not.toContain('A');
    expect(about!.texts()).toContain('≈6%');
    // keep growing: the positive side shaded, a bracket at zero marked >0
    expect(growing!.roles()).toEqual(['track', 'zone', 'target']);
    expect(growing!.texts()).toContain('>0');
    expect(growing!.texts()).toContain('保持增长');
    // in step with: a dashed reference marker at the reference's reading (GDP growth 2019: 6.5%)
    expect(inStep!.roles()).toEqual(['track', 'band', 'reference']);
    expect(inStep!.path('reference').match(/M/g)!.length).toBeGreaterThan(3);
    expect(inStep!.texts()).toContain('6.5%');
    expect(inStep!.legend()).toContain('参照 地区生产总值增长，2019年 6.5%');
    // No reading yet → an image with the full text rather than a meter without a value.
    expect(inStep!.meter!.getAttribute('role')).toBe('img');
    expect(inStep!.meter!.getAttribute('aria-label')).toContain('与地区生产总值增长同步');
    expect(inStep!.meter!.getAttribute('aria-label')).toContain('暂无可比数据');
  });

  it('computes the status from the numbers when they change', async () => {
    const gauge =
      await gaugeOn(`<report-gauge motion="reduce" comparator="at-most" value="3" unit="%"
      label="城镇登记失业率" year="2020" baseline="3.2"></report-gauge>`);
    expect(gauge.status).toBe('over-ceiling');
    expect(view(gauge).status()).toBe('2019年超出上限0.2个百分点');
    gauge.baseline = 2.5;
    await updated(gauge);
    expect(gauge.status).toBe('within');
    expect(view(gauge).status()).toBe('2019年已低于上限0.5个百分点');
    expect(view(gauge).legend()).toContain('2019年 2.5%');
    gauge.current = 3;
    gauge.currentLabel = '2020年上半年';
    await updated(gauge);
    expect(gauge.status).toBe('met');
    // A reading of the target's own year: now the target is met.
    expect(view(gauge).status()).toBe('达到目标');
    expect(view(gauge).meter!.getAttribute('aria-valuenow')).toBe('3');
    expect(view(gauge).roles()).toContain('baseline-mark');
  });

  it('in step with: compares with the referenced target’s reading', async () => {
    const data = fixtureDataset();
    data.targets[4]!.baseline = { figure: 'urban-income-2019', field: 'change' };
    const gauge = await gaugeOn(
      '<report-gauge goal="income-growth-2020" motion="reduce"></report-gauge>',
      {
        data,
      },
    );
    expect(gauge.status).toBe('ahead');
    expect(view(gauge).status()).toBe('2019年快于地区生产总值增长1.8个百分点');
  });

  it('takes a target object with its dataset, or with baseline attributes', async () => {
    const data = fixtureDataset();
    const target = data.targets[1]!;
    const container = mount(`
      <report-gauge id="with-data" motion="reduce"></report-gauge>
      <report-gauge id="with-attrs" motion="reduce" baseline="2.28" baseline-label="2019年"></report-gauge>`);
    const withData = container.querySelector<ReportGauge>('#with-data')!;
    const withAttrs = container.querySelector<ReportGauge>('#with-attrs')!;
    withData.target = target;
    withData.data = data;
    withAttrs.target = target;
    await Promise.all([updated(withData), updated(withAttrs)]);
    for (const g of [withData, withAttrs]) {
      expect(g.status).toBe('not-yet');
      expect(view(g).legend()).toContain('2019年 2.28%');
    }
  });

  it('reads its dataset from a surrounding <report-data>', async () => {
    const container = mount(`<report-data src="${jsonUrl(fixtureDataset())}">
      <report-gauge goal="gdp-growth-2020" motion="reduce"></report-gauge></report-data>`);
    const gauge = container.querySelector('report-gauge')!;
    await until(() => gauge.status === 'met', 'gauge from report-data');
  });

  it('draws the bar form with the same meaning', async () => {
    const gauge = await gaugeOn(
      '<report-gauge goal="rd-share-2020" form="bar" motion="reduce"></report-gauge>',
      {
        data: fixtureDataset(),
      },
    );
    const v = view(gauge);
    expect(v.roles()).toEqual(['track', 'zone', 'fill', 'target']);
    expect(v.path('fill')).toMatch(/^M[\d.]+,\d+H[\d.]+V/);
    expect(v.meter!.getAttribute('role')).toBe('meter');
    expect(v.texts()).toContain('≥2.3%');
  });
});

describe('<report-gauge> motion', () => {
  it('grows the fill to the reading and fires report-fill-end with the status', async () => {
    const gauge = await gaugeOn(
      '<report-gauge goal="gdp-growth-2020" duration="300"></report-gauge>',
      {
        data: fixtureDataset(),
      },
    );
    const details: unknown[] = [];
    gauge.addEventListener('report-fill-end', (e) => details.push(e.detail));
    const paths = new Set<string>();
    await until(() => {
      paths.add(view(gauge).path('fill'));
      return details.length > 0;
    }, 'fill ended');
    expect(paths.size).toBeGreaterThan(2);
    expect(details).toEqual([{ goal: 'gdp-growth-2020', status: 'met', reading: 6.5 }]);
    expect(view(gauge).texts()).toContain('6.5%');
  });

  it('reduced motion: full at the first frame, and no animation frame after', async () => {
    probe = installProbe();
    const full = await gaugeOn(
      '<report-gauge goal="gdp-growth-2020" motion="reduce"></report-gauge>',
      {
        data: fixtureDataset(),
      },
    );
    const fullPath = view(full).path('fill');
    await frames(1);
    expect(probe.pendingFrames()).toBe(0);
    const ran = probe.framesRun();
    await new Promise((r) => setTimeout(r, 100));
    expect(probe.framesRun()).toBe(ran);
    // the same path as a gauge that animated to its end
    const animated = await gaugeOn(
      '<report-gauge goal="gdp-growth-2020" duration="50"></report-gauge>',
      {
        data: fixtureDataset(),
      },
    );
    await until(
      () => view(animated).texts().includes('6.5%') && view(animated).path('fill') === fullPath,
      'same end',
    );
  });

  it('keeps its boxes still while the fill grows', async () => {
    const container = mount(
      '<report-gauge goal="rd-share-2020" duration="400"></report-gauge><p>after</p>',
      320,
    );
    const gauge = container.querySelector('report-gauge')!;
    gauge.data = fixtureDataset();
    let done = false;
    gauge.addEventListener('report-fill-end', () => (done = true));
    const boxes = new Set<string>();
    await updated(gauge);
    while (!done) {
      const root = gauge.shadowRoot!;
      boxes.add(
        [
          gauge,
          root.querySelector('svg'),
          root.querySelector('[part~="legend"]'),
          container.querySelector('p'),
        ]
          .map((n) => JSON.stringify(n!.getBoundingClientRect()))
          .join('|'),
      );
      await frames(1);
    }
    expect(boxes.size).toBe(1);
  });

  it('leaves no frame, observer or listener behind when removed mid-fill', async () => {
    probe = installProbe();
    const gauge = await gaugeOn(
      '<report-gauge goal="gdp-growth-2020" duration="5000"></report-gauge>',
      {
        data: fixtureDataset(),
      },
    );
    await until(() => probe!.pendingFrames() > 0, 'filling');
    gauge.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(probe.pendingFrames()).toBe(0);
    expect(probe.activeObservers()).toBe(0);
    expect(probe.mediaListeners()).toBe(0);
  });
});

describe('<report-gauge> errors and export', () => {
  it('shows an unknown goal in place while its neighbour works', async () => {
    const url = jsonUrl(fixtureDataset());
    const container = mount(`
      <report-gauge id="bad" src="${url}" goal="gdp-growth-2099"></report-gauge>
      <report-gauge id="good" src="${url}" goal="gdp-growth-2020" motion="reduce"></report-gauge>`);
    const bad = container.querySelector<ReportGauge>('#bad')!;
    const good = container.querySelector<ReportGauge>('#good')!;
    const error = await until(() => view(bad).error(), 'error shown');
    expect(error.textContent).toContain('gdp-growth-2099');
    await until(() => good.status === 'met', 'neighbour works');
  });

  it('names bad input: an unknown comparator, a missing value, NaN, an invalid target', async () => {
    const broken = {
      ...fixtureDataset().targets[0]!,
      value: '6.5%',
    } as unknown as Dataset['targets'][number];
    const container = mount(`
      <report-gauge id="comparator" comparator="more" value="3" unit="%"></report-gauge>
      <report-gauge id="missing" comparator="at-least" unit="%"></report-gauge>
      <report-gauge id="nan" comparator="at-least" value="6.5" unit="%" baseline="lots"></report-gauge>
      <report-gauge id="invalid"></report-gauge>
      <report-gauge id="empty"></report-gauge>`);
    const get = (id: string) => container.querySelector<ReportGauge>(`#${id}`)!;
    get('invalid').target = broken;
    await Promise.all([...container.querySelectorAll('report-gauge')].map(updated));
    const message = (id: string) => view(get(id)).error()?.textContent ?? '';
    expect(message('comparator')).toContain('comparator="more"');
    expect(message('missing')).toContain('value');
    expect(message('nan')).toContain('baseline="lots"');
    expect(message('invalid')).toContain('target property.value: expected a number, got "6.5%"');
    expect(message('empty')).toContain('goal');
  });

  it('exports a standalone SVG with markup in labels escaped, in both locales', async () => {
    const gauge = await gaugeOn(
      '<report-gauge comparator="at-least" value="2.3" unit="%" baseline="2.28" year="2020" start="manual"></report-gauge>',
      { label: '<b onclick="x()">R&D</b>' },
    );
    const svg = await gauge.toSVG();
    expect(svg).not.toContain('<b ');
    expect(svg).toContain('&lt;b onclick=&quot;x()&quot;&gt;R&amp;D&lt;/b&gt;');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const text = doc.documentElement.textContent;
    expect(text).toContain('2.3%以上');
    expect(text).toContain('2.28%'); // final state, although the fill never started
    expect(text).toContain('2019年距目标还差0.02个百分点');
    expect(doc.querySelectorAll('path').length).toBeGreaterThan(3);
    gauge.locale = 'en';
    await updated(gauge);
    const en = new DOMParser().parseFromString(await gauge.toSVG(), 'image/svg+xml');
    expect(en.documentElement.textContent).toContain('at least 2.3%');
    expect(plain(en.documentElement.textContent)).toContain(
      '2019: 0.02 percentage points short of the target',
    );
    expect(en.documentElement.getAttribute('aria-label')).toContain('at least 2.3%');
    expect(en.documentElement.getAttribute('lang')).toBe('en');
  });
});
