/**
 * Targets: in a section whose heading speaks of targets (目标, 预期, 计划) or a sentence that does
 * (主要预期目标是, 力争, 确保), every clause that promises a number or a direction — 6.5%以上
 * (at least), 6%左右 (about), 控制在3%以内 (at most), 同口径 (like-for-like), 保持增长 (keep growing),
 * 与经济增长同步 (in step with) — and "respectively" lists whose trailing comparator applies to each.
 * Each is linked to a baseline figure of the same indicator where the report gives one.
 */
import type { Figure, Range, Review, Target } from '../data/schema.js';
import { clausesOf, provenance, span, uniqueId, type Clause, type Ctx } from './context.js';
import { ALIASES, findIndicator } from './glossary.js';
import { indicatorOf, readSubject, splitSubjects } from './labels.js';
import { labelReview } from './scan.js';
import { comparatorOf, listAfter } from './lists.js';
import { readQuantity, readTargetPhrase, type TargetPhrase } from './phrases.js';
import { figureWorthy } from './worthy.js';
import { headingChain, type Block, type Sentence } from './sentences.js';

const TARGET_HEADING = /目标|预期|计划/;
/**
 * A sentence that sets targets: 主要预期目标是, 其他经济目标还包含：, 增长目标设定在, 力争, 确保,
 * 拟按 — not one that reports them met (完成了主要目标任务).
 */
const TARGET_SENTENCE =
  /目标(?:是|为|如下|主要有|(?:还)?包[括含])?[:：]|(?:预期|主要)目标(?:是|为)|目标(?:是|为|设定在|设定为|定为|定在)|力争|确保|拟(?:按|将|安排)/;

/**
 * A title printed as a line of its own without a marker (“十五五”时期的主要目标任务, 2026年重点工作):
 * a short paragraph with no punctuation that ends or joins a sentence.
 */
function unmarkedTitle(ctx: Ctx, block: Block): boolean {
  if (block.kind !== 'paragraph' || block.marker || block.end - block.start > 30) return false;
  return !/[。！？!?；;，,：:]/.test(ctx.text.slice(block.start, block.end));
}

/**
 * The level of a plain-text title by its marker: 一、 (1), (一) (2), 1. (3); a title without a
 * marker ranks with 一、.
 */
function titleLevel(ctx: Ctx, block: Block): number | undefined {
  if (unmarkedTitle(ctx, block)) return 1;
  const marker = block.marker;
  if (!marker || block.kind !== 'item' || block.end - block.start > 40) return undefined;
  if (marker.kind === 'chinese') return marker.text.startsWith('(') ? 2 : 1;
  if (marker.kind === 'number') return 3;
  return undefined;
}

/** The plain-text titles (二、“十五五”主要目标任务, (一)…) a block stands under, innermost first. */
function plainTitles(ctx: Ctx, index: number): Block[] {
  const out: Block[] = [];
  let level = Infinity;
  for (let i = index - 1; i >= 0 && level > 1; i--) {
    const b = ctx.seg.blocks[i];
    if (!b) break;
    if (b.kind === 'heading') break;
    const l = titleLevel(ctx, b);
    if (l !== undefined && l < level) {
      out.push(b);
      level = l;
    }
  }
  return out;
}

/**
 * Whether a sentence sets targets: by its headings (or the plain-text titles it stands under),
 * its own words, or a sentence before it in its block.
 */
export function isTargetSentence(ctx: Ctx, s: Sentence): boolean {
  const block = ctx.seg.blocks[s.block];
  if (!block) return false;
  if (block.kind === 'heading') return false;
  const chain = headingChain(ctx.seg, block.index);
  if (chain.some((h) => TARGET_HEADING.test(ctx.text.slice(h.start, h.end)))) return true;
  const titles = plainTitles(ctx, block.index);
  if (titles.some((b) => /目标|预期/.test(ctx.text.slice(b.start, b.end)))) return true;
  if (TARGET_SENTENCE.test(s.text)) return true;
  // A sentence that follows a target-announcing sentence in the same block.
  for (let i = s.index - 1; i >= 0; i--) {
    const o = ctx.seg.sentences[i];
    if (!o || o.block !== s.block) break;
    if (TARGET_SENTENCE.test(o.text)) return true;
  }
  return false;
}

