/**
 * `embed.html`: the web editors' tool. Pick a dataset (any URL) and an item of it — a figure, a
 * target, a range of events, the programme — see the widget live, choose theme, language and
 * options, copy the exact snippet (script tag, element, fallback), download a static SVG or PNG,
 * or a long image of every widget of the dataset.
 *
 * The page's words are Chinese and English (`?lang=en`); the widget's language is a choice of its
 * own. Nothing here is specific to one report: the items come from whatever dataset is loaded.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/all.js';
import { loadDataset } from '../src/data/loader.js';
import type { Dataset } from '../src/data/schema.js';
import { normalizeLocale, pickText, type ReportLocale } from '../src/format/format.js';
import { escapeXml } from '../src/svg/text.js';
import { THEMES } from '../src/theme.js';
import {
  WIDGET_KINDS,
  downloadName,
  reserveRule,
  snippet,
  tagName,
  type Fallback,
  type WidgetChoice,
  type WidgetKind,
} from './embed-snippet.js';
import { download, rowsOf, svgsToPng } from './export-image.js';

const DEFAULT_DATASET = 'data/gangzha-2019.json';

const WORDS = {
  'zh-CN': {
    title: '嵌入工具',
    kicker: 'report-story · 网页编辑',
    dek: '选一个数据项，预览组件，复制代码贴进任何网页；不能运行脚本的渠道（微信文章、印刷）用图片。',
    other: 'English',
    otherLang: 'en',
    dataset: '数据集',
    datasetUrl: '数据集地址',
    datasetHint: '任何地址都可以；数据更新后组件自动读取，无需更换代码。',
    load: '载入',
    loading: '正在载入数据集…',
    loaded: (d: Dataset) =>
      `已载入：${pickText(d.title, 'zh-CN')}（${d.figures.length} 个数字，${d.targets.length} 个目标，${d.events.length} 个事件）`,
    widget: '组件',
    kinds: { counter: '数字', gauge: '目标', timeline: '时间线', pillars: '五大工程图' },
    kindHints: {
      counter: '一个数字，进入视野时计数',
      gauge: '一个目标与基数',
      timeline: '带日期的事件',
      pillars: '工程的屋顶、支柱与基础',
    },
    item: '数据项',
    figure: '数字',
    target: '目标',
    highlightFrom: '突出显示：从',
    highlightTo: '到',
    none: '（不突出）',
    reveal: '显示到',
    revealAll: '全部',
    active: '展开的支柱',
    noneOpen: '（无）',
    options: '选项',
    theme: '主题',
    themes: {
      '': '跟随网页',
      light: '浅色',
      dark: '深色',
      auto: '跟随系统',
      plenary: '会场（红金）',
    },
    language: '组件语言',
    footnote: '显示报告原文',
    form: '样式',
    forms: { arc: '弧形', bar: '条形' },
    motion: '动画',
    motions: { '': '跟随读者设置', reduce: '不要动画' },
    preview: '预览',
    previewWidth: '预览宽度',
    widths: { full: '整栏', '480': '480 像素', '320': '320 像素（手机）' },
    replay: '重播',
    code: '代码',
    codeHint: '贴进网页的 HTML。元素里的文字是备用内容：脚本载入前和不运行脚本的读者看到它。',
    script: '脚本地址',
    classic: '传统脚本（网页系统去掉 type="module" 时用）',
    withScript: '包含脚本标签（每页一次即可）',
    copy: '复制代码',
    copied: '代码已复制。',
    copyFailed: '无法自动复制：请选中代码后手动复制。',
    reserve: '预留高度（可选）',
    reserveHint: '把这条规则加到网页样式表里，组件载入前后页面都不会跳动（按当前预览宽度测得）。',
    pictures: '图片',
    picturesHint: '不能运行脚本的渠道用静态图片：组件的最终状态，颜色与当前主题一致。',
    svg: '下载 SVG',
    png: '下载 PNG',
    longImage: '下载长图（本数据集全部组件）',
    making: '正在生成图片…',
    made: (name: string) => `已生成 ${name}。`,
    notReady: '组件还没有准备好。',
    failed: '出错了：',
  },
  en: {
    title: 'Embed builder',
    kicker: 'report-story · for web editors',
    dek: 'Pick an item of a dataset, preview the widget, copy the code into any page; for channels that run no scripts (WeChat articles, print), use a picture.',
    other: '中文',
    otherLang: 'zh',
    dataset: 'Dataset',
    datasetUrl: 'Dataset URL',
    datasetHint:
      'Any URL works; when the data is updated, widgets read it again — the code stays the same.',
    load: 'Load',
    loading: 'Loading the dataset…',
    loaded: (d: Dataset) =>
      `Loaded: ${pickText(d.title, 'en')} (${d.figures.length} figures, ${d.targets.length} targets, ${d.events.length} events)`,
    widget: 'Widget',
    kinds: { counter: 'Figure', gauge: 'Target', timeline: 'Timeline', pillars: 'Programme' },
    kindHints: {
      counter: 'one figure, counting up when seen',
      gauge: 'a target against its baseline',
      timeline: 'dated events',
      pillars: 'the programme: roof, pillars, foundation',
    },
    item: 'Item',
    figure: 'Figure',
    target: 'Target',
    highlightFrom: 'Highlight from',
    highlightTo: 'to',
    none: '(no highlight)',
    reveal: 'Show up to',
    revealAll: 'everything',
    active: 'Open pillar',
    noneOpen: '(none)',
    options: 'Options',
    theme: 'Theme',
    themes: {
      '': 'follow the page',
      light: 'light',
      dark: 'dark',
      auto: 'follow the system',
      plenary: 'plenary (red and gold)',
    },
    language: 'Widget language',
    footnote: 'Show the sentence from the report',
    form: 'Form',
    forms: { arc: 'arc', bar: 'bar' },
    motion: 'Animation',
    motions: { '': "follow the reader's setting", reduce: 'no animation' },
    preview: 'Preview',
    previewWidth: 'Preview width',
    widths: { full: 'full column', '480': '480 px', '320': '320 px (phone)' },
    replay: 'Replay',
    code: 'Code',
    codeHint:
      'HTML to paste into a page. The text inside the element is the fallback: shown before the script loads, and to readers without scripts.',
    script: 'Script URL',
    classic: 'Classic script (for CMSs that strip type="module")',
    withScript: 'Include the script tag (once per page is enough)',
    copy: 'Copy code',
    copied: 'Code copied.',
    copyFailed: 'Could not copy automatically: select the code and copy it.',
    reserve: 'Reserve the height (optional)',
    reserveHint:
      'Add this rule to the page’s stylesheet and nothing moves while the widget loads (measured at the preview width).',
    pictures: 'Pictures',
    picturesHint:
      'For channels that run no scripts: the widget’s final state, in the colours of the chosen theme.',
    svg: 'Download SVG',
    png: 'Download PNG',
    longImage: 'Download a long image (every widget of this dataset)',
    making: 'Making the picture…',
    made: (name: string) => `Made ${name}.`,
    notReady: 'The widget is not ready yet.',
    failed: 'Something went wrong: ',
  },
} as const;

type Words = (typeof WORDS)[ReportLocale];
type Width = 'full' | '480' | '320';

interface State {
  ui: ReportLocale;
  datasetInput: string;
  datasetUrl: string;
  dataset: Dataset | undefined;
  datasetError: string;
  kind: WidgetKind;
  figure: string;
  target: string;
  from: string;
  to: string;
  reveal: string;
  active: string;
  theme: string;
  locale: ReportLocale;
  footnote: boolean;
  form: 'arc' | 'bar';
  motion: '' | 'reduce';
  width: Width;
  script: string;
  classic: boolean;
  withScript: boolean;
  status: string;
  /** Fallback text read from the rendered preview. */
  fallback: Fallback;
  /** Height of the preview widget and the font size around it, px. */
  measured: { height: number; fontSize: number } | undefined;
}

