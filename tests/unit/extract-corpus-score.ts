/**
 * The scorer of the extractor against the hand-labelled corpus (`tests/fixtures/reports/`, whose
 * README states the format and the rules this module implements).
 *
 * - An extracted figure (or target) MATCHES a labelled one when its own words (`span`, else its
 *   source sentence) overlap the labelled `text` at its occurrence, and its value and unit are
 *   equal. Units compare in simplified script (the corpus keeps a traditional report's 億元; the
 *   dataset's unit vocabulary is simplified: 亿元).
 * - RECALL counts the labelled items (not `optional`) that some extracted item matches with
 *   everything the label states right: value, unit, the change's value and unit, the role and
 *   sign (a figure whose number is itself a change carries `direction`), the comparator, the rank.
 *   A target's value is compared by its size: the dataset signs a decline target (降低3.8% → −3.8,
 *   as the gauge compares it with a signed change), the label keeps it as printed.
 * - PRECISION counts the extracted items that match a labelled item, over all extracted items;
 *   items that match only `optional` labels are left out of both. Figures without a number (honours
 *   such as 荣获…示范区) are not scored: the corpus labels numbers.
 * - FRAGMENT LABELS: extracted items (honours too) whose label has a digit, starts or ends with
 *   分别, 和, 及, 与, 、 or a comparator word, holds 分别 anywhere (…和化学需氧量分别削减), is
 *   over 20 characters, or is a whole clause (it holds clause punctuation).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Dataset, Figure, Target } from '../../src/data/schema.js';
import { normalizeText } from '../../src/extract/normalize.js';
import { toSimplified } from '../../src/extract/simplify.js';

export interface LabelledFigure {
  readonly text: string;
  readonly occurrence?: number;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly role: 'level' | 'change';
  readonly sign?: 1 | -1;
  readonly change?: { readonly value: number; readonly unit: string };
  readonly rank?: number;
  readonly optional?: boolean;
}

export interface LabelledTarget {
  readonly text: string;
  readonly occurrence?: number;
  readonly label: string;
  readonly comparator: Target['comparator'];
  readonly value?: number;
  readonly unit?: string;
  readonly measure: Target['measure'];
  readonly optional?: boolean;
}

export interface Labelled {
  readonly source: {
    readonly title: string;
    readonly kind: 'work-report' | 'communique' | 'plenary-news';
    readonly script: 'simplified' | 'traditional';
  };
  readonly figures: readonly LabelledFigure[];
  readonly targets: readonly LabelledTarget[];
  readonly notFigures: readonly { readonly text: string; readonly reason: string }[];
}

export interface CorpusReport {
  readonly slug: string;
  readonly text: string;
  readonly labelled: Labelled;
}

/** Every `<slug>.txt` with its `<slug>.json` in `dir`, by slug. */
export function loadCorpus(dir: URL): CorpusReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const slug = f.slice(0, -'.json'.length);
      return {
        slug,
        text: readFileSync(new URL(`${slug}.txt`, dir), 'utf8'),
        labelled: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Labelled,
      };
    });
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The range of a labelled `text` at its occurrence; a fixture error when it is not there. */
export function locateLabel(report: string, text: string, occurrence = 1, slug = ''): Span {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = report.indexOf(text, at + 1);
    if (at < 0) {
      throw new Error(
        `${slug}: ${JSON.stringify(text)} (occurrence ${occurrence}) is not in the text`,
      );
    }
  }
  return { start: at, end: at + text.length };
}

const simplifiedUnit = (unit: string | undefined) =>
  unit === undefined ? undefined : normalizeText(unit, { toSimplified }).text;
const sameNumber = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

type Item =
  | { readonly kind: 'figure'; readonly item: Figure }
  | { readonly kind: 'target'; readonly item: Target };

function wordsOf(x: Item): Span {
  return x.item.span ?? x.item.source;
}

/** Whether an extracted item matches a labelled one: overlapping words, equal value and unit. */
function matches(
  x: Item,
  words: Span,
  l: LabelledFigure | LabelledTarget,
  target: boolean,
): boolean {
  if ((x.kind === 'target') !== target) return false;
  if (!overlaps(wordsOf(x), words)) return false;
  const value = target && x.item.value !== undefined ? Math.abs(x.item.value) : x.item.value;
  const labelled = target && l.value !== undefined ? Math.abs(l.value) : l.value;
  return sameNumber(value, labelled) && simplifiedUnit(x.item.unit) === simplifiedUnit(l.unit);
}

/** What a matching figure states wrong, compared with its label (empty when all is right). */
function figureErrors(f: Figure, l: LabelledFigure): string[] {
  const errors: string[] = [];
  const role = f.direction ? 'change' : 'level';
  if (role !== l.role) errors.push(`role ${role}, labelled ${l.role}`);
  if (l.role === 'change') {
    const sign = f.direction === 'fall' ? -1 : 1;
    if (sign !== (l.sign ?? 1)) errors.push(`sign ${sign}, labelled ${l.sign ?? 1}`);
  }
  if (l.change) {
    const c = f.change;
    if (
      !c ||
      !sameNumber(c.value, l.change.value) ||
      simplifiedUnit(c.unit) !== simplifiedUnit(l.change.unit)
    ) {
      errors.push(
        `change ${c ? `${c.value}${c.unit}` : 'none'}, labelled ${l.change.value}${l.change.unit}`,
      );
    }
  }
  if (l.rank !== undefined) {
    const position = f.rank?.position ?? (f.kind === 'rank' ? f.value : undefined);
    if (position !== l.rank) errors.push(`rank ${position ?? 'none'}, labelled ${l.rank}`);
  }
  return errors;
}