const NO_COMPARATOR = '原文未写比较词（以上、以内、左右），暂按“左右”';

type Draft = Omit<Target, 'id' | 'year' | 'source'> & {
  idStem: string;
  /** The indicator its words mention (国内生产总值增长目标设定在 → gdp), for in-step-with targets. */
  mentions?: string | undefined;
};

/** What each target's words mention, where its id could not say so. */
const MENTIONS = new WeakMap<Target, string>();

/** One target sentence being read. */
interface TargetScan {
  readonly ctx: Ctx;
  readonly chapter: string | undefined;
  readonly targets: Target[];
  readonly add: (target: Draft, used: Range[]) => void;
}

/** A respectively list of targets (规上工业增加值、固定资产投资分别增长8%和10%以上); false when the clause holds none. */
function respectivelyTargets(sc: TargetScan, clause: Clause): boolean {
  const t = sc.ctx.text;
  const resp = t.indexOf('分别', clause.start);
  if (resp < 0 || resp >= clause.end) return false;
  const list = listAfter(t, resp + 2, clause.end);
  const reading = readSubject(sc.ctx, clause, resp);
  if (!list || reading.kind === 'none') return false;
  const names = splitSubjects(reading.subject.key, list.values.length);
  const growth = /增长|提高|增幅|增速|下降|降低|减少/.test(list.before ?? '');
  const comparator = comparatorOf(list.after, list.before);
  list.values.forEach((v, k) => {
    const name = names?.[k] ?? reading.subject.zh;
    const indicator = indicatorOf(name);
    const zh = `${name}${growth ? '增长' : ''}`;
    sc.add(
      {
        idStem: `${indicator?.id ?? `target-${sc.targets.length + 1}`}${growth ? '-growth' : ''}`,
        label: indicator ? { zh, en: `${indicator.en}${growth ? ' growth' : ''}` } : { zh },
        ...(sc.chapter ? { chapter: sc.chapter } : {}),
        measure: growth ? 'growth' : /占比|比重/.test(name) ? 'share' : 'level',
        comparator: comparator ?? 'about',
        value: list.direction === 'fall' ? -v.value : v.value,
        unit: v.unit,
        ...(comparator ? {} : { note: { zh: NO_COMPARATOR } }),
        ...(k < list.values.length - 1 && comparator
          ? { note: { zh: `“${list.after ?? ''}”写在所列数值之后，对每一项都适用` } }
          : {}),
        ...(names ? {} : labelReview('“分别”所指的各项未能拆开')),
        span: span(sc.ctx, v),
      },
      [v],
    );
  });
  return true;
}

/** The subject of a target clause and what its words say about the measure. */
function targetSubject(ctx: Ctx, clause: Clause, phrase: TargetPhrase) {
  const t = ctx.text;
  let labelEnd = phrase.start;
  const before = t.slice(clause.start, labelEnd);
  const trailing =
    /(?:同口径)?(?:增长|增速|增幅|提高|提升|下降|降低|减少|增)?(?:控制在|保持在|达到|达|为)?$/.exec(
      before,
    );
  const decline = /下降|降低|减少/.test(trailing?.[0] ?? '');
  const growthWord =
    decline || /增长|增速|增幅|涨幅|提高|提升|增/.test(trailing?.[0] ?? '') || phrase.growth;
  if (trailing?.[0] && !/增长|增速|增幅/.test(trailing[0])) labelEnd -= trailing[0].length;
  if (/同口径$/.test(t.slice(clause.start, labelEnd))) labelEnd -= 3;
  const reading = readSubject(ctx, clause, labelEnd);
  if (reading.kind === 'none') return undefined;
  const raw = reading.subject.key.replace(/同口径/g, '');
  return { subject: reading.subject, raw, decline, growthWord };
}

