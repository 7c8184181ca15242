/**
 * The host pages of the embed tests: the same widgets, pasted as a web editor would (the script
 * tag and the elements, each with its fallback), into a clean page and into a hostile one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../site/site.js';
import type { Response } from './harness.js';

const DATA = '/data/gangzha-2019.json';

/** Every widget an editor might paste into an article, final at once (`motion="reduce"`). */
export const WIDGETS = `
  <h1>港闸区2019年工作回顾</h1>
  <p>An article paragraph before the widgets, in the host's own style.</p>
  <report-counter id="counter" src="${DATA}" metric="gdp-2019" footnote motion="reduce">
    <p>地区生产总值预计440亿元，同比增长6.5%。</p>
  </report-counter>
  <report-counter id="counter-attributes" value="45" unit="亿元" label="一般公共预算收入" change="7"
    rank="增幅全市第二" qualifier="预计" motion="reduce"></report-counter>
  <report-gauge id="gauge" src="${DATA}" goal="rd-share-2020" motion="reduce">
    <p>全社会研发投入占比2.3%以上（2019年2.28%）。</p>
  </report-gauge>
  <report-gauge id="gauge-bar" src="${DATA}" goal="gdp-growth-2020" form="bar" theme="dark"
    motion="reduce"></report-gauge>
  <report-timeline id="timeline" src="${DATA}" highlight="plenary-2020" motion="reduce">
    <ol><li>2020年1月4日 中共港闸区委八届八次全会</li></ol>
  </report-timeline>
  <report-pillars id="pillars" src="${DATA}" theme="plenary" motion="reduce">
    <p>五提工程：产业提档、项目提效、城市提质、环境提优、民生提标。</p>
  </report-pillars>
  <section class="narrow">
    <report-counter id="counter-narrow" src="${DATA}" metric="budget-revenue-2019" theme="light"
      locale="en" motion="reduce"></report-counter>
    <report-timeline id="timeline-narrow" src="${DATA}" locale="en" motion="reduce"></report-timeline>
  </section>
  <p>An article paragraph after the widgets.</p>`;

/** Ids of the widgets in WIDGETS. */
export const WIDGET_IDS = [
  'counter',
  'counter-attributes',
  'gauge',
  'gauge-bar',
  'timeline',
  'pillars',
  'counter-narrow',
  'timeline-narrow',
] as const;

function page(
  head: string,
  body: string,
  script = '<script type="module" src="/report-story.js"></script>',
) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>report-story in a host page</title>
<link rel="icon" href="/favicon.ico">
${head}
${script}
</head>
<body>
<main class="article">${body}</main>
</body>
</html>`;
}

const css = (file: string): Response => ({
  type: 'text/css; charset=utf-8',
  body: readFileSync(file),
});

/** The host pages and their stylesheets, by path. */
export const HOST_FILES: Record<string, Response> = {
  '/clean.html': {
    type: 'text/html; charset=utf-8',
    body: page('<link rel="stylesheet" href="/host.css">', WIDGETS),
  },
  '/hostile.html': {
    type: 'text/html; charset=utf-8',
    body: page(
      [
        '<link rel="stylesheet" href="/bootstrap.min.css">',
        '<link rel="stylesheet" href="/host.css">',
        '<link rel="stylesheet" href="/hostile.css">',
      ].join('\n'),
      WIDGETS,
    ),
  },
  '/host.css': css(join(root, 'tests/embed/pages/host.css')),
  '/hostile.css': css(join(root, 'tests/embed/pages/hostile.css')),
  '/bootstrap.min.css': css(join(root, 'node_modules/bootstrap/dist/css/bootstrap.min.css')),
};
