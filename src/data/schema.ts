/**
 * The dataset schema: one source for the TypeScript types, the runtime validation in the browser
 * loader, and the JSON Schema file editors validate against (`npm run data` writes it to `data/`).
 *
 * Built with valibot: small, tree-shakable, and every issue carries the path of the value it is
 * about, which `describeIssues()` turns into messages such as
 * `targets[3].value: expected a number, got "6.5%"`.
 *
 * Offsets (`start`, `end`) count UTF-16 code units of the source text read as UTF-8, end exclusive:
 * `source.slice(start, end) === quote`.
 */
import * as v from 'valibot';
import { QUALIFIER_KEYS } from '../format/qualifiers.js';
import { UNIT_NAMES } from '../format/units.js';

/** Bumped on any change that an older reader would misread. */
export const SCHEMA_VERSION = 1;

/** Limits that keep a hostile dataset from hogging memory or layout. */
export const LIMITS = {
  label: 400,
  text: 4000,
  quote: 4000,
  items: 2000,
} as const;

const Id = v.pipe(
  v.string(),
  v.maxLength(80),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lowercase letters, digits and dashes'),
);

const Label = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.label));
const LongText = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.text));
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const Finite = v.pipe(v.number(), v.finite());
const Year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200));

/** A label in the report's language, with its English translation. */
export const TextSchema = v.strictObject({
  /** Chinese, as the report writes it. */
  zh: Label,
  /** English; drafts from the extractor may not have it yet. */
  en: v.optional(Label),
});

/** A longer passage (notes, details) in both languages. */
export const LongTextSchema = v.strictObject({
  zh: LongText,
  en: v.optional(LongText),
});

/** A character range in the source text. */
export const RangeSchema = v.pipe(
  v.strictObject({ start: Offset, end: Offset }),
  v.check((r) => r.end > r.start, 'end must be after start'),
);

/** Where an item came from: the exact sentence and its character range in the source. */
export const ProvenanceSchema = v.pipe(
  v.strictObject({
    quote: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.quote)),
    start: Offset,
    end: Offset,
    /**
     * The sentence as a reader should see it, when the quote carries layout artefacts of the
     * source (a paragraph break inside a word, a Markdown line break). Never used for offsets.
     */
    text: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.quote))),
  }),
  v.check((p) => p.end - p.start === p.quote.length, 'end − start must equal the quote length'),
);

export const UnitSchema = v.picklist(UNIT_NAMES);
export const QualifierSchema = v.picklist(QUALIFIER_KEYS);

/** The units of a rate of change: per cent, or percentage points (a change of a rate). */
export const RateChangeUnitSchema = v.picklist(['%', '个百分点']);

/** What a change compares with: the same period last year, the previous month, or a named period. */
export const ChangeBasisSchema = v.picklist(['year-on-year', 'month-on-month', 'period']);

/**
 * A change against a previous period: 同比增长6.5% → `{ value: 6.5, unit: '%', basis: 'year-on-year' }`;
 * an amount changes in its own unit (比上年减少862公顷 → `{ value: -862, unit: '公顷' }`).
 */
export const ChangeSchema = v.strictObject({
  /** Signed: negative for 下降, 减少. */
  value: Finite,
  /** % or 个百分点 for a rate of change; any unit for an amount. */
  unit: UnitSchema,
  basis: ChangeBasisSchema,
  qualifiers: v.optional(v.array(QualifierSchema)),
  span: v.optional(RangeSchema),
});

/** A ranking: 增幅全市第二, 稳居市区第一, 全市领先. */
export const RankSchema = v.strictObject({
  /** 1 for first; absent for "leading" / "near the top". */
  position: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
  /** Among whom: 全市 (the city), 市区 (urban districts), 全省 (the province). */
  scope: TextSchema,
  /** What is ranked: the growth rate (增幅), the increment (增量) or the level itself. */
  measure: v.optional(v.picklist(['growth', 'increment', 'level'])),
  /** 稳居: held steadily. */
  steady: v.optional(v.boolean()),
  /** 唯一: the only one. */
  only: v.optional(v.boolean()),
  /** The phrase as the report says it, and its translation. */
  text: TextSchema,
  span: v.optional(RangeSchema),
});

/**
 * A draft item an editor must check before it is published, and why: the extractor could not read
 * a part of it with confidence (no subject it could name for the label, a value it may have
 * misread …). The studio shows it beside the item; a curated dataset has none.
 */
export const ReviewSchema = v.strictObject({
  /** Which parts to check. */
  fields: v.pipe(
    v.array(v.picklist(['label', 'value', 'unit', 'change', 'rank', 'comparator', 'year'])),
    v.minLength(1),
  ),
  /** What the extractor could not tell, in the editor's words. */
  note: TextSchema,
});

