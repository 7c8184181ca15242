/**
 * The scroll page's own parts around the story: the masthead (kicker, headline, dek, byline,
 * dateline) and the colophon (how the story was made: its dataset, the provenance of every item,
 * the extractor). Everything comes from the story file and its dataset; nothing here is about one
 * report.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../src/data/schema.js';
import { formatWhen, pickText, type ReportLocale } from '../src/format/format.js';
import type { Story } from '../src/story/schema.js';

const WORDS = {
  'zh-CN': {
    inferred: '（推定）',
    colon: '：',
    inferredTitle: '报道未写明完整日期，此为推定',
    about: '关于这个故事',
    data: '数据',
    provenance: '出处',
    date: '日期',
    method: '方法',
    made: '制作',
    counts: (d: Dataset) => {
      const parts = [
        d.figures.length && `${d.figures.length}项数字`,
        d.targets.length && `${d.targets.length}项目标`,
        d.programme && `${d.programme.pillars.length}项工程`,
        d.events.length && `${d.events.length}个事件`,
      ].filter(Boolean);
      return `${parts.join('、')}，`;
    },
    dataset: (file: string) => html`数据集 <a href=${file}>${file.split('/').at(-1)}</a> 收录`,
    every: '每一项都带着它在报道中的原句和字符位置。',
    source: (d: Dataset) =>
      html`报道原文 <code>${d.source.file}</code>，${d.source.length.toLocaleString('zh-CN')}
        个字符，SHA-256 <code class="hash">${d.source.sha256.slice(0, 16)}…</code>。`,
    methodText: html`数据集由报道原文和一份人工整理（编号、英文、章节）构建：每个数字都必须在原文中逐字找到，原文中任何一个没有被数据集说明的数字都会被逐一列出。换一份报告，可以先用
      <code>report-story extract</code> 生成一份带出处的草稿数据集。`,
    methodDraft: html`数据集由
      <code>report-story extract</code>
      从报道原文自动抽取，每一项都带着它的原句和字符位置；它是一份草稿，还没有经过人工整理和核对。`,
    madeText: (deck: string) =>
      html`用 report-story 的 Web Components 制作。同一个故事文件也是一套
        <a href=${deck}>演示幻灯片</a>，每张幻灯片的演讲者备注都附有报道原句。`,
  },
  en: {
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
} as const;

/** The report's date at its precision, marked when it is inferred. */
function dateline(dataset: Dataset, locale: ReportLocale): TemplateResult | typeof nothing {
  const when = dataset.when;
  if (!when) return nothing;
  const words = WORDS[locale];
  return html`<time datetime=${when.date}>${formatWhen(when, locale)}</time>${
      when.inferred ? html`<span title=${words.inferredTitle}>${words.inferred}</span>` : nothing
    }`;
}

export interface ChromeOptions {
  readonly story: Story;
  readonly dataset: Dataset;
  /** The dataset's URL, for the colophon's link. */
  readonly datasetUrl: string;
  readonly locale: ReportLocale;
  /** Links and switches shown under the headline. */
  readonly tools: TemplateResult;
}

export function masthead({ story, dataset, locale, tools }: ChromeOptions): TemplateResult {
  const region = pickText(dataset.body ?? dataset.region, locale);
  return html`<header class="masthead">
    ${story.kicker ? html`<p class="kicker">${pickText(story.kicker, locale)}</p>` : nothing}
    <h1>${pickText(story.title, locale)}</h1>
    ${story.subtitle ? html`<p class="dek">${pickText(story.subtitle, locale)}</p>` : nothing}
    <div class="byline">
      ${story.byline ? html`<p>${pickText(story.byline, locale)}</p>` : nothing}
      <p class="dateline">
        ${region}${dataset.when ? html` · ${dateline(dataset, locale)}` : nothing}
      </p>
    </div>
    <nav class="tools" aria-label=${locale === 'en' ? 'Page options' : '页面选项'}>${tools}</nav>
  </header>`;
}

export function colophon(
  { story, dataset, datasetUrl, locale }: ChromeOptions,
  deckUrl: string,
): TemplateResult {
  const words = WORDS[locale];
  const basis = dataset.when?.inferred && dataset.when.basis;
  return html`<footer class="colophon">
    <h2>${words.about}</h2>
    ${(story.about ?? []).map((paragraph) => html`<p>${pickText(paragraph, locale)}</p>`)}
    <dl>
      <dt>${words.data}</dt>
      <dd>${words.dataset(datasetUrl)} ${words.counts(dataset)}${words.every}</dd>
      <dt>${words.provenance}</dt>
      <dd>${words.source(dataset)}</dd>
      ${
        basis
          ? html`<dt>${words.date}</dt>
              <dd>${dateline(dataset, locale)}${words.colon}${pickText(basis, locale)}</dd>`
          : nothing
      }
      <dt>${words.method}</dt>
      <dd>${dataset.draft ? words.methodDraft : words.methodText}</dd>
      <dt>${words.made}</dt>
      <dd>${words.madeText(deckUrl)}</dd>
    </dl>
  </footer>`;
}
