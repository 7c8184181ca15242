/**
 * Builds a dataset from a report and its curation, as a pure function (the CLI is `build.ts`).
 *
 * - Every curated item is found in the source by its quote; its provenance is the whole sentence
 *   (or sentences) the quote stands in, cut from the ORIGINAL text with its exact range.
 * - Values, units, qualifiers, changes, ranks, streaks, target comparators, pillar parts and
 *   stated dates are READ from the source words with the extractor's readers; the curation never
 *   types a number.
 * - Every number in the source is accounted for: as a value the dataset carries, as part of a
 *   text it carries verbatim, or by the curation's `numbers` list with a reason. Anything else
 *   stops the build, and so does any quote that is missing or ambiguous.
 */
import { createHash } from 'node:crypto';
import type {
  Chapter,
  Dataset,
  Figure,
  Pillar,
  Programme,
  Provenance,
  Range,
  ReportEvent,
  Target,
} from '../../src/data/schema.js';
import { DatasetSchema, SCHEMA_VERSION } from '../../src/data/schema.js';
import { describeIssues, validateDataset } from '../../src/data/validate.js';
import { QUALIFIERS, type Qualifier } from '../../src/format/qualifiers.js';
import { scopeEnglish, SCOPES } from '../../src/extract/glossary.js';
import {
  fromOriginalRange,
  normalizeText,
  toOriginal,
  type Normalized,
} from '../../src/extract/normalize.js';
import { findNumbers } from '../../src/extract/numerals.js';
import {
  readChange,
  readDate,
  readQuantity,
  readRank,
  readStreak,
  readTargetPhrase,
  type Found,
} from '../../src/extract/phrases.js';
import { segment, type Segmentation } from '../../src/extract/sentences.js';
import { toSimplified } from '../../src/extract/simplify.js';
import type { Curation } from './curation.js';