export const FigureKindSchema = v.picklist(['quantity', 'rank', 'streak', 'honour']);

/** One figure of the report: a number with its unit, or an honour without one. */
export const FigureSchema = v.strictObject({
  id: Id,
  kind: FigureKindSchema,
  label: TextSchema,
  chapter: v.optional(Id),
  /** Absent only for honours. */
  value: v.optional(Finite),
  unit: v.optional(UnitSchema),
  qualifiers: v.optional(v.array(QualifierSchema)),
  /** The year the figure describes. */
  year: v.optional(Year),
  change: v.optional(ChangeSchema),
  rank: v.optional(RankSchema),
  /**
   * Present when the number is itself a change (一般公共预算收入增长4.2%, 削减3013吨): which way
   * it went. The value stays as printed (3013, not −3013).
   */
  direction: v.optional(v.picklist(['rise', 'fall'])),
  /** For honours: what was won, in both languages. */
  honour: v.optional(TextSchema),
  note: v.optional(LongTextSchema),
  review: v.optional(ReviewSchema),
  source: ProvenanceSchema,
  /** The figure's own words inside the source (440亿元). */
  span: v.optional(RangeSchema),
});

/** The comparators whose target is a number, and so needs a value and a unit. */
export const NumericComparatorSchema = v.picklist(['at-least', 'at-most', 'about']);

/** How a report states a target: a number (at least, at most, about), keep growing, in step with. */
export const ComparatorSchema = v.picklist([
  ...NumericComparatorSchema.options,
  'keep-growing',
  'in-step-with',
]);

/** What a target's number measures: a growth rate, a share, or a level. */
export const MeasureSchema = v.picklist(['growth', 'share', 'level']);

/** Whether a target stated this way is a number (and so needs a value and a unit). */
export function isNumericComparator(comparator: Comparator): boolean {
  return (NumericComparatorSchema.options as readonly string[]).includes(comparator);
}

/** A planned target: 地区生产总值增长6.5%以上 → at-least 6.5 %. */
export const TargetSchema = v.strictObject({
  id: Id,
  /** The report's own grouping (A, B, C). */
  group: v.optional(v.pipe(v.string(), v.maxLength(8))),
  label: TextSchema,
  chapter: v.optional(Id),
  year: Year,
  /** What the number measures: a growth rate, a share, or a level. */
  measure: MeasureSchema,
  comparator: ComparatorSchema,
  /** Required for at-least, at-most and about. */
  value: v.optional(Finite),
  unit: v.optional(UnitSchema),
  /** Half-width of the "about" band, in the target's unit (default: the formatter's choice). */
  tolerance: v.optional(v.pipe(Finite, v.minValue(0))),
  /** For in-step-with: the target this one keeps pace with. */
  reference: v.optional(Id),
  qualifiers: v.optional(v.array(QualifierSchema)),
  /** The last known figure this target is measured against. */
  baseline: v.optional(
    v.strictObject({
      figure: Id,
      /** Which number of that figure: its value or its change. */
      field: v.picklist(['value', 'change']),
      note: v.optional(TextSchema),
    }),
  ),
  /** A reading during the target year, when one is known. */
  current: v.optional(
    v.strictObject({
      value: Finite,
      asOf: v.pipe(
        v.string(),
        v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
      ),
      source: v.optional(ProvenanceSchema),
    }),
  ),
  note: v.optional(LongTextSchema),
  review: v.optional(ReviewSchema),
  source: ProvenanceSchema,
  span: v.optional(RangeSchema),
});

export const ActionSchema = v.strictObject({
  id: Id,
  text: TextSchema,
  source: ProvenanceSchema,
  /** The action's own words inside the source sentence. */
  span: v.optional(RangeSchema),
});

export const PillarSchema = v.strictObject({
  id: Id,
  number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
  /** 产业提档 */
  name: TextSchema,
  /** 以科技创新为动力 */
  driver: v.optional(TextSchema),
  /** 推动产业提档 */
  aim: v.optional(TextSchema),
  actions: v.pipe(v.array(ActionSchema), v.maxLength(50)),
  source: ProvenanceSchema,
});

export const CommitmentSchema = v.strictObject({
  id: Id,
  /** 始终做到“两个维护” */
  title: TextSchema,
  /** 加强党的全面领导 */
  detail: v.optional(TextSchema),
  source: ProvenanceSchema,
});

/** A programme drawn as a building: roof (the aim), pillars, foundation. */
export const ProgrammeSchema = v.strictObject({
  id: Id,
  /** 五提工程 */
  title: TextSchema,
  chapter: v.optional(Id),
  roof: v.strictObject({ text: TextSchema, source: ProvenanceSchema }),
  pillars: v.pipe(v.array(PillarSchema), v.minLength(1), v.maxLength(20)),
  foundation: v.optional(
    v.strictObject({
      title: TextSchema,
      chapter: v.optional(Id),
      commitments: v.pipe(v.array(CommitmentSchema), v.maxLength(20)),
      source: ProvenanceSchema,
    }),
  ),
  source: ProvenanceSchema,
});

