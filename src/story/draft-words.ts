/**
 * The words `draftStory()` writes into a story beyond the report's own — kickers, the byline, the
 * colophon's notes, the headings of timeline steps — and the few a written site's pages say. One table per language, in one place, so that
 * they can move into `src/i18n/` with the rest of the library's words.
 *
 * Chinese is the source; English is used only for a story that is bilingual (every text of the
 * dataset it shows has English).
 */
import { chineseNumeral } from '../format/format.js';

/** What a part of the story holds, for its opening line. */
export interface PartCounts {
  readonly figures: number;
  readonly targets: number;
  readonly events: number;
  readonly pillars: number;
}

/** Where the report came from, for the byline. */
export interface BylineFacts {
  /** The report's file name. */
  readonly file: string;
  /** The report's date at its precision, already formatted for the language. */
  readonly date?: string | undefined;
  /** Whether that date was inferred rather than stated. */
  readonly inferred?: boolean | undefined;
  /** Where the report was published. */
  readonly url?: string | undefined;
}

export interface DraftWords {
  /** The line above the headline. */
  readonly kicker: (who: string) => string;
  /** The dek when the dataset has no subtitle. */
  readonly dek: (counts: PartCounts) => string;
  readonly byline: (facts: BylineFacts) => string;
  /** The colophon: how the story was drafted. */
  readonly aboutDrafted: string;
  /** The colophon: the dataset is an extractor draft nobody has reviewed. */
  readonly aboutUnreviewed: string;
  /** The colophon: qualifiers kept as the report states them. */
  readonly aboutQualifiers: string;
  /** The colophon: figures left out to keep the story within its length. */
  readonly aboutTrimmed: (shown: number, total: number) => string;
  /** The colophon: the report's address, when it did not fit in the byline. */
  readonly aboutUrl: (url: string) => string;
  /** The colophon of a story without English. */
  readonly aboutChineseOnly: string;
  /** The kicker of a part: 第一部分 / Part 1. */
  readonly part: (n: number) => string;
  /** What a part holds: 这一部分有21项数字、11个事件。 */
  readonly partCounts: (counts: PartCounts) => string;
  /** Before the list of a part's sub-chapters that hold no figures. */
  readonly also: string;
  /** The part that gathers items the dataset puts in no chapter, after the chapters. */
  readonly more: string;
  /** The heading of a timeline step: the years its events fall in. */
  readonly events: (first: number, last: number) => string;
  /** An event in a list: its date, then its title. */
  readonly dated: (when: string, title: string) => string;
  /** The line under it. */
  readonly eventsBody: (n: number) => string;
  /** A pillar's kicker: 五提工程 · 1/5. */
  readonly pillar: (programme: string, n: number, total: number) => string;
  /** The programme's roof. */
  readonly roof: (aim: string) => string;
  /** The foundation's line. */
  readonly foundation: (n: number) => string;
  /** A target group's kicker suffix: 主要预期目标 · A. */
  readonly group: (title: string, group: string) => string;
  /** The kicker of target steps outside any chapter. */
  readonly targets: (year: number | undefined) => string;
  /** Joins item descriptions into one paragraph. */
  readonly join: (parts: readonly string[]) => string;
  /** A headline from a label and its value. */
  readonly headline: (label: string, value: string) => string;
  /** A streak's headline: 连续22个月 … */
  readonly streak: (label: string, value: string) => string;
  /** A written site's story page without JavaScript, above the story as plain text. */
  readonly noScriptStory: string;
  /** A written site's deck without JavaScript. */
  readonly noScriptDeck: string;
  /** The only step of a story whose dataset has nothing to show. */
  readonly empty: string;
  readonly emptyBody: string;
}

const joinZh = (parts: readonly (string | false | 0 | undefined)[]) =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join('、');