/** The build could not finish; `problems` names every item that is wrong and why. */
export class BuildError extends Error {
  override name = 'BuildError';
  constructor(readonly problems: readonly string[]) {
    super(`the dataset cannot be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** How one number of the source is accounted for. */
export interface NumberAccount {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** `value`: a number the dataset carries; `text`: inside a text it carries verbatim; `ignored`: the curation's reason. */
  readonly how: 'value' | 'text' | 'ignored' | 'unaccounted';
  /** The dataset path (`figures[0].value`) or the reason. */
  readonly by: string;
}

export interface BuildResult {
  readonly dataset: Dataset;
  /** The dataset as written: 2-space JSON and a final newline. */
  readonly json: string;
  readonly numbers: readonly NumberAccount[];
}

export interface BuildOptions {
  /** `$schema` of the dataset. */
  readonly schemaRef?: string;
}

type Where = string;

interface Ctx {
  readonly source: string;
  readonly norm: Normalized;
  seg: Segmentation;
  readonly problems: string[];
  readonly accounts: { start: number; end: number; how: 'value' | 'text'; by: string }[];
  readonly joinedBreaks: number[];
  readonly reads: { start: number; end: number; reads: string }[];
}

const YEAR_IN_TITLE = /((?:19|20|21)\d\d)年/;

function occurrences(text: string, words: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(words, from); i >= 0 && i + words.length <= to;) {
    found.push(i);
    i = text.indexOf(words, i + 1);
  }
  return found;
}

function show(words: string): string {
  const one = JSON.stringify(words.length > 40 ? `${words.slice(0, 40)}…` : words);
  return one;
}

/** Finds `at` (inside the unique `within`) in the whole source: exactly once, or a problem. */
function locate(
  ctx: Ctx,
  where: Where,
  loc: { at: string; within?: string | undefined },
): Range | undefined {
  let from = 0;
  let to = ctx.source.length;
  if (loc.within !== undefined) {
    const outer = occurrences(ctx.source, loc.within);
    if (outer.length !== 1) {
      ctx.problems.push(
        outer.length === 0
          ? `${where}.within: ${show(loc.within)} is not in the source`
          : `${where}.within: ${show(loc.within)} occurs ${outer.length} times in the source; make it longer`,
      );
      return undefined;
    }
    from = outer[0] ?? 0;
    to = from + loc.within.length;
  }
  const hits = occurrences(ctx.source, loc.at, from, to);
  if (hits.length !== 1) {
    const scope = loc.within === undefined ? 'the source' : show(loc.within);
    ctx.problems.push(
      hits.length === 0
        ? `${where}.at: ${show(loc.at)} is not in ${scope}`
        : `${where}.at: ${show(loc.at)} occurs ${hits.length} times in ${scope}; add "within" to say which`,
    );
    return undefined;
  }
  const start = hits[0] ?? 0;
  return { start, end: start + loc.at.length };
}

/** Finds `words` inside `range` (from `after` on): the first occurrence, or a problem. */
function findIn(
  ctx: Ctx,
  where: Where,
  words: string,
  range: Range,
  after = range.start,
): Range | undefined {
  const hit = occurrences(ctx.source, words, after, range.end)[0];
  if (hit === undefined) {
    ctx.problems.push(
      `${where}: ${show(words)} is not in its sentence ${show(ctx.source.slice(range.start, range.end))}`,
    );
    return undefined;
  }
  return { start: hit, end: hit + words.length };
}

/** The normalised range of an original range. */
function norm(ctx: Ctx, r: Range): Range {
  return fromOriginalRange(ctx.norm, r.start, r.end);
}

function original(ctx: Ctx, r: Range): Range {
  return toOriginal(ctx.norm, r.start, r.end);
}

/** Whether a reader's find covers exactly the normalised range. */
function exact(found: Found | undefined, r: Range): boolean {
  return found !== undefined && found.start === r.start && found.end === r.end;
}

/** The display form of a quote: joined breaks removed, other line breaks read as one space. */
function displayText(ctx: Ctx, start: number, end: number): string | undefined {
  const quote = ctx.source.slice(start, end);
  if (!/\n/.test(quote)) return undefined;
  let out = '';
  for (let i = start; i < end;) {
    const ws = /^\s+/.exec(ctx.source.slice(i, end));
    if (ws && ws[0].includes('\n')) {
      const joined = ctx.joinedBreaks.some((b) => b >= i && b < i + ws[0].length);
      out += joined ? '' : ' ';
      i += ws[0].length;
    } else {
      out += ctx.source[i] ?? '';
      i++;
    }
  }
  return out;
}

/** The provenance of an original range: the sentence(s) it stands in. */
function provenance(ctx: Ctx, where: Where, r: Range): Provenance | undefined {
  const n = norm(ctx, r);
  const hit = ctx.seg.sentences.filter(
    (s) => s.end > n.start && s.start < Math.max(n.end, n.start + 1),
  );
  const first = hit[0];
  const last = hit.at(-1);
  if (!first || !last) {
    ctx.problems.push(
      `${where}: ${show(ctx.source.slice(r.start, r.end))} is not inside a sentence`,
    );
    return undefined;
  }
  const o = original(ctx, { start: first.start, end: last.end });
  const quote = ctx.source.slice(o.start, o.end);
  const text = displayText(ctx, o.start, o.end);
  return text === undefined
    ? { quote, start: o.start, end: o.end }
    : { quote, start: o.start, end: o.end, text };
}

function account(ctx: Ctx, r: Range | undefined, how: 'value' | 'text', by: string): void {
  if (r) ctx.accounts.push({ start: r.start, end: r.end, how, by });
}

/** Source words with the curation's `reads` corrections applied. */
function corrected(ctx: Ctx, r: Range): string {
  let out = ctx.source.slice(r.start, r.end);
  for (const c of [...ctx.reads].reverse()) {
    if (c.start >= r.start && c.end <= r.end) {
      out = out.slice(0, c.start - r.start) + c.reads + out.slice(c.end - r.start);
    }
  }
  return out;
}

const span = (r: Range): Range => ({ start: r.start, end: r.end });

interface ChapterInfo {
  readonly chapter: Chapter;
  readonly depth: number;
  readonly year?: number | undefined;
  readonly sectionStart: number;
}

function buildChapters(ctx: Ctx, curation: Curation): Map<string, ChapterInfo> {
  const infos = new Map<string, ChapterInfo>();
  const list: ChapterInfo[] = [];
  curation.chapters.forEach((c, i) => {
    const where = `chapters[${i}] (${c.id})`;
    const r = locate(ctx, where, c);
    if (!r) return;
    const source = provenance(ctx, where, r);
    if (!source) return;
    const parent = c.parent === undefined ? undefined : infos.get(c.parent);
    if (c.parent !== undefined && !parent) {
      ctx.problems.push(`${where}.parent: no chapter "${c.parent}" comes before it`);
    }
    let sectionStart = source.start;
    if (c.section !== undefined) {
      const s = locate(ctx, `${where}.section`, { at: c.section });
      if (s) sectionStart = s.start;
    }
    const title = c.title.zh ?? corrected(ctx, r);
    const year = Number(YEAR_IN_TITLE.exec(title)?.[1]) || parent?.year;
    const chapter: Chapter = {
      id: c.id,
      kind: c.kind,
      title: { zh: title, en: c.title.en },
      ...(c.parent !== undefined ? { parent: c.parent } : {}),
      source,
    };
    const info: ChapterInfo = { chapter, depth: parent ? parent.depth + 1 : 0, year, sectionStart };
    const prev = list.at(-1);
    if (prev && prev.sectionStart >= sectionStart) {
      ctx.problems.push(
        `${where}: chapters must be listed in the order of the source (it starts before "${prev.chapter.id}")`,
      );
    }
    list.push(info);
    infos.set(c.id, info);
  });
  // Each section runs to the start of the line of the next chapter at the same or a higher level.
  list.forEach((info, i) => {
    const next = list.slice(i + 1).find((o) => o.depth <= info.depth);
    let end = ctx.source.length;
    if (next) end = ctx.source.lastIndexOf('\n', next.sectionStart - 1) + 1 || next.sectionStart;
    while (end > info.sectionStart && /\s/.test(ctx.source[end - 1] ?? '')) end--;
    (info.chapter as { span?: Range }).span = { start: info.sectionStart, end };
  });
  return infos;
}

function chapterOf(
  ctx: Ctx,
  where: Where,
  chapters: Map<string, ChapterInfo>,
  id: string,
  source: Provenance | undefined,
) {
  const info = chapters.get(id);
  if (!info) {
    ctx.problems.push(`${where}.chapter: no chapter has the id "${id}"`);
    return undefined;
  }
  const s = info.chapter.span;
  if (source && s && (source.start < s.start || source.end > s.end)) {
    ctx.problems.push(`${where}: its sentence is outside chapter "${id}" (${s.start}–${s.end})`);
  }
  return info;
}

function qualifierWordsIn(sentence: string, key: Qualifier): boolean {
  const info: { zh: string; zhAlso?: readonly string[] } = QUALIFIERS[key];
  return [info.zh, ...(info.zhAlso ?? [])].some((w) => sentence.includes(w));
}

function buildFigures(ctx: Ctx, curation: Curation, chapters: Map<string, ChapterInfo>): Figure[] {
  const figures: Figure[] = [];
  curation.figures.forEach((f, i) => {
    const where = `figures[${i}] (${f.id})`;
    const path = `figures[${figures.length}]`;
    const anchor = locate(ctx, where, f);
    if (!anchor) return;
    const source = provenance(ctx, where, anchor);
    if (!source) return;
    const sentence: Range = { start: source.start, end: source.end };
    const info = chapterOf(ctx, where, chapters, f.chapter, source);

    let value: number | undefined;
    let unit: Figure['unit'];
    let figureSpan: Range | undefined;
    const qualifiers: Qualifier[] = [];
    let after = anchor.start;

    if (f.value !== undefined) {
      const words = findIn(ctx, `${where}.value`, f.value, anchor);
      if (words) {
        const q = readQuantity(ctx.norm.text, norm(ctx, words).start, norm(ctx, words).end);
        if (!exact(q, norm(ctx, words)) || !q) {
          ctx.problems.push(
            `${where}.value: ${show(f.value)} does not read as a number with a known unit`,
          );
        } else {
          value = q.value;
          unit = q.unit;
          qualifiers.push(...q.qualifiers);
          figureSpan = words;
          after = words.end;
          account(ctx, words, 'value', `${path}.value`);
        }
      }
    }
    if (f.streak !== undefined) {
      const words = findIn(ctx, `${where}.streak`, f.streak, sentence);
      if (words) {
        const s = readStreak(ctx.norm.text, norm(ctx, words).start, norm(ctx, words).end);
        if (!s || !exact(s, norm(ctx, words))) {
          ctx.problems.push(
            `${where}.streak: ${show(f.streak)} does not read as a streak (连续…个月)`,
          );
        } else {
          value = s.value;
          unit = s.unit;
          figureSpan = words;
          account(ctx, words, 'value', `${path}.value`);
        }
      }
    }
    for (const [j, q] of (f.qualifiers ?? []).entries()) {
      const key = typeof q === 'string' ? q : q.key;
      const ok =
        typeof q === 'string' ? qualifierWordsIn(source.quote, key) : source.quote.includes(q.word);
      if (!ok) {
        ctx.problems.push(`${where}.qualifiers[${j}]: the sentence has no word for "${key}"`);
      } else if (!qualifiers.includes(key)) qualifiers.push(key);
    }

    let change: Figure['change'];
    if (f.change !== undefined) {
      const words = findIn(ctx, `${where}.change`, f.change, sentence, after);
      if (words) {
        const c = readChange(ctx.norm.text, norm(ctx, words).start, norm(ctx, words).end);
        if (!c || !exact(c, norm(ctx, words))) {
          ctx.problems.push(
            `${where}.change: ${show(f.change)} does not read as a change (同比增长…%)`,
          );
        } else {
          change = {
            value: c.value,
            unit: c.unit,
            basis: c.basis,
            ...(c.qualifiers.length ? { qualifiers: [...c.qualifiers] } : {}),
            span: span(words),
          };
          account(ctx, words, 'value', `${path}.change.value`);
        }
      }
    }

    let rank: Figure['rank'];
    if (f.rank !== undefined) {
      const words = findIn(
        ctx,
        `${where}.rank`,
        f.rank.at,
        sentence,
        Math.min(after, anchor.start),
      );
      if (words) {
        const r = readRank(ctx.norm.text, norm(ctx, words).start, norm(ctx, words).end);
        if (!r || !exact(r, norm(ctx, words))) {
          ctx.problems.push(
            `${where}.rank: ${show(f.rank.at)} does not read as a ranking (全市第二, 市区第一 …)`,
          );
        } else {
          const scopeEn = f.rank.scope ?? SCOPES[r.scope] ?? scopeEnglish(r.scope);
          if (!scopeEn)
            ctx.problems.push(
              `${where}.rank.scope: no English for the scope "${r.scope}"; give one`,
            );
          rank = {
            ...(r.position !== undefined ? { position: r.position } : {}),
            scope: { zh: r.scope, en: scopeEn ?? r.scope },
            ...(r.measure ? { measure: r.measure } : {}),
            ...(r.steady ? { steady: true } : {}),
            ...(r.only ? { only: true } : {}),
            text: { zh: ctx.source.slice(words.start, words.end), en: f.rank.en },
            span: span(words),
          };
          account(ctx, words, 'value', `${path}.rank`);
          if (f.kind === 'rank') {
            if (r.position === undefined) {
              ctx.problems.push(
                `${where}: a rank figure needs a position (第…); use kind "honour" for 领先/靠前`,
              );
            }
            value = r.position;
            unit = '位次';
            figureSpan = words;
          }
        }
      }
    }

    let honour: Figure['honour'];
    if (f.kind === 'honour') {
      if (!f.honour) ctx.problems.push(`${where}.honour: an honour needs its English`);
      else honour = { zh: f.honour.zh ?? corrected(ctx, anchor), en: f.honour.en };
      figureSpan ??= anchor;
    } else if (f.honour) {
      ctx.problems.push(`${where}.honour: only honours have one`);
    }
    if (f.kind === 'quantity' && f.value === undefined)
      ctx.problems.push(`${where}.value: a quantity needs its value words`);
    if (f.kind === 'streak' && f.streak === undefined)
      ctx.problems.push(`${where}.streak: a streak needs its words (连续…)`);
    if (f.kind === 'rank' && f.rank === undefined)
      ctx.problems.push(`${where}.rank: a rank figure needs its ranking words`);

    const year = f.year ?? info?.year;
    const figure: Figure = {
      id: f.id,
      kind: f.kind,
      label: f.label,
      chapter: f.chapter,
      ...(value !== undefined ? { value } : {}),
      ...(unit !== undefined ? { unit } : {}),
      ...(qualifiers.length ? { qualifiers } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(change ? { change } : {}),
      ...(rank ? { rank } : {}),
      ...(honour ? { honour } : {}),
      ...(f.note ? { note: f.note } : {}),
      source,
      ...(figureSpan ? { span: span(figureSpan) } : {}),
    };
    figures.push(figure);
  });
  return figures;
}

function buildTargets(ctx: Ctx, curation: Curation, chapters: Map<string, ChapterInfo>): Target[] {
  const targets: Target[] = [];
  curation.targets.forEach((t, i) => {
    const where = `targets[${i}] (${t.id})`;
    const path = `targets[${targets.length}]`;
    const anchor = locate(ctx, where, t);
    if (!anchor) return;
    const source = provenance(ctx, where, anchor);
    if (!source) return;
    const info = chapterOf(ctx, where, chapters, t.chapter, source);
    const words = findIn(ctx, `${where}.value`, t.value, anchor);
    if (!words) return;
    const w = norm(ctx, words);
    const phrase = readTargetPhrase(ctx.norm.text, w.start, w.end);
    if (!phrase || phrase.start !== w.start || phrase.end !== w.end) {
      ctx.problems.push(
        `${where}.value: ${show(t.value)} does not read as a target (6.5%以上, 6%左右, 保持增长 …)`,
      );
      return;
    }
    let comparator = phrase.comparator;
    if (t.comparator !== undefined) {
      if (comparator !== undefined) {
        ctx.problems.push(`${where}.comparator: the words already say "${comparator}"; remove it`);
      } else if (!t.note) {
        ctx.problems.push(
          `${where}.note: a comparator the words do not say needs a note saying why`,
        );
      }
      comparator ??= t.comparator;
    }
    if (comparator === undefined) {
      ctx.problems.push(
        `${where}: ${show(t.value)} has no comparator word (以上, 以内, 左右 …); give "comparator" and a note`,
      );
      return;
    }
    const before = ctx.source.slice(anchor.start, words.start);
    const growth = /增长|增幅|增速|提高|提升/.test(before) || phrase.comparator === 'keep-growing';
    const measure =
      t.measure ?? (growth ? 'growth' : /占比|比重|比例/.test(t.label.zh) ? 'share' : 'level');
    const block = ctx.seg.sentences.find((s) => s.start <= w.start && s.end > w.start)?.block;
    const marker = block === undefined ? undefined : ctx.seg.blocks[block]?.marker;
    const year = t.year ?? info?.year;
    if (year === undefined) {
      ctx.problems.push(`${where}.year: neither the target nor its chapter gives a year`);
      return;
    }
    if (phrase.value !== undefined) account(ctx, words, 'value', `${path}.value`);
    const target: Target = {
      id: t.id,
      ...(marker?.kind === 'letter' ? { group: marker.text } : {}),
      label: t.label,
      chapter: t.chapter,
      year,
      measure,
      comparator,
      ...(phrase.value !== undefined ? { value: phrase.value } : {}),
      ...(phrase.unit !== undefined ? { unit: phrase.unit } : {}),
      ...(t.tolerance !== undefined ? { tolerance: t.tolerance } : {}),
      ...(t.reference !== undefined ? { reference: t.reference } : {}),
      ...(phrase.qualifiers.length ? { qualifiers: [...phrase.qualifiers] } : {}),
      ...(t.baseline ? { baseline: t.baseline } : {}),
      ...(t.note ? { note: t.note } : {}),
      source,
      span: span(words),
    };
    targets.push(target);
  });
  return targets;
}

/** 以科技创新为动力，推动产业提档（推动园区经济更富质效、推动地标产业更具规模、…） */
const PILLAR = /^(?<driver>以.+?为[^,]{1,4}?),(?<aim>推动(?<name>[^(]+?))\((?<actions>.+)\)$/d;

function buildProgramme(
  ctx: Ctx,
  curation: Curation,
  chapters: Map<string, ChapterInfo>,
): Programme | undefined {
  const p = curation.programme;
  if (!p) return undefined;
  const where = 'programme';
  const titleAt = locate(ctx, `${where}.title`, p.title);
  const roofAt = locate(ctx, `${where}.roof`, p.roof);
  if (!titleAt || !roofAt) return undefined;
  const source = provenance(ctx, `${where}.title`, titleAt);
  const roofSource = provenance(ctx, `${where}.roof`, roofAt);
  if (!source || !roofSource) return undefined;
  chapterOf(ctx, where, chapters, p.chapter, source);

  const pillars: Pillar[] = [];
  p.pillars.forEach((c, i) => {
    const at = `${where}.pillars[${i}] (${c.id})`;
    const anchor = locate(ctx, at, c);
    if (!anchor) return;
    const line = provenance(ctx, at, anchor);
    if (!line) return;
    chapterOf(ctx, at, chapters, p.chapter, line);
    const n = norm(ctx, line);
    const m = PILLAR.exec(ctx.norm.text.slice(n.start, n.end));
    const idx = m?.indices?.groups;
    if (!m?.groups || !idx) {
      ctx.problems.push(
        `${at}: its line does not read as 以…为…，推动…（…、…）: ${show(line.quote)}`,
      );
      return;
    }
    const part = (name: 'driver' | 'aim' | 'name' | 'actions'): Range => {
      const [s, e] = idx[name] ?? [0, 0];
      return original(ctx, { start: n.start + s, end: n.start + e });
    };
    const actionsRange = norm(ctx, part('actions'));
    const actionTexts: Range[] = [];
    let from = actionsRange.start;
    for (let k = actionsRange.start; k <= actionsRange.end; k++) {
      if (k === actionsRange.end || ctx.norm.text[k] === '、') {
        actionTexts.push(original(ctx, { start: from, end: k }));
        from = k + 1;
      }
    }
    if (actionTexts.length !== c.actions.length) {
      ctx.problems.push(
        `${at}.actions: the line has ${actionTexts.length} actions, the curation ${c.actions.length}`,
      );
      return;
    }
    const block = ctx.seg.sentences.find((s) => s.start <= n.start && s.end > n.start)?.block;
    const marker = block === undefined ? undefined : ctx.seg.blocks[block]?.marker;
    if (marker?.value === undefined) {
      ctx.problems.push(`${at}: no number stands before its line`);
      return;
    }
    account(ctx, original(ctx, marker), 'value', `programme.pillars[${pillars.length}].number`);
    const text = (r: Range) => ctx.source.slice(r.start, r.end);
    pillars.push({
      id: c.id,
      number: marker.value,
      name: { zh: text(part('name')), en: c.name.en },
      driver: { zh: text(part('driver')), en: c.driver.en },
      aim: { zh: text(part('aim')), en: c.aim.en },
      actions: c.actions.map((a, k) => {
        const r = actionTexts[k] ?? anchor;
        return { id: a.id, text: { zh: text(r), en: a.en }, source: line, span: span(r) };
      }),
      source: line,
    });
  });

  let foundation: Programme['foundation'];
  if (p.foundation) {
    const f = p.foundation;
    const at = `${where}.foundation`;
    const r = locate(ctx, at, f);
    const fSource = r && provenance(ctx, at, r);
    if (r && fSource) {
      chapterOf(ctx, at, chapters, f.chapter, fSource);
      const commitments = f.commitments.flatMap((c, i) => {
        const w = `${at}.commitments[${i}] (${c.id})`;
        const cr = locate(ctx, w, c);
        const cs = cr && provenance(ctx, w, cr);
        if (!cr || !cs) return [];
        chapterOf(ctx, w, chapters, f.chapter, cs);
        const lines = cs.quote.split(/[ \t]*\n\s*/);
        if (lines.length !== 2) {
          ctx.problems.push(
            `${w}: expected a title line and a detail line, got ${lines.length} lines`,
          );
          return [];
        }
        return [
          {
            id: c.id,
            title: { zh: lines[0] ?? '', en: c.title.en },
            detail: { zh: lines[1] ?? '', en: c.detail.en },
            source: cs,
          },
        ];
      });
      foundation = {
        title: { zh: corrected(ctx, r), en: f.title.en },
        chapter: f.chapter,
        commitments,
        source: fSource,
      };
    }
  }

  return {
    id: p.id,
    title: { zh: corrected(ctx, titleAt), en: p.title.en },
    chapter: p.chapter,
    roof: { text: { zh: corrected(ctx, roofAt), en: p.roof.en }, source: roofSource },
    pillars,
    ...(foundation ? { foundation } : {}),
    source,
  };
}

type WhenIn = {
  date: string;
  precision: 'year' | 'month' | 'day';
  at?: string | undefined;
  basis?: { zh: string; en: string } | undefined;
};

function buildWhen(
  ctx: Ctx,
  where: Where,
  path: string,
  w: WhenIn,
  sentence: Range,
): ReportEvent['when'] | undefined {
  const parts = w.date.split('-').map(Number);
  const need = { year: 1, month: 2, day: 3 }[w.precision];
  if (parts.length !== need) {
    ctx.problems.push(`${where}.when: ${w.date} does not have ${w.precision} precision`);
    return undefined;
  }
  let stated = 0;
  let words: Range | undefined;
  if (w.at !== undefined) {
    words = findIn(ctx, `${where}.when.at`, w.at, sentence);
    if (!words) return undefined;
    const d = readDate(ctx.norm.text, norm(ctx, words).start, norm(ctx, words).end);
    if (!d || !exact(d, norm(ctx, words))) {
      ctx.problems.push(`${where}.when.at: ${show(w.at)} does not read as a date`);
      return undefined;
    }
    const given = [d.year, d.month, d.day];
    for (const [k, value] of given.entries()) {
      if (value === undefined) continue;
      if (value !== parts[k]) {
        ctx.problems.push(
          `${where}.when: the source says ${show(w.at)}, which does not match ${w.date}`,
        );
        return undefined;
      }
    }
    stated = given.slice(0, need).filter((x) => x !== undefined).length;
    account(ctx, words, 'value', path);
  }
  const inferred = stated < need;
  if (inferred && !w.basis) {
    ctx.problems.push(
      `${where}.when.basis: the source does not state ${w.date} in full; say how it was worked out`,
    );
  }
  return {
    date: w.date,
    precision: w.precision,
    inferred,
    ...(w.basis ? { basis: w.basis } : {}),
    ...(words ? { span: span(words) } : {}),
  };
}

function buildEvents(
  ctx: Ctx,
  curation: Curation,
  chapters: Map<string, ChapterInfo>,
): ReportEvent[] {
  const events: ReportEvent[] = [];
  curation.events.forEach((e, i) => {
    const where = `events[${i}] (${e.id})`;
    const path = `events[${events.length}]`;
    const anchor = locate(ctx, where, e);
    if (!anchor) return;
    const source = provenance(ctx, where, anchor);
    if (!source) return;
    chapterOf(ctx, where, chapters, e.chapter, source);
    const sentence = { start: source.start, end: source.end };
    const when = buildWhen(ctx, where, `${path}.when`, e.when, sentence);
    if (!when) return;
    let detail: ReportEvent['detail'];
    if (e.detail) {
      const r = findIn(ctx, `${where}.detail`, e.detail.at, sentence);
      if (r) detail = { zh: corrected(ctx, r), en: e.detail.en };
    }
    events.push({
      id: e.id,
      when,
      title: { zh: e.title.zh ?? corrected(ctx, anchor), en: e.title.en },
      ...(detail ? { detail } : {}),
      kind: e.kind,
      chapter: e.chapter,
      ...(e.figures ? { figures: e.figures } : {}),
      source,
    });
  });
  return events;
}

/** Every `{ zh }` text of an item found verbatim inside the item's own sentence accounts for the numbers in it. */
function accountTexts(ctx: Ctx, node: unknown, range: Range, path: string): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => accountTexts(ctx, item, range, `${path}[${i}]`));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const own = record.source as Provenance | undefined;
  const here = own && typeof own.start === 'number' ? { start: own.start, end: own.end } : range;
  if (typeof record.zh === 'string') {
    for (const at of occurrences(ctx.source, record.zh, here.start, here.end)) {
      account(ctx, { start: at, end: at + record.zh.length }, 'text', `${path}.zh`);
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'source') continue;
    accountTexts(ctx, value, here, path ? `${path}.${key}` : key);
  }
}

function accountNumbers(ctx: Ctx, curation: Curation, dataset: Dataset): NumberAccount[] {
  accountTexts(ctx, dataset, { start: 0, end: ctx.source.length }, '');
  const tokens = findNumbers(ctx.norm.text).map((t) => {
    const r = original(ctx, t);
    return { ...r, text: ctx.source.slice(r.start, r.end) };
  });
  const result: NumberAccount[] = tokens.map((t) => {
    const inside = (a: { start: number; end: number }) => t.start >= a.start && t.end <= a.end;
    const value = ctx.accounts.find((a) => a.how === 'value' && inside(a));
    const text = ctx.accounts.find((a) => a.how === 'text' && inside(a));
    const by = value ?? text;
    return by ? { ...t, how: by.how, by: by.by } : { ...t, how: 'unaccounted' as const, by: '' };
  });
  curation.numbers.forEach((entry, i) => {
    const where = `numbers[${i}]`;
    const r = locate(ctx, where, entry);
    if (!r) return;
    let used = 0;
    result.forEach((t, k) => {
      if (t.start >= r.start && t.end <= r.end && t.how === 'unaccounted') {
        result[k] = { ...t, how: 'ignored', by: entry.reason };
        used++;
      }
    });
    if (used === 0) {
      ctx.problems.push(
        `${where}: ${show(entry.at)} holds no number that is not already accounted for; remove the entry`,
      );
    }
  });
  for (const t of result) {
    if (t.how !== 'unaccounted') continue;
    const context = ctx.source.slice(Math.max(0, t.start - 12), t.end + 12).replace(/\s+/g, ' ');
    ctx.problems.push(
      `number ${show(t.text)} at ${t.start} is not accounted for: …${context}… (carry it in the dataset, or add it to "numbers" with a reason)`,
    );
  }
  return result;
}

/** Builds the dataset from the report text and its curation. Throws a BuildError naming every problem. */
export function buildDataset(
  source: string,
  curation: Curation,
  options: BuildOptions = {},
): BuildResult {
  const simplified = curation.dataset.language === 'zh-Hant' ? toSimplified : undefined;
  const normalized = normalizeText(source, { toSimplified: simplified });
  const ctx: Ctx = {
    source,
    norm: normalized,
    seg: segment(normalized.text, { joins: 'none' }),
    problems: [],
    accounts: [],
    joinedBreaks: [],
    reads: [],
  };

  // Corrections: breaks inside sentences, and words that read differently in derived texts.
  const joins: number[] = [];
  (curation.corrections ?? []).forEach((c, i) => {
    const where = `corrections[${i}]`;
    const r = locate(ctx, where, c);
    if (!r) return;
    if (c.join) {
      const br = ctx.source.indexOf('\n', r.start);
      if (br < 0 || br >= r.end)
        ctx.problems.push(`${where}: ${show(c.at)} holds no line break to join`);
      else {
        joins.push(fromOriginalRange(ctx.norm, br, br + 1).start);
        ctx.joinedBreaks.push(br);
      }
    }
    if (c.reads !== undefined) ctx.reads.push({ start: r.start, end: r.end, reads: c.reads });
    if (!c.join && c.reads === undefined)
      ctx.problems.push(`${where}: says neither "join" nor "reads"`);
  });
  ctx.seg = segment(normalized.text, { joins });
  for (const j of joins) {
    if (!ctx.seg.joins.some((k) => k === j)) {
      ctx.problems.push(`a join correction at ${j} does not join two paragraphs`);
    }
  }

  const meta = curation.dataset;
  const titleAt = locate(ctx, 'dataset.title', meta.title);
  const subtitleAt = meta.subtitle && locate(ctx, 'dataset.subtitle', meta.subtitle);
  const bodyAt = meta.body && locate(ctx, 'dataset.body', meta.body);
  let when: Dataset['when'];
  if (meta.when) {
    const at = locate(ctx, 'dataset.when', meta.when);
    if (at) when = buildWhen(ctx, 'dataset', 'when', { ...meta.when, at: meta.when.at }, at);
  }
  for (const r of [titleAt, subtitleAt, bodyAt]) account(ctx, r, 'text', 'dataset');

  const chapters = buildChapters(ctx, curation);
  const figures = buildFigures(ctx, curation, chapters);
  const targets = buildTargets(ctx, curation, chapters);
  const programme = buildProgramme(ctx, curation, chapters);
  const events = buildEvents(ctx, curation, chapters);

  if (!titleAt) throw new BuildError(ctx.problems);
  const dataset: Dataset = {
    $schema: options.schemaRef ?? './report-story.schema.json',
    schemaVersion: SCHEMA_VERSION,
    id: meta.id,
    title: { zh: corrected(ctx, titleAt), en: meta.title.en },
    ...(meta.subtitle && subtitleAt
      ? { subtitle: { zh: meta.subtitle.zh ?? corrected(ctx, subtitleAt), en: meta.subtitle.en } }
      : {}),
    region: meta.region,
    ...(meta.body && bodyAt ? { body: { zh: corrected(ctx, bodyAt), en: meta.body.en } } : {}),
    ...(when ? { when } : {}),
    language: meta.language,
    source: {
      file: curation.sourceFile,
      length: source.length,
      sha256: createHash('sha256').update(source, 'utf8').digest('hex'),
      ...(meta.url ? { url: meta.url } : {}),
    },
    chapters: [...chapters.values()].map((c) => c.chapter),
    figures,
    targets,
    ...(programme ? { programme } : {}),
    events,
  };

  const numbers = accountNumbers(ctx, curation, dataset);
  const checked = validateDataset(JSON.parse(JSON.stringify(dataset)));
  if (!checked.ok)
    ctx.problems.push(`the built dataset does not validate:\n${describeIssues(checked.issues)}`);
  if (ctx.problems.length) throw new BuildError(ctx.problems);
  return { dataset, json: `${JSON.stringify(dataset, null, 2)}\n`, numbers };
}

/** The schema the dataset is checked against (re-exported for the CLI's JSON Schema). */
export { DatasetSchema };
