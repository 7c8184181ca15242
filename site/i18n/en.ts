/** The site applications' words in English: the same keys as `zh-CN.ts`, checked by the type. */
import { html } from 'lit';
import type { Dataset } from '../../src/data/schema.js';
import type { SiteMessages } from './messages.js';

export const en: SiteMessages = {
  page: {
    other: '中文',
    otherLang: 'zh-CN',
    loading: 'Loading the story…',
    failed: 'Cannot load the story',
    asSlides: 'View as slides',
    pageOptions: 'Page options',
    chineseOnly: 'This story is in Chinese only.',
  },
  chrome: {
    inferred: ' (inferred)',
    colon: ': ',
    inferredTitle: 'The report does not state the full date; this one is inferred',
    about: 'About this story',
    data: 'Data',
    provenance: 'Source',
    date: 'Date',
    method: 'Method',
    made: 'Made with',
    counts: (d: Dataset) => {
      const parts = [
        d.figures.length && `${d.figures.length} figures`,
        d.targets.length && `${d.targets.length} targets`,
        d.programme && `${d.programme.pillars.length} programmes`,
        d.events.length && `${d.events.length} events`,
      ].filter(Boolean);
      return `${parts.join(', ')}; `;
    },
    dataset: (file: string) =>
      html`The dataset <a href=${file}>${file.split('/').at(-1)}</a> holds`,
    every: 'every item carries its sentence in the report and its position there.',
    source: (d: Dataset) =>
      html`The report: <code>${d.source.file}</code>, ${d.source.length.toLocaleString('en')}
        characters, SHA-256 <code class="hash">${d.source.sha256.slice(0, 16)}…</code>.`,
    methodText: html`The dataset is built from the report and a small human curation (ids, English,
      chapters): every figure must be found verbatim in the report, and every number in the report
      that the dataset does not account for is listed. For another report,
      <code>report-story extract</code> drafts a dataset with the source of every item.`,
    methodDraft: html`The dataset was read from the report by <code>report-story extract</code>:
      every item carries its sentence and position in the report. It is a draft that nobody has
      reviewed yet.`,
    madeText: (deck: string) =>
      html`report-story web components. The same story file is also a
        <a href=${deck}>slide deck</a>, whose speaker notes quote the report for every figure.`,
  },
  builder: {
    title: 'Embed builder',
    kicker: 'report-story · for web editors',
    dek: 'Pick an item of a dataset, preview the widget, copy the code into any page; for channels that run no scripts (WeChat articles, print), use a picture.',
    other: '中文',
    otherLang: 'zh-CN',
    dataset: 'Dataset',
    datasetUrl: 'Dataset URL',
    datasetHint:
      'Any URL works; when the data is updated, widgets read it again — the code stays the same.',
    load: 'Load',
    loading: 'Loading the dataset…',
    loaded: (title: string, d: Dataset) =>
      `Loaded: ${title} (${d.figures.length} figures, ${d.targets.length} targets, ${d.events.length} events)`,
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
    noItems: 'This dataset has no items for this kind of widget.',
  },
};
