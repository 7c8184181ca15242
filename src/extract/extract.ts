/// <reference types="node" />
/**
 * The extractor: any Chinese work report (plain text or Markdown, simplified or traditional
 * characters, half- or full-width punctuation and digits) → a draft dataset that validates against
 * the schema, every item with the exact quote and range of its sentence in the ORIGINAL text.
 *
 * What it finds, sentence by sentence:
 * - results: a quantity with its unit and qualifiers (预计440亿元, 突破500亿元), the change after
 *   it (同比增长6.5%), a ranking after it (增幅全市第二); standalone rankings (稳居市区第一 → a rank
 *   figure; 全市领先 → an honour with a ranking), streaks (连续22个月); "respectively" pairs
 *   (工业、服务业应税销售收入分别突破500亿元、900亿元; 城乡居民收入分别达5.2万元和2.6万元，增长8%和9%);
 * - targets, in a section whose heading speaks of targets (目标, 预期, 计划) or a sentence that
 *   does (主要预期目标是, 力争, 确保): 6.5%以上 (at least), 6%左右 (about), 控制在3%以内 (at most),
 *   同口径 (like-for-like), 保持增长 (keep growing), 与经济增长同步 (in step with), and "respectively"
 *   pairs whose trailing comparator applies to each; each linked to a baseline figure of the same
 *   indicator where the report gives one;
 * - chapters from the headings; events from dates with a month (2019年3月, 1月4日).
 *
 * It is a head start, not a verdict: it says on stderr (the `notes`) which numbers it left unused.
 */
import { sha256 } from '../data/sha256.js';
import type {
  Chapter,
  Dataset,
  Figure,
  Provenance,
  Range,
  ReportEvent,
  Target,
} from '../data/schema.js';
import { LIMITS, SCHEMA_VERSION } from '../data/schema.js';
import { describeIssues, validateDataset } from '../data/validate.js';
import type { Qualifier } from '../format/qualifiers.js';
import { isUnit, type Unit } from '../format/units.js';
import { ALIASES, findIndicator, INDICATORS, scopeEnglish } from './glossary.js';
import { normalizeText, toOriginal, type Normalized } from './normalize.js';
import { findNumbers, parseChineseNumeral } from './numerals.js';
import {
  readChanges,
  readDates,
  readQuantities,
  readRanks,
  readStreaks,
  readTargetPhrase,
  type ChangePhrase,
  type QuantityPhrase,
  type RankPhrase,
} from './phrases.js';
import { headingChain, segment, type Segmentation, type Sentence } from './sentences.js';
import { toSimplified, traditionalShare } from './simplify.js';

export interface ExtractOptions {
  /** The file name recorded in `source.file`. */
  readonly file?: string;
  /** The dataset id; default from the file name, else `draft`. */
  readonly id?: string;
  /** Force the script; default: detected. */
  readonly language?: 'zh-Hans' | 'zh-Hant';
}

export interface ExtractResult {
  readonly dataset: Dataset;
  /** What the extractor could not place (numbers left unused, targets it could not type). */
  readonly notes: readonly string[];
}

/** The extractor produced something the schema rejects: a bug, reported with the paths. */
export class ExtractError extends Error {
  override name = 'ExtractError';
}

interface Clause {
  readonly start: number;
  readonly end: number;
}

interface Ctx {
  readonly norm: Normalized;
  readonly seg: Segmentation;
  readonly text: string;
  readonly used: Range[];
  readonly notes: string[];
  readonly ids: Set<string>;
  /** The latest year the report states anywhere: the fallback for targets that state none. */
  readonly latestYear: number | undefined;
}

const CLAUSE_BREAK = /[,;:]/;

/** Longest stretch of normalised text one item quotes (the original may be longer by dropped CRs). */
const MAX_QUOTE = Math.floor(LIMITS.quote / 2);

/** A sentence longer than a quote may be, cut at clause breaks into pieces that fit. */
function bounded(text: string, s: Sentence): Sentence[] {
  if (s.end - s.start <= MAX_QUOTE) return [s];
  const pieces: Sentence[] = [];
  for (let from = s.start; from < s.end;) {
    let to = Math.min(s.end, from + MAX_QUOTE);
    if (to < s.end) {
      const cut = Math.max(...[',', ';', '、', ':', ' '].map((c) => text.lastIndexOf(c, to - 1)));
      if (cut > from) to = cut + 1;
    }
    pieces.push({ ...s, start: from, end: to, text: text.slice(from, to) });
    from = to;
  }
  return pieces;
}