export const DatePrecisionSchema = v.picklist(['year', 'month', 'day']);

/** A date at the precision the report gives it. */
export const WhenSchema = v.pipe(
  v.strictObject({
    /** YYYY, YYYY-MM or YYYY-MM-DD, matching `precision`. */
    date: v.pipe(
      v.string(),
      v.regex(
        /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
        'a date as YYYY, YYYY-MM or YYYY-MM-DD',
      ),
    ),
    precision: DatePrecisionSchema,
    /** True when the report does not state the date and it was worked out from context. */
    inferred: v.boolean(),
    /** How an inferred date was worked out. */
    basis: v.optional(TextSchema),
    /** Where the source states the date, or the part of it that it states (4日). */
    span: v.optional(RangeSchema),
  }),
  v.check(
    (w) => w.date.split('-').length === { year: 1, month: 2, day: 3 }[w.precision],
    'the date must have exactly the stated precision',
  ),
);

export const EventSchema = v.strictObject({
  id: Id,
  when: WhenSchema,
  title: TextSchema,
  detail: v.optional(LongTextSchema),
  kind: v.optional(v.picklist(['meeting', 'milestone', 'opening', 'award', 'campaign', 'plan'])),
  chapter: v.optional(Id),
  /** Figures this event relates to. */
  figures: v.optional(v.array(Id)),
  source: ProvenanceSchema,
});

export const ChapterKindSchema = v.picklist([
  'call',
  'overview',
  'theme',
  'block',
  'outlook',
  'requirements',
  'targets',
  'foundation',
  'programme',
]);

/** A part of the report in its own structure. */
export const ChapterSchema = v.strictObject({
  id: Id,
  kind: ChapterKindSchema,
  title: TextSchema,
  parent: v.optional(Id),
  source: ProvenanceSchema,
  /** The whole section in the source, from its title (or first line) to the next chapter. */
  span: v.optional(RangeSchema),
});

export const ReportSourceSchema = v.strictObject({
  /** The file the offsets refer to. */
  file: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  /** Its length in UTF-16 code units. */
  length: Offset,
  /** SHA-256 of its UTF-8 bytes, lowercase hex. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits')),
  url: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});

export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  schemaVersion: v.literal(SCHEMA_VERSION),
  id: Id,
  /** Marks an extractor draft that nobody has curated yet. */
  draft: v.optional(v.boolean()),
  title: TextSchema,
  subtitle: v.optional(TextSchema),
  /** The place the report is about (港闸区). */
  region: TextSchema,
  /** Who held the meeting or issued the report. */
  body: v.optional(TextSchema),
  /** The report's date. */
  when: v.optional(WhenSchema),
  language: v.picklist(['zh-Hans', 'zh-Hant']),
  source: ReportSourceSchema,
  chapters: v.pipe(v.array(ChapterSchema), v.maxLength(LIMITS.items)),
  figures: v.pipe(v.array(FigureSchema), v.maxLength(LIMITS.items)),
  targets: v.pipe(v.array(TargetSchema), v.maxLength(LIMITS.items)),
  programme: v.optional(ProgrammeSchema),
  events: v.pipe(v.array(EventSchema), v.maxLength(LIMITS.items)),
});

export type Text = v.InferOutput<typeof TextSchema>;
export type LongText = v.InferOutput<typeof LongTextSchema>;
export type Range = v.InferOutput<typeof RangeSchema>;
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;
export type RateChangeUnit = v.InferOutput<typeof RateChangeUnitSchema>;
export type ChangeBasis = v.InferOutput<typeof ChangeBasisSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type Change = v.InferOutput<typeof ChangeSchema>;
export type Rank = v.InferOutput<typeof RankSchema>;
export type FigureKind = v.InferOutput<typeof FigureKindSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Comparator = v.InferOutput<typeof ComparatorSchema>;
export type Target = v.InferOutput<typeof TargetSchema>;
export type Action = v.InferOutput<typeof ActionSchema>;
export type Pillar = v.InferOutput<typeof PillarSchema>;
export type Commitment = v.InferOutput<typeof CommitmentSchema>;
export type Programme = v.InferOutput<typeof ProgrammeSchema>;
export type DatePrecision = v.InferOutput<typeof DatePrecisionSchema>;
export type When = v.InferOutput<typeof WhenSchema>;
export type ReportEvent = v.InferOutput<typeof EventSchema>;
export type ChapterKind = v.InferOutput<typeof ChapterKindSchema>;
export type Chapter = v.InferOutput<typeof ChapterSchema>;
export type ReportSource = v.InferOutput<typeof ReportSourceSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