const joinEn = (parts: readonly (string | false | 0 | undefined)[]) => {
  const list = parts.filter((p): p is string => typeof p === 'string' && p !== '');
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const DRAFT_WORDS: Readonly<Record<'zh-CN' | 'en', DraftWords>> = {
  'zh-CN': {
    kicker: (who) => `数据故事 · ${who}`,
    dek: (c) =>
      `${joinZh([
        c.figures > 0 && `${c.figures}项数字`,
        c.targets > 0 && `${c.targets}项目标`,
        c.events > 0 && `${c.events}个事件`,
        c.pillars > 0 && `${c.pillars}项重点工程`,
      ])}，每一项都附报告原句`,
    byline: ({ file, date, inferred, url }) =>
      `根据报告 ${file}${date ? `（${date}${inferred ? '，推定' : ''}）` : ' '}自动起草${
        url ? `，原文见 ${url}` : ''
      }。文中每个数字都能对照报告原句核对。`,
    aboutDrafted:
      '这个故事由 report-story 根据数据集自动起草：章节照报告原有的顺序，每一步的正文是报告自己的句子（长句在分句处截短，以省略号标出），英文只在数据集有英文时才有。',
    aboutUnreviewed:
      '数据集是从报告自动抽取的草稿，尚未经人工核对：数字、单位和限定词请以报告原文为准。',
    aboutQualifiers: '“预计”“突破”“以上”“左右”等限定词照报告原样保留。',
    aboutTrimmed: (shown, total) =>
      `为控制篇幅，故事展示了数据集${total}项数字中的${shown}项；其余的仍在数据集中。`,
    aboutUrl: (url) => `报告原文：${url}`,
    aboutChineseOnly: '这个故事只有中文：数据集没有英文。',
    part: (n) => `第${chineseNumeral(n)}部分`,
    partCounts: (c) =>
      `这一部分有${joinZh([
        c.figures > 0 && `${c.figures}项数字`,
        c.targets > 0 && `${c.targets}项目标`,
        c.events > 0 && `${c.events}个事件`,
        c.pillars > 0 && `${c.pillars}项重点工程`,
      ])}。`,
    also: '这一部分还写到：',
    more: '报告中的其他内容',
    events: (first, last) => (first === last ? `${first}年的大事` : `${first}—${last}年的大事`),
    dated: (when, title) => `${when} ${title}`,
    eventsBody: (n) => `时间线上标出了这一节的${n}个事件。`,
    pillar: (programme, n, total) => `${programme} · ${n}/${total}`,
    roof: (aim) => `总目标：${aim}`,
    foundation: (n) => (n > 0 ? `地基上的${n}项要求：` : '工程立在这块地基上。'),
    group: (title, group) => `${title} · ${group}`,
    targets: (year) => (year ? `${year}年目标` : '目标'),
    join: (parts) => `${parts.join('；')}。`,
    headline: (label, value) => `${label}${value}`,
    streak: (label, value) => `连续${value}：${label}`,
    noScriptStory:
      '这是不运行 JavaScript 时的故事文本；运行 JavaScript 时，数字会在文字旁边动起来。',
    noScriptDeck: '这个演示需要 JavaScript。',
    empty: '这份报告还没有可讲的内容',
    emptyBody: '数据集里没有数字、目标、事件或章节。',
  },
  en: {
    kicker: (who) => `Data story · ${who}`,
    dek: (c) =>
      `${joinEn([
        c.figures > 0 && plural(c.figures, 'figure', 'figures'),
        c.targets > 0 && plural(c.targets, 'target', 'targets'),
        c.events > 0 && plural(c.events, 'event', 'events'),
        c.pillars > 0 && plural(c.pillars, 'programme', 'programmes'),
      ])}, each with its sentence in the report`,
    byline: ({ file, date, inferred, url }) =>
      `Drafted from the report ${file}${date ? ` (${date}${inferred ? ', inferred' : ''})` : ''}${
        url ? `, published at ${url}` : ''
      }. Every figure can be checked against the report’s own sentence.`,
    aboutDrafted:
      'report-story drafted this story from the dataset: the parts follow the report’s order, and the Chinese text of each step is the report’s own sentence (long ones cut at a clause, marked with an ellipsis). The English comes from the dataset’s English labels.',
    aboutUnreviewed:
      'The dataset is a draft read from the report by a program and not yet reviewed: check figures, units and qualifiers against the report.',
    aboutQualifiers:
      'Qualifiers such as “estimated”, “over”, “at least” and “about” are kept as the report states them.',
    aboutTrimmed: (shown, total) =>
      `To keep the story readable it shows ${shown} of the dataset’s ${total} figures; the others are still in the dataset.`,
    aboutUrl: (url) => `The report: ${url}`,
    aboutChineseOnly: 'This story is in Chinese only: its dataset has no English.',
    part: (n) => `Part ${n}`,
    partCounts: (c) =>
      `This part has ${joinEn([
        c.figures > 0 && plural(c.figures, 'figure', 'figures'),
        c.targets > 0 && plural(c.targets, 'target', 'targets'),
        c.events > 0 && plural(c.events, 'event', 'events'),
        c.pillars > 0 && plural(c.pillars, 'programme', 'programmes'),
      ])}.`,
    also: 'The part also covers:',
    more: 'More from the report',
    events: (first, last) => (first === last ? `Events of ${first}` : `Events, ${first}–${last}`),
    dated: (when, title) => `${when}: ${title}`,
    eventsBody: (n) => `The timeline marks ${plural(n, 'event', 'events')} of this section.`,
    pillar: (programme, n, total) => `${programme} · ${n}/${total}`,
    roof: (aim) => `The overall aim: ${aim}`,
    foundation: (n) =>
      n > 0 ? `On the foundation, ${plural(n, 'commitment', 'commitments')}:` : 'The foundation.',
    group: (title, group) => `${title} · ${group}`,
    targets: (year) => (year ? `Targets for ${year}` : 'Targets'),
    join: (parts) => `${parts.map((p) => p.replace(/[.;]$/, '')).join('. ')}.`,
    headline: (label, value) => `${label}: ${value}`,
    streak: (label, value) => `${value} in a row: ${label}`,
    noScriptStory:
      'This is the story as it reads without JavaScript; with it, the figures count up beside the text.',
    noScriptDeck: 'This deck needs JavaScript.',
    empty: 'Nothing to tell from this report yet',
    emptyBody: 'The dataset has no figures, targets, events or chapters.',
  },
};