function clausesOf(text: string, s: Sentence): Clause[] {
  const out: Clause[] = [];
  let from = s.start;
  let depth = 0;
  for (let i = s.start; i < s.end; i++) {
    const c = text[i] ?? '';
    if (c === '(' || c === '“') depth++;
    else if ((c === ')' || c === '”') && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_BREAK.test(c)) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  out.push({ start: from, end: s.end });
  return out.filter((c) => c.end > c.start);
}

function uniqueId(ctx: Ctx, wanted: string): string {
  const base = wanted.replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'item';
  let id = base;
  for (let n = 2; ctx.ids.has(id); n++) id = `${base}-${n}`;
  ctx.ids.add(id);
  return id;
}

function provenance(ctx: Ctx, s: { start: number; end: number }): Provenance {
  const o = toOriginal(ctx.norm, s.start, s.end);
  const quote = ctx.norm.original.slice(o.start, o.end);
  const text = /\n/.test(quote)
    ? quote.replace(/\s*\n\s*/g, (ws) => (/\n\s*\n/.test(ws) ? '' : ' '))
    : undefined;
  return text === undefined
    ? { quote, start: o.start, end: o.end }
    : { quote, start: o.start, end: o.end, text };
}

function span(ctx: Ctx, r: Range): Range {
  const o = toOriginal(ctx.norm, r.start, r.end);
  return { start: o.start, end: o.end };
}

/** The original words of a normalised range (labels keep the report's own script). */
function words(ctx: Ctx, start: number, end: number): string {
  const o = toOriginal(ctx.norm, start, end);
  return ctx.norm.original.slice(o.start, o.end);
}

const TRAILING_VERBS =
  /(?:分别|预计|同比|累计|共|全年)?(?:完成|实现|达到|达|为|突破|超过|提高到|提升到|提高至|增长到|增至|升至|降至|下降到|迈入|稳定在|保持在|控制在|是)?$/;
const INNER_VERBS = /(?:获得|获|新增|引进|入选|招引|建成|拥有|开展|完成|实现)/g;
const LEADING = /^(?:其中|全年|今年|去年|预计|共|累计|同比|并|和|及|与|且|其)+/;
const AFTER_STOP =
  /(?:全部|全面|顺利|完成|建成|开业|获|达|实现|通过|竣工|开工|落户|签约|增长|同比|贯穿|取得|得到|开展|推进|落实|实施|,|。)/;

/** Drops punctuation a label should not end or start with. */
function cleanLabel(label: string): string {
  return label.replace(/^[\s,;:、。]+|[\s,;:、。!?]+$/g, '');
}

/** A label from the words before a number in its clause, or after it when nothing stands before. */
function labelAround(
  ctx: Ctx,
  clause: Clause,
  q: { start: number; end: number },
  from = clause.start,
): { start: number; end: number } | undefined {
  const t = ctx.text;
  let s = Math.max(clause.start, from);
  let e = q.start;
  for (let before = ''; before !== t.slice(s, e);) {
    before = t.slice(s, e);
    const trailing = TRAILING_VERBS.exec(before)?.[0] ?? '';
    e -= trailing.length;
    e -= /[“"、]*$/.exec(t.slice(s, e))?.[0].length ?? 0;
  }
  const before = t.slice(s, e);
  let inner: RegExpExecArray | null;
  let lastVerbEnd = -1;
  INNER_VERBS.lastIndex = 0;
  while ((inner = INNER_VERBS.exec(before))) lastVerbEnd = inner.index + inner[0].length;
  if (lastVerbEnd > 0 && before.length - lastVerbEnd >= 2) s += lastVerbEnd;
  const lead = LEADING.exec(t.slice(s, e));
  if (lead) s += lead[0].length;
  if (e - s >= 2) return { start: Math.max(s, e - 30), end: e };
  // Nothing before: the noun after the number (30项民生实事全部完成 → 民生实事).
  const after = t.slice(q.end, clause.end);
  const stop = AFTER_STOP.exec(after);
  const len = stop ? stop.index : after.length;
  if (len >= 2) return { start: q.end, end: q.end + Math.min(len, 30) };
  return undefined;
}

/** A year written in the text: 2019年 or 二〇一九年. */
function statedYear(text: string, atStart = false): number | undefined {
  const re = atStart
    ? /^(?:((?:19|20|21)\d\d)|([〇零一二三四五六七八九]{4}))年/
    : /(?:((?:19|20|21)\d\d)|([〇零一二三四五六七八九]{4}))年/;
  const m = re.exec(text);
  if (!m) return undefined;
  const y = m[1] ? Number(m[1]) : parseChineseNumeral(m[2] ?? '');
  return y !== undefined && y >= 1900 && y < 2200 ? y : undefined;
}

/** The year a sentence speaks of: from its headings, itself, or the last year stated before it. */
function yearOf(ctx: Ctx, s: Sentence, target: boolean): number | undefined {
  const block = ctx.seg.blocks[s.block];
  const chain = block ? headingChain(ctx.seg, block.index) : [];
  for (const h of [...chain].reverse()) {
    const y = statedYear(ctx.text.slice(h.start, h.end));
    if (y) return y;
  }
  const own = statedYear(s.text);
  if (own) return own;
  const lead = ctx.seg.sentences[s.index - 1]?.text ?? '';
  for (let i = s.index - 1; i >= 0; i--) {
    const prev = ctx.seg.sentences[i];
    if (!prev) break;
    const y = statedYear(prev.text, true);
    // Targets for "this year" (今年, 明年, 新的一年) come after the year under review.
    if (y) return target && /今年|明年|新的一年/.test(s.text + lead) ? y + 1 : y;
  }
  return undefined;
}

const TARGET_HEADING = /目标|预期|计划/;
const TARGET_SENTENCE = /预期目标|主要目标|目标(?:是|为)|力争|确保/;

function isTargetSentence(ctx: Ctx, s: Sentence): boolean {
  const block = ctx.seg.blocks[s.block];
  if (!block) return false;
  if (block.kind === 'heading') return false;
  const chain = headingChain(ctx.seg, block.index);
  if (chain.some((h) => TARGET_HEADING.test(ctx.text.slice(h.start, h.end)))) return true;
  if (TARGET_SENTENCE.test(s.text)) return true;
  // A sentence that follows a target-announcing sentence in the same block.
  for (let i = s.index - 1; i >= 0; i--) {
    const o = ctx.seg.sentences[i];
    if (!o || o.block !== s.block) break;
    if (TARGET_SENTENCE.test(o.text)) return true;
  }
  return false;
}

const PAIRS: Readonly<Record<string, readonly string[]>> = {
  城乡: ['城镇', '农村'],
  进出口: ['进口', '出口'],
};

/** "工业、服务业应税销售收入" → ["工业应税销售收入", "服务业应税销售收入"] when n = 2. */
function splitSubjects(subject: string, n: number): string[] | undefined {
  for (const [pair, parts] of Object.entries(PAIRS)) {
    const at = subject.indexOf(pair);
    if (at >= 0 && parts.length === n) {
      return parts.map((p) => subject.slice(0, at) + p + subject.slice(at + pair.length));
    }
  }
  const items = subject.split(/[、和及与]/);
  if (items.length !== n) return undefined;
  const last = items[n - 1] ?? '';
  // The shared tail: the longest indicator name that ends the last item and leaves it a head;
  // otherwise what follows a head as long as the longest other item.
  let tail = '';
  for (const indicator of INDICATORS) {
    for (const name of indicator.zh) {
      if (last.endsWith(name) && name.length < last.length && name.length > tail.length)
        tail = name;
    }
  }
  if (!tail) {
    const headLength = Math.max(...items.slice(0, -1).map((i) => i.length));
    tail = last.slice(headLength).replace(/^[业类级型]/, '');
  }
  if (!tail) return items;
  return [...items.slice(0, -1).map((i) => i + tail), last];
}

interface ListedValue {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit: Unit;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** The values listed after 分别 (500亿元、900亿元 / 6%和10%以上): with their units and a shared comparator. */
function listAfter(
  text: string,
  from: number,
  to: number,
): { values: ListedValue[]; after?: string; before?: string; end: number } | undefined {
  const re = new RegExp(
    String.raw`^(?<verb>(?:同比)?(?:突破|超过|达到|达|增长|提高|下降|为|完成|实现)?)(?<list>(?:(?:${NUMBER})(?:亿元|万元|元|个百分点|%|个|项|件|名|家)?[、和及与])+(?:${NUMBER})(?:亿元|万元|元|个百分点|%|个|项|件|名|家))(?<after>以上|以内|以下|左右)?`,
  );
  const m = re.exec(text.slice(from, to));
  if (!m?.groups) return undefined;
  const listStart = from + (m.groups.verb ?? '').length;
  const values: { start: number; end: number; value: number; unit: string }[] = [];
  const item = new RegExp(String.raw`(${NUMBER})(亿元|万元|元|个百分点|%|个|项|件|名|家)?`, 'g');
  const list = m.groups.list ?? '';
  for (const v of list.matchAll(item)) {
    values.push({
      start: listStart + v.index,
      end: listStart + v.index + v[0].length,
      value: Number((v[1] ?? '').replace(/,/g, '')),
      unit: v[2] ?? '',
    });
  }
  // A unit written once after the last value applies to all (6和10%).
  const lastUnit = values.at(-1)?.unit ?? '';
  const filled: ListedValue[] = [];
  for (const v of values) {
    const unit = v.unit || lastUnit;
    if (!isUnit(unit)) return undefined;
    filled.push({ ...v, unit });
  }
  return { values: filled, after: m.groups.after, before: m.groups.verb, end: from + m[0].length };
}

function comparatorOf(after: string | undefined): Target['comparator'] | undefined {
  if (after === '以上') return 'at-least';
  if (after === '以内' || after === '以下') return 'at-most';
  if (after === '左右') return 'about';
  return undefined;
}

function rankOf(ctx: Ctx, r: RankPhrase): NonNullable<Figure['rank']> {
  const phrase = words(ctx, r.start, r.end);
  return {
    ...(r.position !== undefined ? { position: r.position } : {}),
    scope: {
      zh: words(
        ctx,
        r.start + ctx.text.slice(r.start, r.end).indexOf(r.scope),
        r.start + ctx.text.slice(r.start, r.end).indexOf(r.scope) + r.scope.length,
      ),
      ...(scopeEnglish(r.scope) ? { en: scopeEnglish(r.scope) } : {}),
    },
    ...(r.measure ? { measure: r.measure } : {}),
    ...(r.steady ? { steady: true } : {}),
    ...(r.only ? { only: true } : {}),
    text: { zh: phrase },
    span: span(ctx, r),
  };
}

function changeOf(ctx: Ctx, c: ChangePhrase): NonNullable<Figure['change']> {
  return {
    value: c.value,
    unit: c.unit,
    basis: c.basis,
    ...(c.qualifiers.length ? { qualifiers: [...c.qualifiers] } : {}),
    span: span(ctx, c),
  };
}

function labelText(
  ctx: Ctx,
  r: { start: number; end: number } | undefined,
  fallback: string,
): { zh: string; en?: string } {
  const zh = (cleanLabel(r ? words(ctx, r.start, r.end) : fallback) || fallback).slice(0, 60);
  const indicator = findIndicator(r ? ctx.text.slice(r.start, r.end) : fallback);
  return indicator &&
    r &&
    ctx.text
      .slice(r.start, r.end)
      .endsWith(indicator.zh.find((n) => ctx.text.slice(r.start, r.end).includes(n)) ?? '\u0000')
    ? { zh, en: indicator.en }
    : { zh };
}

function figureId(ctx: Ctx, label: string, year: number | undefined, fallback: string): string {
  const stem = findIndicator(label)?.id;
  return uniqueId(ctx, stem ? `${stem}${year ? `-${year}` : ''}` : fallback);
}

function extractResults(
  ctx: Ctx,
  s: Sentence,
  year: number | undefined,
  chapter: string | undefined,
  figures: Figure[],
): void {
  const t = ctx.text;
  const source = provenance(ctx, s);
  const changes = readChanges(t, s.start, s.end);
  const ranks = readRanks(t, s.start, s.end);
  const streaks = readStreaks(t, s.start, s.end);
  const inside = (
    x: { start: number; end: number },
    ys: readonly { start: number; end: number }[],
  ) => ys.some((y) => x.start >= y.start && x.end <= y.end);
  const quantities = readQuantities(t, s.start, s.end).filter(
    (q) =>
      !inside(q, changes) &&
      !inside(q, ranks) &&
      !inside(q, streaks) &&
      q.unit !== '年' &&
      q.unit !== '天' &&
      q.unit !== '个月',
  );
  const claimedRanks = new Set<RankPhrase>();
  const claimedChanges = new Set<ChangePhrase>();
  const base = (label: { zh: string; en?: string }) => ({ label, ...(chapter ? { chapter } : {}) });
  const push = (f: Figure, used: Range[]) => {
    figures.push(f);
    ctx.used.push(...used);
  };

  const handled = new Set<QuantityPhrase>();
  for (const clause of clausesOf(t, s)) {
    const resp = t.indexOf('分别', clause.start);
    if (resp < 0 || resp >= clause.end) continue;
    const list = listAfter(t, resp + 2, clause.end);
    if (!list) continue;
    const subject = labelAround(ctx, clause, { start: resp, end: resp });
    const names = subject
      ? splitSubjects(t.slice(subject.start, subject.end), list.values.length)
      : undefined;
    if (!names) continue;
    // Changes listed in the next clause: 增长8%和9%.
    const next = clausesOf(t, s).find((c) => c.start > clause.end);
    const changeList = next
      ? listAfter(
          t,
          next.start +
            (t.slice(next.start, next.end).match(/^(?:分别)?(?:同比)?/)?.[0].length ?? 0),
          next.end,
        )
      : undefined;
    const changeValues =
      changeList &&
      /增长|提高/.test(changeList.before ?? '') &&
      changeList.values.length === list.values.length &&
      changeList.values.every((v) => v.unit === '%' || v.unit === '个百分点')
        ? changeList.values
        : undefined;
    const qualifier = list.before && /突破|超过/.test(list.before) ? (['over'] as Qualifier[]) : [];
    list.values.forEach((v, k) => {
      const name = names[k] ?? '';
      const indicator = findIndicator(name);
      const cv = changeValues?.[k];
      push(
        {
          id: figureId(ctx, name, year, `figure-${figures.length + 1}`),
          kind: 'quantity',
          ...base(indicator ? { zh: name, en: indicator.en } : { zh: name }),
          value: v.value,
          unit: v.unit,
          ...(qualifier.length ? { qualifiers: qualifier } : {}),
          ...(year ? { year } : {}),
          ...(cv
            ? {
                change: {
                  value: cv.value,
                  unit: cv.unit as '%' | '个百分点',
                  basis: /同比/.test(t.slice(next?.start ?? 0, cv.start))
                    ? 'year-on-year'
                    : 'period',
                  span: span(ctx, cv),
                },
              }
            : {}),
          source,
          span: span(ctx, v),
        },
        [v, ...(cv ? [cv] : [])],
      );
    });
    for (const q of quantities) if (q.start >= resp && q.end <= list.end) handled.add(q);
    if (changeValues && changeList) {
      for (const c of changes)
        if (c.start >= (next?.start ?? 0) && c.end <= changeList.end) claimedChanges.add(c);
      for (const q of quantities)
        if (q.start >= (next?.start ?? 0) && q.end <= changeList.end) handled.add(q);
    }
  }

  const clauses = clausesOf(t, s);
  const clauseAt = (at: number) =>
    clauses.find((c) => at >= c.start && at < c.end) ?? { start: s.start, end: s.end };
  /** A change or rank belongs to the number before it when it shares its clause or opens its own. */
  const belongs = (q: QuantityPhrase, x: { start: number }) => {
    const c = clauseAt(x.start);
    return c === clauseAt(q.start) || !t.slice(c.start, x.start).trim();
  };
  const estimated = (q: QuantityPhrase) => /^预计/.test(t.slice(clauseAt(q.start).start, q.start));

  quantities.forEach((q, i) => {
    if (handled.has(q)) return;
    const clause = clauseAt(q.start);
    const until = quantities[i + 1]?.start ?? s.end;
    const change = changes.find(
      (c) => !claimedChanges.has(c) && c.start >= q.end && c.start < until && belongs(q, c),
    );
    if (change) claimedChanges.add(change);
    const rank = ranks.find(
      (r) => !claimedRanks.has(r) && r.start >= q.end && r.start < until && belongs(q, r),
    );
    if (rank) claimedRanks.add(rank);
    const previous = quantities[i - 1];
    const labelRange = labelAround(
      ctx,
      clause,
      q,
      previous && previous.end <= q.start ? previous.end : clause.start,
    );
    const qualifiers: Qualifier[] = [
      ...(estimated(q) && !q.qualifiers.includes('estimated') ? (['estimated'] as const) : []),
      ...q.qualifiers,
    ];
    const label = labelText(ctx, labelRange, words(ctx, clause.start, clause.end));
    push(
      {
        id: figureId(
          ctx,
          ctx.text.slice(labelRange?.start ?? 0, labelRange?.end ?? 0),
          year,
          `figure-${figures.length + 1}`,
        ),
        kind: 'quantity',
        ...base(label),
        value: q.value,
        unit: q.unit,
        ...(qualifiers.length ? { qualifiers } : {}),
        ...(year ? { year } : {}),
        ...(change ? { change: changeOf(ctx, change) } : {}),
        ...(rank ? { rank: rankOf(ctx, rank) } : {}),
        source,
        span: span(ctx, q),
      },
      [q, ...(change ? [change] : []), ...(rank ? [rank] : [])],
    );
  });

  for (const st of streaks) {
    const clause = clausesOf(t, s).find((c) => st.start >= c.start && st.start < c.end) ?? {
      start: s.start,
      end: s.end,
    };
    const rest = t.slice(st.end, clause.end).replace(/^(?:成为|保持|实现|位居|居)/, '');
    const restStart = clause.end - rest.length;
    const labelZh =
      cleanLabel(rest ? words(ctx, restStart, clause.end) : words(ctx, clause.start, st.start)) ||
      words(ctx, st.start, st.end);
    push(
      {
        id: uniqueId(ctx, `streak-${figures.length + 1}`),
        kind: 'streak',
        ...base({ zh: labelZh.slice(0, 60) }),
        value: st.value,
        unit: st.unit,
        ...(year ? { year } : {}),
        source,
        span: span(ctx, st),
      },
      [st],
    );
    for (const r of ranks) if (r.start >= st.end && r.end <= clause.end) claimedRanks.add(r);
  }

  for (const r of ranks) {
    if (claimedRanks.has(r)) continue;
    const clause = clauseAt(r.start);
    const before = cleanLabel(
      t
        .slice(clause.start, r.start)
        .replace(/(?:等指标|等)$/, '')
        .replace(/^在/, ''),
    );
    let labelRange: Range | undefined;
    if (before.length >= 2) {
      const at = t.indexOf(before, clause.start);
      labelRange = { start: at, end: at + before.length };
    } else {
      // 在发展指标月度评估中，稳居市区第一: the subject is the clause before.
      const prev = clauses[clauses.indexOf(clause) - 1];
      const m = prev ? /^在(.+?)中$/.exec(t.slice(prev.start, prev.end)) : undefined;
      if (prev && m?.[1]) labelRange = { start: prev.start + 1, end: prev.start + 1 + m[1].length };
      else labelRange = { start: clause.start, end: clause.end };
    }
    const label = {
      zh:
        cleanLabel(words(ctx, labelRange.start, labelRange.end)).slice(0, 60) ||
        words(ctx, r.start, r.end),
    };
    if (r.position !== undefined) {
      push(
        {
          id: uniqueId(ctx, `rank-${figures.length + 1}`),
          kind: 'rank',
          ...base(label),
          value: r.position,
          unit: '位次',
          ...(year ? { year } : {}),
          rank: rankOf(ctx, r),
          source,
          span: span(ctx, r),
        },
        [r],
      );
    } else {
      push(
        {
          id: uniqueId(ctx, `honour-${figures.length + 1}`),
          kind: 'honour',
          ...base(label),
          ...(year ? { year } : {}),
          rank: rankOf(ctx, r),
          honour: { zh: cleanLabel(words(ctx, clause.start, clause.end)).slice(0, LIMITS.label) },
          source,
          span: span(ctx, r),
        },
        [r],
      );
    }
  }

  // Honours without a number: 荣获…示范区, 创成…园区, 获评…, 被评为…, 入围…
  const numbered = [...quantities, ...ranks, ...streaks];
  for (const clause of clauses) {
    if (numbered.some((x) => x.start >= clause.start && x.start < clause.end)) continue;
    const m = HONOUR.exec(t.slice(clause.start, clause.end));
    const what = m?.groups?.what ?? '';
    if (!m || cleanLabel(what).length < 4) continue;
    const whatStart = clause.start + m.index + m[0].length - what.length;
    const honourRange = { start: clause.start, end: clause.end };
    push(
      {
        id: uniqueId(ctx, `honour-${figures.length + 1}`),
        kind: 'honour',
        ...base({ zh: cleanLabel(words(ctx, whatStart, clause.end)).slice(0, 60) }),
        ...(year ? { year } : {}),
        honour: { zh: cleanLabel(words(ctx, clause.start, clause.end)).slice(0, LIMITS.label) },
        source,
        span: span(ctx, honourRange),
      },
      [],
    );
  }
}

const HONOUR =
  /(?:荣获|获评|获得|创成|被评为|被命名为|成功创建|入围|入选|获批|成功获批)(?<what>.+?(?:示范区|示范园区|示范城市|示范县|示范点|示范基地|园区|称号|奖|项目|企业|先进集体|先进单位|基地|试点))/;

function extractTargets(
  ctx: Ctx,
  s: Sentence,
  year: number | undefined,
  chapter: string | undefined,
  targets: Target[],
): void {
  const t = ctx.text;
  const source = provenance(ctx, s);
  const block = ctx.seg.blocks[s.block];
  const group = block?.marker?.kind === 'letter' ? block.marker.text : undefined;
  const targetYear = year ?? ctx.latestYear;
  if (targetYear === undefined) {
    ctx.notes.push(`no year for the targets in ${JSON.stringify(s.text.slice(0, 40))}; left out`);
    return;
  }
  const add = (
    target: Omit<Target, 'id' | 'year' | 'source'> & { idStem: string },
    used: Range[],
  ) => {
    const { idStem, ...rest } = target;
    targets.push({
      id: uniqueId(ctx, `${idStem}-${targetYear}`),
      ...(group ? { group } : {}),
      ...rest,
      year: targetYear,
      source,
    });
    ctx.used.push(...used);
  };
  for (const clause of clausesOf(t, s)) {
    const resp = t.indexOf('分别', clause.start);
    if (resp >= 0 && resp < clause.end) {
      const list = listAfter(t, resp + 2, clause.end);
      const subject = labelAround(ctx, clause, { start: resp, end: resp });
      const names =
        list && subject
          ? splitSubjects(t.slice(subject.start, subject.end), list.values.length)
          : undefined;
      if (list && names) {
        const growth = /增长|提高|增幅|增速/.test(list.before ?? '');
        const comparator = comparatorOf(list.after);
        list.values.forEach((v, k) => {
          const name = names[k] ?? '';
          const indicator = findIndicator(name);
          const zh = `${name}${growth ? '增长' : ''}`;
          add(
            {
              idStem: `${indicator?.id ?? `target-${targets.length + 1}`}${growth ? '-growth' : ''}`,
              label: indicator ? { zh, en: `${indicator.en}${growth ? ' growth' : ''}` } : { zh },
              ...(chapter ? { chapter } : {}),
              measure: growth ? 'growth' : /占比|比重/.test(name) ? 'share' : 'level',
              comparator: comparator ?? 'about',
              value: v.value,
              unit: v.unit,
              ...(comparator
                ? {}
                : { note: { zh: '原文未写比较词（以上、以内、左右），暂按“左右”' } }),
              ...(k < list.values.length - 1 && comparator
                ? { note: { zh: `“${list.after ?? ''}”写在所列数值之后，对每一项都适用` } }
                : {}),
              span: span(ctx, v),
            },
            [v],
          );
        });
        continue;
      }
    }
    const phrase = readTargetPhrase(t, clause.start, clause.end);
    if (!phrase) continue;
    let labelEnd = phrase.start;
    const before = t.slice(clause.start, labelEnd);
    const trailing =
      /(?:同口径)?(?:增长|增速|增幅|提高|提升|下降|降低|减少)?(?:控制在|保持在|达到|达|为)?$/.exec(
        before,
      );
    const labelStart = clause.start + (LEADING.exec(before)?.[0].length ?? 0);
    const decline = /下降|降低|减少/.test(trailing?.[0] ?? '');
    const growthWord =
      decline || /增长|增速|增幅|涨幅|提高|提升/.test(trailing?.[0] ?? '') || phrase.growth;
    if (trailing?.[0] && !/增长|增速|增幅/.test(trailing[0])) labelEnd -= trailing[0].length;
    labelEnd = Math.max(
      labelStart,
      labelEnd - (/同口径$/.test(t.slice(labelStart, labelEnd)) ? 3 : 0),
    );
    const labelRaw = t.slice(labelStart, labelEnd).replace(/同口径/g, '');
    if (labelRaw.length < 2) continue;
    const zh = words(ctx, labelStart, labelEnd).slice(0, 120);
    const indicator = findIndicator(labelRaw);
    const measure: Target['measure'] =
      phrase.comparator === 'keep-growing' ||
      phrase.comparator === 'in-step-with' ||
      growthWord ||
      /涨幅$|增幅$|增速$/.test(labelRaw)
        ? 'growth'
        : /占比|比重|率$/.test(labelRaw)
          ? 'share'
          : 'level';
    const growth = measure === 'growth' && phrase.comparator !== 'keep-growing';
    const idStem = `${indicator?.id ?? `target-${targets.length + 1}`}${growth ? '-growth' : ''}`;
    const label = indicator ? { zh, en: `${indicator.en}${growth ? ' growth' : ''}` } : { zh };
    if (phrase.comparator === 'in-step-with') {
      const refStem = ALIASES[phrase.reference ?? ''] ?? findIndicator(phrase.reference ?? '')?.id;
      const ref = targets.find((x) => refStem !== undefined && x.id.startsWith(`${refStem}-`));
      if (!ref) {
        ctx.notes.push(
          `target "${zh}" keeps pace with "${phrase.reference ?? ''}", but no target for it was found; left out`,
        );
        continue;
      }
      add(
        {
          idStem,
          label,
          ...(chapter ? { chapter } : {}),
          measure,
          comparator: 'in-step-with',
          reference: ref.id,
          span: span(ctx, phrase),
        },
        [phrase],
      );
      continue;
    }
    const comparator = phrase.comparator ?? 'about';
    add(
      {
        idStem,
        label,
        ...(chapter ? { chapter } : {}),
        measure,
        comparator,
        ...(phrase.value !== undefined ? { value: decline ? -phrase.value : phrase.value } : {}),
        ...(phrase.unit !== undefined ? { unit: phrase.unit } : {}),
        ...(phrase.qualifiers.length ? { qualifiers: [...phrase.qualifiers] } : {}),
        ...(phrase.comparator === undefined
          ? { note: { zh: '原文未写比较词（以上、以内、左右），暂按“左右”' } }
          : {}),
        span: span(ctx, phrase),
      },
      [phrase],
    );
  }
}

/** Links each target to the figure of the same indicator the report gives for an earlier year. */
function linkBaselines(targets: Target[], figures: readonly Figure[]): void {
  for (const target of targets) {
    const stem = target.id.replace(/-growth(?=-\d{4}$)/, '').replace(/-\d{4}(?:-\d+)?$/, '');
    const figure = figures.find(
      (f) =>
        f.id.replace(/-\d{4}(?:-\d+)?$/, '') === stem &&
        (f.year === undefined || f.year < target.year),
    );
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

function extractEvents(
  ctx: Ctx,
  s: Sentence,
  year: number | undefined,
  chapter: string | undefined,
  events: ReportEvent[],
): void {
  const source = provenance(ctx, s);
  for (const d of readDates(ctx.text, s.start, s.end)) {
    if (d.month === undefined) continue;
    const y = d.year ?? year;
    if (y === undefined) continue;
    const precision = d.day !== undefined ? 'day' : 'month';
    const date = `${y}-${String(d.month).padStart(2, '0')}${d.day !== undefined ? `-${String(d.day).padStart(2, '0')}` : ''}`;
    const clause = clausesOf(ctx.text, s).find((c) => d.start >= c.start && d.start < c.end) ?? s;
    events.push({
      id: uniqueId(ctx, `event-${date}`),
      when: {
        date,
        precision,
        inferred: d.year === undefined,
        ...(d.year === undefined
          ? { basis: { zh: `年份取自上下文（${y}年）`, en: `Year taken from the context (${y})` } }
          : {}),
        span: span(ctx, d),
      },
      title: { zh: words(ctx, clause.start, clause.end).slice(0, 120) },
      ...(chapter ? { chapter } : {}),
      source,
    });
    ctx.used.push(d);
  }
}

function chapterKind(title: string): Chapter['kind'] {
  if (/总体要求/.test(title)) return 'requirements';
  if (/目标|预期/.test(title)) return 'targets';
  if (/党建|从严治党|党的建设/.test(title)) return 'foundation';
  if (/工程|行动|计划/.test(title)) return 'programme';
  if (/成绩|回顾|总结|成效/.test(title)) return 'overview';
  if (/(?:19|20|21)\d\d年/.test(title)) return 'outlook';
  return 'block';
}

function slug(file: string | undefined): string | undefined {
  const base = file
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]+$/, '')
    .toLowerCase();
  const s = base?.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s ? s.slice(0, 80) : undefined;
}

/** Extracts a draft dataset from a report's text. Pure apart from the SHA-256 of the text. */
export function extractDraft(original: string, options: ExtractOptions = {}): ExtractResult {
  const language = options.language ?? (traditionalShare(original) > 0.04 ? 'zh-Hant' : 'zh-Hans');
  const norm = normalizeText(original, {
    toSimplified: language === 'zh-Hant' ? toSimplified : undefined,
  });
  const seg = segment(norm.text);
  const years = [...norm.text.matchAll(/((?:19|20|21)\d\d)年/g)].map((m) => Number(m[1]));
  const ctx: Ctx = {
    norm,
    seg,
    text: norm.text,
    used: [],
    notes: [],
    ids: new Set(),
    latestYear: years.length ? Math.max(...years) : undefined,
  };

  // Chapters from headings.
  const chapters: Chapter[] = [];
  const chapterOfBlock = new Map<number, string>();
  const headings = seg.blocks.filter((b) => b.kind === 'heading');
  // The first heading is the title, and a heading right after it the subtitle: not chapters.
  const titleBlocks = new Set<number>();
  if (headings[0]) {
    titleBlocks.add(headings[0].index);
    if (
      headings[1] &&
      headings[1].index === headings[0].index + 1 &&
      headings[1].level === headings[0].level
    ) {
      titleBlocks.add(headings[1].index);
    }
  }
  headings
    .filter((h) => !titleBlocks.has(h.index))
    .forEach((h, i) => {
      const id = uniqueId(ctx, `chapter-${i + 1}`);
      chapterOfBlock.set(h.index, id);
      const title = words(ctx, h.start, h.end);
      const parent = h.heading === undefined ? undefined : chapterOfBlock.get(h.heading);
      chapters.push({
        id,
        kind: chapterKind(norm.text.slice(h.start, h.end)),
        title: { zh: title.slice(0, 400) },
        ...(parent ? { parent } : {}),
        source: provenance(ctx, h),
      });
    });

  const figures: Figure[] = [];
  const targets: Target[] = [];
  const events: ReportEvent[] = [];
  for (const s of seg.sentences.flatMap((whole) => bounded(norm.text, whole))) {
    const block = seg.blocks[s.block];
    if (!block || block.kind === 'heading') continue;
    const chapter = block.heading === undefined ? undefined : chapterOfBlock.get(block.heading);
    const isTarget = isTargetSentence(ctx, s);
    const year = yearOf(ctx, s, isTarget);
    if (isTarget) extractTargets(ctx, s, year, chapter, targets);
    else extractResults(ctx, s, year, chapter, figures);
    extractEvents(ctx, s, year, chapter, events);
  }
  linkBaselines(targets, figures);
  for (const [name, list] of [
    ['chapters', chapters],
    ['figures', figures],
    ['targets', targets],
    ['events', events],
  ] as const) {
    if (list.length > LIMITS.items) {
      ctx.notes.push(
        `${list.length - LIMITS.items} ${name} beyond the schema's limit of ${LIMITS.items} left out`,
      );
      list.length = LIMITS.items;
    }
  }

  // Numbers nothing used: said, not silently skipped.
  // What covers a number: an item's words, a heading (chapter titles), a list marker.
  const covered = new Uint8Array(norm.text.length + 1);
  const cover = (r: { start: number; end: number }) => covered.fill(1, r.start, r.end);
  ctx.used.forEach(cover);
  for (const b of seg.blocks) {
    if (b.kind === 'heading') cover(b);
    if (b.marker) cover(b.marker);
  }
  const unused = findNumbers(norm.text).filter((n) => covered.subarray(n.start, n.end).includes(0));
  for (const n of unused) {
    const o = toOriginal(norm, n.start, n.end);
    const context = original.slice(Math.max(0, o.start - 10), o.end + 10).replace(/\s+/g, ' ');
    ctx.notes.push(
      `number "${original.slice(o.start, o.end)}" at ${o.start} not used: …${context}…`,
    );
  }

  const first = headings[0];
  const titleZh = first
    ? words(ctx, first.start, first.end)
    : (seg.sentences[0]?.text.slice(0, 60) ?? '');
  const second = headings[1];
  const subtitle =
    first && second && second.index === first.index + 1
      ? words(ctx, second.start, second.end)
      : undefined;
  const region =
    /中共(?<name>\p{Script=Han}{2,8}?(?:新区|区|县|市|旗))委/u.exec(norm.text) ??
    /^(?<name>\p{Script=Han}{2,10}(?:新区|区|县|市|旗))(?=(?:19|20)\d\d年|[〇零一二三四五六七八九]{4}年|政府|人民政府|工作报告)/u.exec(
      norm.text.slice(first?.start ?? 0, first?.end ?? 0),
    ) ??
    /(?<name>\p{Script=Han}{2,5}?(?:新区|区|县|市|旗))(?:人民政府|政府工作报告)/u.exec(norm.text);
  const fromTitle = region?.input !== norm.text;
  const regionStart = region
    ? (fromTitle ? (first?.start ?? 0) : 0) +
      region.index +
      region[0].indexOf(region.groups?.name ?? '')
    : -1;
  const regionZh = region
    ? words(ctx, regionStart, regionStart + (region.groups?.name?.length ?? 0))
    : titleZh;

  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? slug(options.file) ?? 'draft',
    draft: true,
    title: { zh: (titleZh || '未命名报告').slice(0, 400) },
    ...(subtitle ? { subtitle: { zh: subtitle.slice(0, 400) } } : {}),
    region: { zh: (regionZh || '未知').slice(0, 400) },
    language,
    source: {
      file: options.file ?? 'report.md',
      length: original.length,
      sha256: sha256(original),
    },
    chapters,
    figures,
    targets,
    events,
  };
  const checked = validateDataset(JSON.parse(JSON.stringify(dataset)));
  if (!checked.ok) {
    throw new ExtractError(
      `the draft does not validate (a bug in the extractor):\n${describeIssues(checked.issues)}`,
    );
  }
  return { dataset, notes: ctx.notes };
}