interface Exportable extends HTMLElement {
  toSVG(): string;
  readonly updateComplete: Promise<boolean>;
  replay?: () => void;
}

const params = new URLSearchParams(location.search);
const ui = normalizeLocale(params.get('lang'));
const state: State = {
  ui,
  datasetInput: params.get('src') ?? DEFAULT_DATASET,
  datasetUrl: '',
  dataset: undefined,
  datasetError: '',
  kind: WIDGET_KINDS.find((k) => k === params.get('widget')) ?? 'counter',
  figure: '',
  target: '',
  from: '',
  to: '',
  reveal: '',
  active: '',
  theme: '',
  locale: ui,
  footnote: false,
  form: 'arc',
  motion: '',
  width: 'full',
  script: new URL('report-story.js', location.href).href,
  classic: false,
  withScript: true,
  status: '',
  fallback: { text: '' },
  measured: undefined,
};

let preview: Exportable | undefined;
/** The preview element now (it changes while a reading awaits). */
const currentPreview = (): Exportable | undefined => preview;
const app = document.getElementById('app') ?? document.body;

function words(): Words {
  return WORDS[state.ui];
}

let statusTimer: ReturnType<typeof setTimeout> | undefined;

function set(changes: Partial<State>): void {
  Object.assign(state, changes);
  if (changes.status) {
    // A message stays a few seconds, then the live region empties (and the toast goes).
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => set({ status: '' }), 5000);
  }
  draw();
  void readPreview();
}