/** One target clause: a number with its comparator, keep-growing or in-step-with. */
/** The measure a target's words say: a growth rate, a share or a level. */
function measureOf(phrase: TargetPhrase, subject: { raw: string; growthWord: boolean }) {
  const growth =
    phrase.comparator === 'keep-growing' ||
    phrase.comparator === 'in-step-with' ||
    subject.growthWord ||
    /涨幅$|增幅$|增速$/.test(subject.raw);
  const measure: Target['measure'] = growth
    ? 'growth'
    : /占比|比重|率$/.test(subject.raw)
      ? 'share'
      : 'level';
  return measure;
}

/** An in-step-with target (居民收入增长与经济增长同步), linked to the target it keeps pace with. */
function inStepTarget(sc: TargetScan, phrase: TargetPhrase, common: Draft): void {
  const refStem = ALIASES[phrase.reference ?? ''] ?? findIndicator(phrase.reference ?? '')?.id;
  const ref =
    sc.targets.find((x) => refStem !== undefined && x.id.startsWith(`${refStem}-`)) ??
    sc.targets.find((x) => refStem !== undefined && MENTIONS.get(x) === refStem);
  if (!ref) {
    sc.ctx.notes.push(
      `target "${common.label.zh}" keeps pace with "${phrase.reference ?? ''}", but no target for it was found; left out`,
    );
    return;
  }
  sc.add({ ...common, comparator: 'in-step-with', reference: ref.id }, [phrase]);
}

/** One target clause: a number with its comparator (or a range: its two ends), keep-growing or in-step-with. */
function clauseTarget(sc: TargetScan, clause: Clause): void {
  const { ctx, chapter, targets } = sc;
  const phrase = readTargetPhrase(ctx.text, clause.start, clause.end);
  if (!phrase) return;
  // 重点做好十个方面工作, 近三十五年: a count that names or frames is no target.
  const quantity =
    phrase.value === undefined ? undefined : readQuantity(ctx.text, phrase.start, phrase.end);
  if (quantity && !figureWorthy(ctx.text, quantity)) return;
  const subject = targetSubject(ctx, clause, phrase);
  if (!subject || subject.raw.length < 2) return;
  const zh = subject.subject.zh.slice(0, 120);
  const indicator = indicatorOf(subject.raw.replace(/(?:增长|增速|增幅|涨幅|下降|降低|减少)$/, ''));
  const measure = measureOf(phrase, subject);
  const growth = measure === 'growth' && phrase.comparator !== 'keep-growing';
  const common: Draft = {
    idStem: `${indicator?.id ?? `target-${targets.length + 1}`}${growth ? '-growth' : ''}`,
    mentions: findIndicator(subject.raw)?.id,
    label: indicator ? { zh, en: `${indicator.en}${growth ? ' growth' : ''}` } : { zh },
    ...(chapter ? { chapter } : {}),
    measure,
    comparator: 'about',
    ...(phrase.unit !== undefined ? { unit: phrase.unit } : {}),
    ...(phrase.qualifiers.length ? { qualifiers: [...phrase.qualifiers] } : {}),
    span: span(ctx, phrase),
  };
  if (phrase.comparator === 'in-step-with') {
    inStepTarget(sc, phrase, common);
    return;
  }
  const sign = subject.decline ? -1 : 1;
  if (phrase.upTo !== undefined && phrase.value !== undefined) {
    // A range (7.5%-8%): its two ends, each a target of its own, for an editor to keep or merge.
    const range = labelReview('区间目标拆为上下两端');
    sc.add({ ...common, comparator: 'at-least', value: sign * phrase.value, ...range }, [phrase]);
    sc.add({ ...common, comparator: 'at-most', value: sign * phrase.upTo, ...range }, [phrase]);
    return;
  }
  sc.add(
    {
      ...common,
      comparator: phrase.comparator ?? 'about',
      ...(phrase.value !== undefined ? { value: sign * phrase.value } : {}),
      ...(phrase.comparator === undefined ? { note: { zh: NO_COMPARATOR } } : {}),
    },
    [phrase],
  );
}

