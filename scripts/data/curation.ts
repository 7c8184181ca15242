/**
 * The curation file: the small, human part of a dataset. It holds ids, English, the report's
 * structure, and WHERE each item is in the report — never the numbers themselves. Every item is
 * located by a quote that must occur verbatim in the source (`at`, optionally `within` a longer
 * quote that makes it unique); values, units, qualifiers, changes, ranks, streaks, dates and the
 * sentence are read from the words by the extractor's readers (`src/extract/phrases.ts`).
 *
 * `npm run data` also writes this schema as JSON Schema (`data/curation/curation.schema.json`) so
 * editors get validation while they edit a curation file.
 */
import * as v from 'valibot';
import {
  ChapterKindSchema,
  MeasureSchema,
  NumericComparatorSchema,
} from '../../src/data/schema.js';
import { QUALIFIER_KEYS } from '../../src/format/qualifiers.js';

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lowercase letters, digits and dashes'),
);
/** A quote that must occur verbatim in the source. */
const Quote = v.pipe(v.string(), v.minLength(1), v.maxLength(4000));
const Words = v.pipe(v.string(), v.minLength(1), v.maxLength(400));
const English = v.pipe(v.string(), v.minLength(1), v.maxLength(400));
const Text = v.strictObject({ zh: Words, en: English });
const LongText = v.strictObject({
  zh: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)),
  en: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)),
});
/** English for words the builder takes verbatim from the source (`zh` defaults to them). */
const EnglishFor = v.strictObject({ zh: v.optional(Words), en: English });

/** Where an item is: `at`, unique in the source or inside the unique `within`. */
const located = {
  at: Quote,
  within: v.optional(Quote),
};

const When = v.strictObject({
  date: v.pipe(
    v.string(),
    v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  ),
  precision: v.picklist(['year', 'month', 'day']),
  /** The words that state the date, or the part of it the source states (4日); inside the item's sentence. */
  at: v.optional(Words),
  /** Required when the words do not state the whole date: how the rest was worked out. */
  basis: v.optional(Text),
});

const Qualifier = v.union([
  v.picklist(QUALIFIER_KEYS),
  /** A qualifier the source says in other words: { key: 'over', word: '迈入' }. */
  v.strictObject({ key: v.picklist(QUALIFIER_KEYS), word: Words }),
]);

/** A figure's and a target's chapter, where it is in it, and its label. */
const placed = {
  chapter: Id,
  ...located,
  label: Text,
};

/** What a figure and a target both end with: the year, and the curator's note. */
const dated = {
  /** Defaults to the year of the chapter (from its title, or its parent's). */
  year: v.optional(v.number()),
  note: v.optional(LongText),
};

export const CurationChapterSchema = v.strictObject({
  id: Id,
  kind: ChapterKindSchema,
  ...located,
  parent: v.optional(Id),
  /** zh defaults to the `at` words. */
  title: EnglishFor,
  /** Where the section starts when that is before its title (a lead paragraph). */
  section: v.optional(Quote),
});

export const CurationFigureSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['quantity', 'rank', 'streak', 'honour']),
  ...placed,
  /** quantity: the value words inside `at` (440亿元, 突破500亿元). */
  value: v.optional(Words),
  /** streak: the words inside the sentence (连续22个月). */
  streak: v.optional(Words),
  /** Qualifiers whose words stand in the sentence (预计 → estimated). */
  qualifiers: v.optional(v.array(Qualifier)),
  /** The change words after the value in the sentence (同比增长6.5%). */
  change: v.optional(Words),
  /** The ranking words in the sentence (增幅全市第二) and their English. */
  rank: v.optional(v.strictObject({ at: Words, en: English, scope: v.optional(English) })),
  /** honour: what was won; zh defaults to the `at` words. */
  honour: v.optional(EnglishFor),
  ...dated,
});