/** Loads the dataset at the URL typed, and picks a first item of each kind. */
async function loadFromInput(): Promise<void> {
  const url = new URL(state.datasetInput.trim() || DEFAULT_DATASET, location.href).href;
  set({ status: words().loading, datasetError: '', datasetUrl: url });
  try {
    const dataset = await loadDataset(url);
    if (state.datasetUrl !== url) return;
    const countable = dataset.figures.filter((f) => f.value !== undefined && f.unit !== undefined);
    set({
      dataset,
      figure: countable.some((f) => f.id === state.figure)
        ? state.figure
        : (countable[0]?.id ?? ''),
      target: dataset.targets.some((t) => t.id === state.target)
        ? state.target
        : (dataset.targets[0]?.id ?? ''),
      from: '',
      to: '',
      active: '',
      reveal: '',
      status: words().loaded(dataset),
    });
  } catch (error) {
    if (state.datasetUrl !== url) return;
    set({
      dataset: undefined,
      datasetError: error instanceof Error ? error.message : String(error),
      status: '',
    });
  }
}

/** The chosen element's attributes besides `src`, in the order they are written. */
function choice(): WidgetChoice {
  const common: [string, string | boolean][] = [
    ['theme', state.theme],
    ['locale', state.locale === state.ui ? '' : state.locale],
    ['motion', state.motion],
  ];
  const own: [string, string | boolean][] = [];
  switch (state.kind) {
    case 'counter':
      own.push(['metric', state.figure], ['footnote', state.footnote]);
      break;
    case 'gauge':
      own.push(
        ['goal', state.target],
        ['form', state.form === 'arc' ? '' : state.form],
        ['footnote', state.footnote],
      );
      break;
    case 'timeline': {
      const range = state.from && state.to && state.to !== state.from;
      own.push([
        'highlight',
        state.from ? (range ? `${state.from}..${state.to}` : state.from) : '',
      ]);
      break;
    }
    case 'pillars':
      own.push(['reveal', state.reveal], ['active', state.active]);
      break;
  }
  return { kind: state.kind, src: state.datasetUrl, attributes: [...own, ...common] };
}

/**
 * Reads what the rendered preview says (its accessible text, in the widget's language) as the
 * fallback content, and measures its height for the reservation rule.
 */