/** The targets of one target sentence, appended to `targets`. */
export function extractTargets(
  ctx: Ctx,
  s: Sentence,
  year: number | undefined,
  chapter: string | undefined,
  targets: Target[],
): void {
  const source = provenance(ctx, s);
  const block = ctx.seg.blocks[s.block];
  const group = block?.marker?.kind === 'letter' ? block.marker.text : undefined;
  const targetYear = year ?? ctx.assumedYear.year;
  const yearReview: Review | undefined =
    year === undefined && !ctx.assumedYear.given
      ? {
          fields: ['year'],
          note: {
            zh: `原文未写这些目标的年份，暂按${targetYear}年`,
            en: `The report does not state these targets' year; ${targetYear} is assumed`,
          },
        }
      : undefined;
  const add = (target: Draft, used: Range[]) => {
    const { idStem, mentions, ...rest } = target;
    const review = mergeReviews(rest.review, yearReview);
    const made: Target = {
      id: uniqueId(ctx, `${idStem}-${targetYear}`),
      ...(group ? { group } : {}),
      ...rest,
      ...(review ? { review } : {}),
      year: targetYear,
      source,
    };
    targets.push(made);
    if (mentions) MENTIONS.set(made, mentions);
    ctx.used.push(...used);
  };
  const sc: TargetScan = { ctx, chapter, targets, add };
  for (const clause of clausesOf(ctx.text, s)) {
    if (respectivelyTargets(sc, clause)) continue;
    for (const part of enumeratedClauses(ctx.text, clause)) clauseTarget(sc, part);
  }
}

/**
 * A clause that lists targets with 、, each with its own subject and number (森林覆盖率达到24%、
 * 湿地保护率达到55%), in its parts: a 、 ends a part where a number (its unit, its comparator)
 * comes before it and a subject, then a number, after it.
 */
function enumeratedClauses(text: string, clause: Clause): Clause[] {
  const out: Clause[] = [];
  let from = clause.start;
  for (
    let i = text.indexOf('、', clause.start);
    i >= 0 && i < clause.end;
    i = text.indexOf('、', i + 1)
  ) {
    const before = text.slice(from, i);
    const after = text.slice(i + 1, clause.end);
    if (/\d[^\d、]{0,4}$/.test(before) && /^[^\d、]{2,}?\d/.test(after)) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  out.push({ start: from, end: clause.end });
  return out;
}

/** Both notes of a target that has two things to check. */
function mergeReviews(a: Review | undefined, b: Review | undefined): Review | undefined {
  if (!a || !b) return a ?? b;
  return {
    fields: [...new Set([...a.fields, ...b.fields])],
    note: { zh: `${a.note.zh}；${b.note.zh}`, en: `${a.note.en ?? ''}; ${b.note.en ?? ''}` },
  };
}

/**
 * Links each target to the figure of the same indicator the report gives for an earlier year: its
 * change for a growth target (or a figure that is itself the rise: gdp-growth-2019), its value
 * otherwise.
 */
export function linkBaselines(targets: Target[], figures: readonly Figure[]): void {
  const stemOf = (id: string) => id.replace(/-\d{4}(?:-\d+)?$/, '');
  for (const target of targets) {
    const stem = stemOf(target.id.replace(/-growth(?=-\d{4}(?:-\d+)?$)/, ''));
    const earlier = (f: Figure) => f.year === undefined || f.year < target.year;
    const rise = figures.find(
      (f) =>
        target.measure === 'growth' &&
        f.direction === 'rise' &&
        stemOf(f.id) === `${stem}-growth` &&
        f.unit === target.unit &&
        earlier(f),
    );
    if (rise) {
      target.baseline = { figure: rise.id, field: 'value' };
      continue;
    }
    const figure = figures.find((f) => stemOf(f.id) === stem && earlier(f));
    if (!figure) continue;
    if (target.measure === 'growth' && figure.change?.unit === target.unit) {
      target.baseline = { figure: figure.id, field: 'change' };
    } else if (
      target.measure !== 'growth' &&
      figure.value !== undefined &&
      figure.unit === target.unit
    ) {
      target.baseline = { figure: figure.id, field: 'value' };
    }
  }
}
