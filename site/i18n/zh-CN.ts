/**
 * The site applications' words in Chinese — the story page, its masthead and colophon, and the
 * embed builder. This table is the source of {@link SiteMessages}: every other language supplies
 * the same keys (`en.ts`), checked by the type. The elements' own words are not here: they live
 * in `src/i18n/`, so an embed never carries the applications' words.
 */
import { html } from 'lit';
import type { Dataset } from '../../src/data/schema.js';

export const zhCN = {
  /** The story page (`index.html`, `deck.html`). */
  page: {
    other: 'English',
    otherLang: 'en',
    loading: '正在载入故事…',
    failed: '无法载入故事',
    asSlides: '幻灯片版',
    pageOptions: '页面选项',
    /** Said, in its own language, to a reader who asks for English of a story that has none. */
    chineseOnly: '这个故事只有中文。',
  },
  /** The masthead's dateline and the colophon. */
  chrome: {
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
    /** The method of a dataset the extractor drafted (`draft: true`). */
    methodDraft: html`数据集由
      <code>report-story extract</code>
      从报道原文自动抽取，每一项都带着它的原句和字符位置；它是一份草稿，还没有经过人工整理和核对。`,
    madeText: (deck: string) =>
      html`用 report-story 的 Web Components 制作。同一个故事文件也是一套
        <a href=${deck}>演示幻灯片</a>，每张幻灯片的演讲者备注都附有报道原句。`,
  },
  /** `embed.html`, the embed builder. */
  builder: {
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
    loaded: (title: string, d: Dataset) =>
      `已载入：${title}（${d.figures.length} 个数字，${d.targets.length} 个目标，${d.events.length} 个事件）`,
    widget: '组件',
    kinds: { counter: '数字', gauge: '目标', timeline: '时间线', pillars: '工程图' },
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
    noItems: '这个数据集里没有这种组件可用的数据项。',
  },
} as const;