async function readPreview(): Promise<void> {
  const element = preview;
  if (!element?.isConnected) return;
  await element.updateComplete;
  // A widget loading its data renders again when it arrives.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  // Another choice replaced this preview meanwhile: its own reading is on its way.
  if (element !== currentPreview()) return;
  const root = element.shadowRoot;
  if (!root || root.querySelector('[aria-busy="true"]')) {
    setTimeout(() => void readPreview(), 100);
    return;
  }
  const text = (selector: string) =>
    [...root.querySelectorAll(selector)].map((node) =>
      node.textContent.replace(/\s+/g, ' ').trim(),
    );
  let fallback: Fallback = { text: '' };
  const error = root.querySelector('[part~="error"]');
  if (error) {
    fallback = { text: '' };
  } else if (state.kind === 'counter') {
    fallback = { text: root.querySelector('[part~="base"]')?.getAttribute('aria-label') ?? '' };
  } else if (state.kind === 'gauge') {
    const meter = root.querySelector('[role="meter"], [part~="meter"]');
    const name = meter?.getAttribute('aria-label') ?? '';
    const value = meter?.getAttribute('aria-valuetext') ?? '';
    fallback = { text: value ? `${name}${state.locale === 'en' ? ': ' : '：'}${value}` : name };
  } else if (state.kind === 'timeline') {
    const dates = text('[part~="date"]');
    const titles = text('[part~="title"]');
    fallback = {
      text: root.querySelector('[part~="timeline"]')?.getAttribute('aria-label') ?? '',
      items: titles.map((title, i) => `${dates[i] ?? ''} ${title}`.trim()),
    };
  } else {
    const title = text('[part~="title"]')[0] ?? '';
    const roof = text('.roof-text')[0] ?? '';
    fallback = {
      text: [title, roof].filter(Boolean).join(state.locale === 'en' ? ': ' : '：'),
      items: text('.pillar-heading'),
    };
  }
  const box = element.getBoundingClientRect();
  const fontSize = parseFloat(getComputedStyle(element).fontSize) || 16;
  const same =
    fallback.text === state.fallback.text &&
    (fallback.items ?? []).join('\n') === (state.fallback.items ?? []).join('\n') &&
    state.measured?.height === box.height;
  if (same) return;
  state.fallback = fallback;
  state.measured = { height: box.height, fontSize };
  draw();
}

async function copyCode(code: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(code);
    set({ status: words().copied });
  } catch {
    set({ status: words().copyFailed });
  }
}

async function exportPicture(type: 'svg' | 'png'): Promise<void> {
  const element = preview;
  const svg = element?.toSVG() ?? '';
  if (!svg) {
    set({ status: words().notReady });
    return;
  }
  const name = downloadName(choice(), type);
  try {
    if (type === 'svg') {
      download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
    } else {
      set({ status: words().making });
      download(await svgsToPng([svg], { scale: 2 }), name);
    }
    set({ status: words().made(name) });
  } catch (error) {
    set({ status: `${words().failed}${error instanceof Error ? error.message : String(error)}` });
  }
}

/**
 * Every widget of the dataset (its figures, its targets, the timeline, the programme) drawn
 * off-screen in the chosen theme and language, stacked into one PNG: a long image for channels
 * that run no scripts.
 */
