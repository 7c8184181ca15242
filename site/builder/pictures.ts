/**
 * Static pictures for channels that run no scripts: the previewed widget as SVG or PNG, and a
 * long PNG of every widget of a dataset, drawn off-screen in the chosen theme and language.
 */
import type { Dataset } from '../../src/data/schema.js';
import { pickText, type ReportLocale } from '../../src/format/format.js';
import { escapeXml } from '../../src/svg/text.js';
import { download, rowsOf, svgsToPng } from './image.js';
import type { Exportable } from './preview.js';
import { countableFigures, type BuilderState } from './state.js';
import { tagName, type WidgetKind } from './snippet.js';

/** Downloads a widget's final state, `svg` (its `toSVG()`), as `name` (PNG at twice its size). */
export async function downloadPicture(
  svg: string,
  type: 'svg' | 'png',
  name: string,
): Promise<void> {
  if (type === 'svg') {
    download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  } else {
    download(await svgsToPng([svg], { scale: 2 }), name);
  }
}

/** The long image's colours for a theme. */
function longImagePalette(theme: string): { background: string; ink: string; muted: string } {
  if (theme === 'plenary') return { background: '#a3080c', ink: '#fff6e0', muted: '#f3d9a4' };
  if (theme === 'dark') return { background: '#16191d', ink: '#eef0f3', muted: '#a9b1bc' };
  return { background: '#ffffff', ink: '#1b1d21', muted: '#5a616b' };
}

/**
 * Every widget of the dataset (its figures, its targets, the timeline, the programme) drawn
 * off-screen in the state's theme and language, stacked into one PNG; returns its file name.
 */
export async function downloadLongImage(state: BuilderState, dataset: Dataset): Promise<string> {
  const stage = document.createElement('div');
  stage.className = 'offstage';
  stage.setAttribute('aria-hidden', 'true');
  document.body.append(stage);
  try {
    const make = (kind: WidgetKind, attributes: Record<string, string>) => {
      const element = document.createElement(tagName(kind)) as Exportable;
      element.setAttribute('src', state.datasetUrl);
      element.setAttribute('motion', 'reduce');
      element.setAttribute('locale', state.locale);
      if (state.theme) element.setAttribute('theme', state.theme);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      stage.append(element);
      return element;
    };
    const counters = countableFigures(dataset).map((f) => make('counter', { metric: f.id }));
    const gauges = dataset.targets.map((t) => make('gauge', { goal: t.id }));
    const timeline = dataset.events.length ? [make('timeline', {})] : [];
    const pillars = dataset.programme ? [make('pillars', {})] : [];
    const elements = [...counters, ...gauges, ...timeline, ...pillars];
    // Each draws its final state once the (cached) dataset reaches it: wait for all, 5 s at most.
    let svgs: string[] = [];
    for (let tries = 0; tries < 100; tries++) {
      await Promise.all(elements.map((element) => element.updateComplete));
      svgs = await Promise.all(elements.map((element) => element.toSVG()));
      if (svgs.every(Boolean)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const svg = new Map(elements.map((element, i) => [element, svgs[i] ?? '']));
    const drawn = (list: readonly Exportable[]) =>
      list.map((e) => svg.get(e) ?? '').filter(Boolean);
    const palette = longImagePalette(state.theme);
    const rows = [
      titleSvg(dataset, state.locale, palette),
      ...rowsOf(drawn(counters), 3),
      ...rowsOf(drawn(gauges), 3),
      ...drawn(timeline),
      ...drawn(pillars),
    ];
    const name = `${dataset.id}-long.png`;
    download(
      await svgsToPng(rows, { scale: 2, background: palette.background, gap: 24, padding: 32 }),
      name,
    );
    return name;
  } finally {
    stage.remove();
  }
}

/** The long image's heading: the dataset's title, subtitle and body, as a small SVG. */
function titleSvg(
  dataset: Dataset,
  locale: ReportLocale,
  palette: { ink: string; muted: string },
): string {
  const title = escapeXml(pickText(dataset.title, locale));
  const subtitle = escapeXml(dataset.subtitle ? pickText(dataset.subtitle, locale) : '');
  const body = escapeXml(dataset.body ? pickText(dataset.body, locale) : '');
  const sans = escapeXml(
    "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  );
  const serif = escapeXml("'Noto Serif CJK SC', 'Songti SC', 'SimSun', serif");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="112" viewBox="0 0 720 112">
  <text x="0" y="20" font-family="${sans}" font-size="14" font-weight="700" fill="${palette.muted}">${body}</text>
  <text x="0" y="62" font-family="${serif}" font-size="34" font-weight="700" fill="${palette.ink}">${title}</text>
  <text x="0" y="96" font-family="${sans}" font-size="18" fill="${palette.muted}">${subtitle}</text>
</svg>`;
}