export const CurationTargetSchema = v.strictObject({
  id: Id,
  ...placed,
  /** The words that state the target inside `at`: 6.5%以上, 6%左右, 保持增长, 与经济增长同步. */
  value: Words,
  /** Only where the words do not say it (a 以上 shared by a pair), with a note saying why. */
  comparator: v.optional(NumericComparatorSchema),
  measure: v.optional(MeasureSchema),
  reference: v.optional(Id),
  tolerance: v.optional(v.number()),
  baseline: v.optional(
    v.strictObject({
      figure: Id,
      field: v.picklist(['value', 'change']),
      note: v.optional(Text),
    }),
  ),
  ...dated,
});

export const CurationProgrammeSchema = v.strictObject({
  id: Id,
  chapter: Id,
  /** The programme's name (五提工程), inside its heading. */
  title: v.strictObject({ ...located, en: English }),
  roof: v.strictObject({ ...located, en: English }),
  pillars: v.array(
    v.strictObject({
      id: Id,
      /** The pillar's line: 以…为…，推动…（action、action…）. Driver, aim, name and actions are read from it. */
      ...located,
      name: v.strictObject({ en: English }),
      driver: v.strictObject({ en: English }),
      aim: v.strictObject({ en: English }),
      /** One per action in the line, in order. */
      actions: v.array(v.strictObject({ id: Id, en: English })),
    }),
  ),
  foundation: v.optional(
    v.strictObject({
      chapter: Id,
      ...located,
      title: v.strictObject({ en: English }),
      commitments: v.array(
        v.strictObject({
          id: Id,
          /** The commitment's block: a title line and a detail line. */
          ...located,
          title: v.strictObject({ en: English }),
          detail: v.strictObject({ en: English }),
        }),
      ),
    }),
  ),
});

export const CurationEventSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['meeting', 'milestone', 'opening', 'award', 'campaign', 'plan']),
  chapter: Id,
  ...located,
  /** zh defaults to the `at` words. */
  title: EnglishFor,
  /** Longer words from the same sentence, verbatim. */
  detail: v.optional(v.strictObject({ at: Quote, en: v.pipe(v.string(), v.minLength(1)) })),
  when: When,
  figures: v.optional(v.array(Id)),
});

export const CurationSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** The report, relative to this file. */
  source: v.string(),
  /** The dataset to write, relative to this file. */
  output: v.string(),
  /** `source.file` in the dataset: the report relative to the dataset. */
  sourceFile: v.string(),
  dataset: v.strictObject({
    id: Id,
    title: v.strictObject({ ...located, en: English }),
    subtitle: v.optional(v.strictObject({ ...located, zh: v.optional(Words), en: English })),
    region: Text,
    body: v.optional(v.strictObject({ ...located, en: English })),
    when: v.optional(v.strictObject({ ...When.entries, at: Words, within: v.optional(Quote) })),
    language: v.picklist(['zh-Hans', 'zh-Hant']),
    url: v.optional(v.string()),
  }),
  /** Flaws of the source that the builder must know about; the source itself is never changed. */
  corrections: v.optional(
    v.array(
      v.strictObject({
        ...located,
        /** The paragraph break inside `at` does not end the sentence. */
        join: v.optional(v.literal(true)),
        /** The words as they should read, for derived texts (titles); quotes stay verbatim. */
        reads: v.optional(Words),
        reason: Words,
      }),
    ),
  ),
  chapters: v.array(CurationChapterSchema),
  figures: v.array(CurationFigureSchema),
  targets: v.array(CurationTargetSchema),
  programme: v.optional(CurationProgrammeSchema),
  events: v.array(CurationEventSchema),
  /** Numbers in the source that the dataset does not carry, each with the reason. */
  numbers: v.array(v.strictObject({ ...located, reason: Words })),
});

export type Curation = v.InferOutput<typeof CurationSchema>;
export type CurationFigure = v.InferOutput<typeof CurationFigureSchema>;
export type CurationTarget = v.InferOutput<typeof CurationTargetSchema>;
export type CurationEvent = v.InferOutput<typeof CurationEventSchema>;
export type CurationChapter = v.InferOutput<typeof CurationChapterSchema>;