async function exportLongImage(): Promise<void> {
  const dataset = state.dataset;
  if (!dataset) return;
  set({ status: words().making });
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
    const counters = dataset.figures
      .filter((f) => f.value !== undefined && f.unit !== undefined)
      .map((f) => make('counter', { metric: f.id }));
    const gauges = dataset.targets.map((t) => make('gauge', { goal: t.id }));
    const timeline = dataset.events.length ? [make('timeline', {})] : [];
    const pillars = dataset.programme ? [make('pillars', {})] : [];
    const elements = [...counters, ...gauges, ...timeline, ...pillars];
    // Each draws its final state once the (cached) dataset reaches it: wait for all, 5 s at most.
    let svgs: string[] = [];
    for (let tries = 0; tries < 100; tries++) {
      await Promise.all(elements.map((element) => element.updateComplete));
      svgs = elements.map((element) => element.toSVG());
      if (svgs.every(Boolean)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const svg = new Map(elements.map((element, i) => [element, svgs[i] ?? '']));
    const drawn = (list: readonly Exportable[]) =>
      list.map((e) => svg.get(e) ?? '').filter(Boolean);
    const palette =
      state.theme === 'plenary'
        ? { background: '#a3080c', ink: '#fff6e0', muted: '#f3d9a4' }
        : state.theme === 'dark'
          ? { background: '#16191d', ink: '#eef0f3', muted: '#a9b1bc' }
          : { background: '#ffffff', ink: '#1b1d21', muted: '#5a616b' };
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
    set({ status: words().made(name) });
  } catch (error) {
    set({ status: `${words().failed}${error instanceof Error ? error.message : String(error)}` });
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

// ---------------------------------------------------------------------------------------------
// Rendering

function radio<T extends string>(
  name: string,
  value: T,
  current: T,
  label: string,
  onPick: (value: T) => void,
  hint?: string,
): TemplateResult {
  const id = `${name}-${value || 'none'}`;
  return html`<label class="choice" for=${id}>
    <input
      type="radio"
      id=${id}
      name=${name}
      .value=${value}
      .checked=${value === current}
      @change=${() => onPick(value)}
    />
    <span class="choice-label">${label}</span>
    ${hint ? html`<span class="choice-hint">${hint}</span>` : nothing}
  </label>`;
}

function select(
  id: string,
  label: string,
  value: string,
  options: readonly (readonly [string, string])[],
  onPick: (value: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value)}>
      ${options.map(
        ([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`,
      )}
    </select>
  </div>`;
}

function checkbox(id: string, label: string, checked: boolean, onPick: (v: boolean) => void) {
  return html`<div class="check">
    <input
      type="checkbox"
      id=${id}
      .checked=${checked}
      @change=${(e: Event) => onPick((e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

function itemControls(w: Words, dataset: Dataset): TemplateResult {
  const locale = state.locale;
  switch (state.kind) {
    case 'counter': {
      const figures = dataset.figures.filter((f) => f.value !== undefined && f.unit !== undefined);
      return select(
        'figure',
        w.figure,
        state.figure,
        figures.map((f) => [f.id, `${pickText(f.label, locale)} · ${f.id}`]),
        (figure) => set({ figure }),
      );
    }
    case 'gauge':
      return select(
        'target',
        w.target,
        state.target,
        dataset.targets.map((t) => [t.id, `${pickText(t.label, locale)} · ${t.id}`]),
        (target) => set({ target }),
      );
    case 'timeline': {
      const events: [string, string][] = dataset.events.map((e) => [
        e.id,
        `${pickText(e.title, locale)} · ${e.id}`,
      ]);
      return html`${select('from', w.highlightFrom, state.from, [['', w.none], ...events], (from) =>
        set({ from, to: from ? state.to : '' }),
      )}
      ${
        state.from
          ? select('to', w.highlightTo, state.to || state.from, events, (to) => set({ to }))
          : nothing
      }`;
    }
    case 'pillars': {
      const programme = dataset.programme;
      if (!programme) return html``;
      const count = programme.pillars.length;
      const reveal: [string, string][] = [['', w.revealAll]];
      for (let n = 1; n <= count + 2; n++) reveal.push([String(n), String(n)]);
      return html`${select('reveal', w.reveal, state.reveal, reveal, (v) => set({ reveal: v }))}
      ${select(
        'active',
        w.active,
        state.active,
        [
          ['', w.noneOpen],
          ...programme.pillars.map((p): [string, string] => [p.id, pickText(p.name, locale)]),
        ],
        (active) => set({ active }),
      )}`;
    }
  }
}

function renderPreview(): TemplateResult {
  if (!state.dataset) return html``;
  const c = choice();
  const attr = (name: string) => {
    const found = c.attributes.find(([n]) => n === name)?.[1];
    return typeof found === 'string' && found ? found : undefined;
  };
  const keep = ref((element) => {
    preview = element as Exportable | undefined;
  });
  const theme = attr('theme');
  const motion = attr('motion');
  // Attributes the widget does not have must be absent, not empty: one template per kind.
  switch (c.kind) {
    case 'counter':
      return html`<report-counter
        ${keep}
        src=${c.src}
        metric=${state.figure}
        theme=${theme ?? nothing}
        locale=${state.locale}
        motion=${motion ?? nothing}
        ?footnote=${state.footnote}
      ></report-counter>`;
    case 'gauge':
      return html`<report-gauge
        ${keep}
        src=${c.src}
        goal=${state.target}
        form=${state.form}
        theme=${theme ?? nothing}
        locale=${state.locale}
        motion=${motion ?? nothing}
        ?footnote=${state.footnote}
      ></report-gauge>`;
    case 'timeline':
      return html`<report-timeline
        ${keep}
        src=${c.src}
        highlight=${attr('highlight') ?? nothing}
        theme=${theme ?? nothing}
        locale=${state.locale}
        motion=${motion ?? nothing}
      ></report-timeline>`;
    case 'pillars':
      return html`<report-pillars
        ${keep}
        src=${c.src}
        reveal=${attr('reveal') ?? nothing}
        active=${attr('active') ?? nothing}
        theme=${theme ?? nothing}
        locale=${state.locale}
        motion=${motion ?? nothing}
      ></report-pillars>`;
  }
}

function page(): TemplateResult {
  const w = words();
  const dataset = state.dataset;
  const c = choice();
  const code = dataset
    ? snippet(c, state.fallback, {
        script: state.classic ? state.script.replace(/\.js$/, '.classic.js') : state.script,
        classic: state.classic,
        withScript: state.withScript,
      })
    : '';
  const reserve =
    dataset && state.measured && state.measured.height > 0
      ? reserveRule(c, state.measured.height, state.measured.fontSize)
      : '';
  const other = new URL(location.href);
  other.searchParams.set('lang', w.otherLang);
  return html`<header class="masthead">
      <div class="masthead-inner">
        <p class="kicker">${w.kicker}</p>
        <h1>${w.title}</h1>
        <p class="dek">${w.dek}</p>
        <a class="language" lang=${w.otherLang === 'en' ? 'en' : 'zh-CN'} href=${other.href}
          >${w.other}</a
        >
      </div>
    </header>
    <main class="builder">
      <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset class="group">
          <legend>${w.dataset}</legend>
          <div class="field">
            <label for="dataset-url">${w.datasetUrl}</label>
            <div class="inline">
              <input
                id="dataset-url"
                type="url"
                inputmode="url"
                spellcheck="false"
                aria-describedby="dataset-hint"
                .value=${state.datasetInput}
                @input=${(e: Event) => (state.datasetInput = (e.target as HTMLInputElement).value)}
                @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && void loadFromInput()}
              />
              <button type="button" class="secondary" @click=${() => void loadFromInput()}>
                ${w.load}
              </button>
            </div>
            <p class="hint" id="dataset-hint">${w.datasetHint}</p>
            ${
              state.datasetError
                ? html`<p class="error" role="alert">${state.datasetError}</p>`
                : nothing
            }
          </div>
        </fieldset>

        <fieldset class="group" ?disabled=${!dataset}>
          <legend>${w.widget}</legend>
          <div class="choices">
            ${WIDGET_KINDS.map((kind) =>
              radio(
                'kind',
                kind,
                state.kind,
                w.kinds[kind],
                (k) => set({ kind: k }),
                w.kindHints[kind],
              ),
            )}
          </div>
        </fieldset>

        ${
          dataset
            ? html`<fieldset class="group">
                <legend>${w.item}</legend>
                ${itemControls(w, dataset)}
              </fieldset>`
            : nothing
        }

        <fieldset class="group" ?disabled=${!dataset}>
          <legend>${w.options}</legend>
          ${select(
            'theme',
            w.theme,
            state.theme,
            ['', ...THEMES].map((t) => [t, w.themes[t as keyof Words['themes']]]),
            (theme) => set({ theme }),
          )}
          ${select(
            'locale',
            w.language,
            state.locale,
            [
              ['zh-CN', '中文'],
              ['en', 'English'],
            ],
            (v) => set({ locale: normalizeLocale(v) }),
          )}
          ${
            state.kind === 'gauge'
              ? select(
                  'form',
                  w.form,
                  state.form,
                  [
                    ['arc', w.forms.arc],
                    ['bar', w.forms.bar],
                  ],
                  (v) => set({ form: v === 'bar' ? 'bar' : 'arc' }),
                )
              : nothing
          }
          ${select(
            'motion',
            w.motion,
            state.motion,
            [
              ['', w.motions['']],
              ['reduce', w.motions.reduce],
            ],
            (v) => set({ motion: v === 'reduce' ? 'reduce' : '' }),
          )}
          ${
            state.kind === 'counter' || state.kind === 'gauge'
              ? checkbox('footnote', w.footnote, state.footnote, (footnote) => set({ footnote }))
              : nothing
          }
        </fieldset>
      </form>

      <div class="output">
        <section class="panel" aria-labelledby="preview-heading">
          <div class="panel-head">
            <h2 id="preview-heading">${w.preview}</h2>
            <div class="segmented" role="group" aria-label=${w.previewWidth}>
              ${(['full', '480', '320'] as const).map(
                (width) =>
                  html`<button
                    type="button"
                    aria-pressed=${state.width === width ? 'true' : 'false'}
                    @click=${() => set({ width })}
                  >
                    ${w.widths[width]}
                  </button>`,
              )}
            </div>
          </div>
          <div class="stage">
            <div class="frame width-${state.width}">${renderPreview()}</div>
          </div>
          ${
            state.kind === 'counter' || state.kind === 'gauge'
              ? html`<button type="button" class="secondary" @click=${() => preview?.replay?.()}>
                  ${w.replay}
                </button>`
              : nothing
          }
        </section>

        <section class="panel" aria-labelledby="code-heading">
          <div class="panel-head">
            <h2 id="code-heading">${w.code}</h2>
            <button
              type="button"
              class="primary"
              ?disabled=${!code}
              @click=${() => void copyCode(code)}
            >
              ${w.copy}
            </button>
          </div>
          <p class="hint" id="code-hint">${w.codeHint}</p>
          <pre
            class="code"
            tabindex="0"
            aria-describedby="code-hint"
            aria-label=${w.code}
          ><code>${code}</code></pre>
          <div class="field">
            <label for="script-url">${w.script}</label>
            <input
              id="script-url"
              type="url"
              spellcheck="false"
              .value=${state.script}
              @change=${(e: Event) => set({ script: (e.target as HTMLInputElement).value })}
            />
          </div>
          ${checkbox('classic', w.classic, state.classic, (classic) => set({ classic }))}
          ${checkbox('with-script', w.withScript, state.withScript, (withScript) =>
            set({ withScript }),
          )}
          ${
            reserve
              ? html`<h3>${w.reserve}</h3>
                  <p class="hint">${w.reserveHint}</p>
                  <pre
                    class="code"
                    tabindex="0"
                    aria-label=${w.reserve}
                  ><code>${reserve}</code></pre>`
              : nothing
          }
        </section>

        <section class="panel" aria-labelledby="pictures-heading">
          <h2 id="pictures-heading">${w.pictures}</h2>
          <p class="hint">${w.picturesHint}</p>
          <div class="buttons">
            <button
              type="button"
              class="secondary"
              ?disabled=${!dataset}
              @click=${() => void exportPicture('svg')}
            >
              ${w.svg}
            </button>
            <button
              type="button"
              class="secondary"
              ?disabled=${!dataset}
              @click=${() => void exportPicture('png')}
            >
              ${w.png}
            </button>
            <button
              type="button"
              class="secondary"
              ?disabled=${!dataset}
              @click=${() => void exportLongImage()}
            >
              ${w.longImage}
            </button>
          </div>
        </section>
      </div>
    </main>
    <p class="status" role="status" aria-live="polite">${state.status}</p>`;
}

function draw(): void {
  document.documentElement.lang = state.ui;
  document.title = `${words().title} · report-story`;
  render(page(), app);
}

draw();
void loadFromInput();
