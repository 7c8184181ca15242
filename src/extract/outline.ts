/**
 * The report's outline: its title and subtitle (the first heading, and a heading of the same
 * level right after it), the region it is about, and its chapters (every other heading, nested as
 * the headings are, each with a kind read from its title).
 */
import type { Chapter } from '../data/schema.js';
import { provenance, uniqueId, words, type Ctx } from './context.js';
import type { Block } from './sentences.js';

/** What a chapter is, from its title. */
export function chapterKind(title: string): Chapter['kind'] {
  if (/总体要求/.test(title)) return 'requirements';
  if (/目标|预期/.test(title)) return 'targets';
  if (/党建|从严治党|党的建设/.test(title)) return 'foundation';
  if (/工程|行动|计划/.test(title)) return 'programme';
  if (/成绩|回顾|总结|成效/.test(title)) return 'overview';
  if (/(?:19|20|21)\d\d年/.test(title)) return 'outlook';
  return 'block';
}

export interface Outline {
  readonly chapters: Chapter[];
  /** The chapter id of each heading block. */
  readonly chapterOfBlock: ReadonlyMap<number, string>;
  readonly title: string;
  readonly subtitle: string | undefined;
  readonly region: string;
}

/** The first heading is the title, and a heading right after it at its level the subtitle. */
function titleBlocks(headings: readonly Block[]): Set<number> {
  const out = new Set<number>();
  const [first, second] = headings;
  if (first) {
    out.add(first.index);
    if (second && second.index === first.index + 1 && second.level === first.level) {
      out.add(second.index);
    }
  }
  return out;
}

function chaptersOf(ctx: Ctx, headings: readonly Block[]) {
  const chapters: Chapter[] = [];
  const chapterOfBlock = new Map<number, string>();
  const skip = titleBlocks(headings);
  headings
    .filter((h) => !skip.has(h.index))
    .forEach((h, i) => {
      const id = uniqueId(ctx, `chapter-${i + 1}`);
      chapterOfBlock.set(h.index, id);
      const title = words(ctx, h.start, h.end);
      const parent = h.heading === undefined ? undefined : chapterOfBlock.get(h.heading);
      chapters.push({
        id,
        kind: chapterKind(ctx.text.slice(h.start, h.end)),
        title: { zh: title.slice(0, 400) },
        ...(parent ? { parent } : {}),
        source: provenance(ctx, h),
      });
    });
  return { chapters, chapterOfBlock };
}

/** The region the report is about: 中共…区委, the title's opening place name, or …区人民政府. */
function regionOf(ctx: Ctx, first: Block | undefined, fallback: string): string {
  const text = ctx.text;
  const region =
    /中共(?<name>\p{Script=Han}{2,8}?(?:新区|区|县|市|旗))委/u.exec(text) ??
    /^(?<name>\p{Script=Han}{2,10}(?:新区|区|县|市|旗))(?=(?:19|20)\d\d年|[〇零一二三四五六七八九]{4}年|政府|人民政府|工作报告)/u.exec(
      text.slice(first?.start ?? 0, first?.end ?? 0),
    ) ??
    /(?<name>\p{Script=Han}{2,5}?(?:新区|区|县|市|旗))(?:人民政府|政府工作报告)/u.exec(text);
  if (!region) return fallback;
  const fromTitle = region.input !== text;
  const start =
    (fromTitle ? (first?.start ?? 0) : 0) +
    region.index +
    region[0].indexOf(region.groups?.name ?? '');
  return words(ctx, start, start + (region.groups?.name?.length ?? 0));
}

/** The outline of the report. */
export function outlineOf(ctx: Ctx): Outline {
  const headings = ctx.seg.blocks.filter((b) => b.kind === 'heading');
  const { chapters, chapterOfBlock } = chaptersOf(ctx, headings);
  const [first, second] = headings;
  const title = first
    ? words(ctx, first.start, first.end)
    : (ctx.seg.sentences[0]?.text.slice(0, 60) ?? '');
  const subtitle =
    first && second && second.index === first.index + 1
      ? words(ctx, second.start, second.end)
      : undefined;
  return { chapters, chapterOfBlock, title, subtitle, region: regionOf(ctx, first, title) };
}
