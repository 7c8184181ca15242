/**
 * The story file: what a scroll story and its deck show, step by step, as data rather than page
 * code. One schema for the TypeScript types, the validation when a page loads a story, and the JSON
 * Schema editors validate against (`npm run story-files` writes `data/story.schema.json`).
 *
 * A step is text (a heading and paragraphs in Chinese and English), the graphic it shows (one or
 * more report-story elements with their attributes, which name items of the story's dataset), the
 * dataset items it cites, and speaker notes. The same step becomes a scroll step and a slide.
 */
import * as v from 'valibot';
import { LongTextSchema, TextSchema } from '../data/schema.js';

/** Bumped on any change that an older reader would misread. */
export const STORY_SCHEMA_VERSION = 1;

/** The elements a story may show as a graphic, and what each one's attributes mean. */
export const GRAPHIC_ELEMENTS = [
  'report-counter',
  'report-gauge',
  'report-timeline',
  'report-pillars',
] as const;

export type GraphicElement = (typeof GRAPHIC_ELEMENTS)[number];

/** Ids have the dataset's form: lowercase letters, digits and dashes. */
const Id = v.pipe(
  v.string(),
  v.maxLength(80),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lowercase letters, digits and dashes'),
);

/**
 * An element name of the library's form. Names outside `GRAPHIC_ELEMENTS` pass the schema (a newer
 * story may name a newer element) and are shown as a placeholder by the renderer.
 */
const ElementName = v.pipe(
  v.string(),
  v.maxLength(60),
  v.regex(/^report-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an element name such as "report-counter"'),
);

/** Attribute names in kebab-case; `on…` event-handler attributes are refused. */
const AttributeName = v.pipe(
  v.string(),
  v.maxLength(60),
  v.regex(
    /^(?!on)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
    'an attribute name in lowercase kebab-case (not an on… handler)',
  ),
);

/** `true` writes the attribute without a value; `false` leaves it out. */
const AttributeValue = v.union([
  v.pipe(v.string(), v.maxLength(2000)),
  v.pipe(v.number(), v.finite()),
  v.boolean(),
]);

/** One element a step shows: `{ "element": "report-counter", "attributes": { "metric": "gdp-2019" } }`. */
export const GraphicSchema = v.strictObject({
  element: ElementName,
  attributes: v.optional(v.record(AttributeName, AttributeValue)),
});

/** A list entry: the id of a dataset item (shown in the item's own words) or a text. */
const ListEntrySchema = v.union([Id, TextSchema]);

/** A quotation set apart from the body: the words and who said them. */
export const QuoteSchema = v.strictObject({
  text: LongTextSchema,
  /** Who said it: 区委书记 黄卫锋. */
  by: v.optional(TextSchema),
});

/** What a step is in the story's shape: an ordinary step, or the opening of a chapter. */
export const STEP_KINDS = ['text', 'chapter'] as const;

export const StepSchema = v.strictObject({
  /** Unique in the story; the step's element id, so `#id` links to it. */
  id: Id,
  /** `chapter` opens a part of the story (set large; a divider slide in the deck). Default `text`. */
  kind: v.optional(v.picklist(STEP_KINDS)),
  /** A short line above the heading: the chapter, a date, a group. */
  kicker: v.optional(TextSchema),
  heading: v.optional(TextSchema),
  /** A quotation, set apart before the paragraphs. */
  quote: v.optional(QuoteSchema),
  /** Paragraphs. */
  body: v.optional(v.pipe(v.array(LongTextSchema), v.maxLength(30))),
  /**
   * A list after the paragraphs. An entry that is a dataset id shows the item in the dataset's
   * own words (an honour, a chapter's title, a commitment …) and cites its source sentence.
   */
  list: v.optional(v.pipe(v.array(ListEntrySchema), v.minLength(1), v.maxLength(20))),
  /** What the graphic shows during this step: one element, or several side by side. */
  graphic: v.optional(
    v.union([GraphicSchema, v.pipe(v.array(GraphicSchema), v.minLength(1), v.maxLength(8))]),
  ),
  /** Dataset ids (figures, targets, events …) whose source sentences the notes show, beyond those the graphic names. */
  cite: v.optional(v.pipe(v.array(Id), v.maxLength(40))),
  /** Speaker notes. */
  notes: v.optional(LongTextSchema),
});

export const StorySchema = v.strictObject({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  schemaVersion: v.literal(STORY_SCHEMA_VERSION),
  id: Id,
  /** A short line above the title: the section, the occasion. */
  kicker: v.optional(TextSchema),
  title: TextSchema,
  subtitle: v.optional(TextSchema),
  /** Who made the story and from what: 根据……报道整理. */
  byline: v.optional(TextSchema),
  /** Notes on the story for its colophon: how it was made, what to know when reading it. */
  about: v.optional(v.pipe(v.array(LongTextSchema), v.maxLength(12))),
  /** The dataset's URL, relative to the story file. */
  dataset: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  steps: v.pipe(v.array(StepSchema), v.minLength(1), v.maxLength(200)),
});

export type GraphicSpec = v.InferOutput<typeof GraphicSchema>;
export type StoryStep = v.InferOutput<typeof StepSchema>;
export type StepKind = (typeof STEP_KINDS)[number];
export type StoryQuote = v.InferOutput<typeof QuoteSchema>;
export type ListEntry = v.InferOutput<typeof ListEntrySchema>;
export type Story = v.InferOutput<typeof StorySchema>;