function targetErrors(t: Target, l: LabelledTarget): string[] {
  return t.comparator === l.comparator
    ? []
    : [`comparator ${t.comparator}, labelled ${l.comparator}`];
}

const COMPARATOR_WORDS = [
  '以上',
  '以下',
  '以内',
  '左右',
  '不低于',
  '不高于',
  '不超过',
  '不少于',
  '控制在',
  '保持在',
  '力争',
  '确保',
  '同步',
];
const EDGE_WORDS = ['分别', '和', '及', '与', '、', ...COMPARATOR_WORDS];

/** Why a label is a fragment, or `undefined` when it is a label a reader could print. */
export function fragmentReason(label: string): string | undefined {
  const zh = normalizeText(label, { toSimplified }).text;
  if (/[0-9]/.test(zh)) return 'has a digit';
  const edge = EDGE_WORDS.find((w) => zh.startsWith(w) || zh.endsWith(w));
  if (edge) return `starts or ends with ${edge}`;
  if (zh.includes('分别')) return 'has 分别';
  if (Array.from(zh).length > 20) return 'over 20 characters';
  if (/[,;:。!?，；：]/.test(zh)) return 'a whole clause';
  return undefined;
}

export interface ReportScore {
  readonly slug: string;
  readonly kind: Labelled['source']['kind'];
  readonly script: Labelled['source']['script'];
  /** Labelled items that count for recall, and those found right. */
  readonly labelled: number;
  readonly found: number;
  /** Extracted items that count for precision, and those that match a label. */
  readonly extracted: number;
  readonly correct: number;
  /** All extracted items (honours too), and those with a fragment for a label. */
  readonly items: number;
  readonly fragments: number;
  readonly misses: readonly string[];
  readonly wrong: readonly string[];
  readonly fragmentLabels: readonly string[];
}

function describe(l: LabelledFigure | LabelledTarget): string {
  return `${l.label} ${l.value ?? ''}${l.unit ?? ''} «${l.text}»`;
}

/** Scores one extracted dataset against its labels. */
export function scoreReport(report: CorpusReport, data: Dataset): ReportScore {
  const { slug, text, labelled } = report;
  const items: Item[] = [
    ...data.figures.map((item) => ({ kind: 'figure' as const, item })),
    ...data.targets.map((item) => ({ kind: 'target' as const, item })),
  ];
  const labels = [
    ...labelled.figures.map((l) => ({
      l,
      target: false,
      words: locateLabel(text, l.text, l.occurrence, slug),
    })),
    ...labelled.targets.map((l) => ({
      l,
      target: true,
      words: locateLabel(text, l.text, l.occurrence, slug),
    })),
  ];
  for (const n of labelled.notFigures) locateLabel(text, n.text, 1, slug);

  const misses: string[] = [];
  let found = 0;
  const required = labels.filter((x) => !x.l.optional);
  for (const { l, target, words } of required) {
    const candidates = items.filter((x) => matches(x, words, l, target));
    const errors = candidates.map((x) =>
      x.kind === 'figure'
        ? figureErrors(x.item, l as LabelledFigure)
        : targetErrors(x.item, l as LabelledTarget),
    );
    if (errors.some((e) => e.length === 0)) found++;
    else misses.push(`${describe(l)}${errors[0] ? `: ${errors[0].join('; ')}` : ': not found'}`);
  }

  const wrong: string[] = [];
  let extracted = 0;
  let correct = 0;
  for (const x of items) {
    if (x.item.value === undefined && x.kind === 'figure') continue;
    const hits = labels.filter(({ l, target, words }) => matches(x, words, l, target));
    if (hits.some((h) => !h.l.optional)) {
      extracted++;
      correct++;
    } else if (hits.length === 0) {
      extracted++;
      wrong.push(
        `${x.item.label.zh} ${x.item.value ?? ''}${x.item.unit ?? ''} «${text.slice(wordsOf(x).start, wordsOf(x).end)}»`,
      );
    }
  }

  const fragmentLabels = items.flatMap((x) => {
    const why = fragmentReason(x.item.label.zh);
    return why ? [`${x.item.label.zh} (${why})`] : [];
  });
  return {
    slug,
    kind: labelled.source.kind,
    script: labelled.source.script,
    labelled: required.length,
    found,
    extracted,
    correct,
    items: items.length,
    fragments: fragmentLabels.length,
    misses,
    wrong,
    fragmentLabels,
  };
}

export interface Totals {
  readonly recall: number;
  readonly precision: number;
  readonly fragmentShare: number;
}

/** Recall, precision and fragment share over some reports' scores (1, 1, 0 when there is nothing). */
export function totals(scores: readonly ReportScore[]): Totals {
  const sum = (f: (s: ReportScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number, empty: number) => (b === 0 ? empty : a / b);
  return {
    recall: ratio(
      sum((s) => s.found),
      sum((s) => s.labelled),
      1,
    ),
    precision: ratio(
      sum((s) => s.correct),
      sum((s) => s.extracted),
      1,
    ),
    fragmentShare: ratio(
      sum((s) => s.fragments),
      sum((s) => s.items),
      0,
    ),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

/** One line of the table the corpus test prints. */
export function scoreLine(name: string, scores: readonly ReportScore[]): string {
  const t = totals(scores);
  const sum = (f: (s: ReportScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return `${name.padEnd(34)} recall ${pct(t.recall)} (${sum((s) => s.found)}/${sum((s) => s.labelled)})  precision ${pct(t.precision)} (${sum((s) => s.correct)}/${sum((s) => s.extracted)})  fragments ${pct(t.fragmentShare)} (${sum((s) => s.fragments)}/${sum((s) => s.items)})`;
}
