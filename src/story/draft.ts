/**
 * `draftStory(dataset, options?)`: a story file drafted from any dataset — the report's chapters in
 * its order, its figures as counters beside the sentences they come from, its targets as gauges
 * after the results they compare with, its events on a timeline that follows the chapters, its
 * programme raised pillar by pillar. Pure and deterministic (the same dataset and options give the
 * same JSON, byte for byte); runs in the browser and in Node.
 *
 * Every step cites the dataset items it shows, so the page offers their sentences and the deck's
 * speaker notes quote them. The Chinese text of a step is the report's own sentence, shortened at a
 * clause where it is long; English appears only where the dataset has it (see `englishGaps`).
 */
import type { Dataset, LongText } from '../data/schema.js';
import { describeIssues, validateDataset } from '../data/validate.js';
import { formatWhen, pickText, type ReportLocale } from '../format/format.js';
import {
  LABEL,
  LOCALES,
  LONG,
  afterBaselines,
  both,
  sharedGraphics,
  stepIds,
  trim,
  words,
} from './draft-blocks.js';
import { englishGaps, withoutEnglish } from './draft-english.js';
import { DraftStoryError, normalizeDraftOptions, type DraftStoryOptions } from './draft-options.js';
import { outline } from './draft-outline.js';
import { Drafter } from './draft-sections.js';
import { clampText } from './draft-text.js';
import type { PartCounts } from './draft-words.js';
import { STORY_SCHEMA_VERSION, type Story, type StoryStep } from './schema.js';
import { checkStoryReferences, validateStory } from './validate.js';

export {
  DraftStoryError,
  DRAFT_LANGUAGES,
  DRAFT_PARTS,
  type DraftLanguages,
  type DraftPart,
  type DraftStoryOptions,
} from './draft-options.js';

/** The byline in one language, with the report's address when it fits. */
function byline(dataset: Dataset, locale: ReportLocale): { text: string; urlFits: boolean } {
  const w = words(locale);
  const facts = {
    file: dataset.source.file,
    ...(dataset.when
      ? { date: formatWhen(dataset.when, locale), inferred: dataset.when.inferred }
      : {}),
  };
  const url = dataset.source.url;
  if (url) {
    const text = w.byline({ ...facts, url });
    if (text.length <= LABEL) return { text, urlFits: true };
  }
  return { text: clampText(w.byline(facts), LABEL), urlFits: !url };
}

/**
 * Drafts a story from a dataset.
 * @param dataset a dataset (validated here: a bad one is refused with the paths of its problems)
 * @throws DraftStoryError for a dataset or options that cannot be used
 */
export function draftStory(dataset: unknown, options?: DraftStoryOptions): Story {
  const settings = normalizeDraftOptions(options);
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    throw new DraftStoryError(
      `draftStory: the dataset is not valid:\n${describeIssues(checked.issues)}`,
    );
  }
  const data = checked.dataset;
  const include = {
    figures: settings.include.has('figures'),
    targets: settings.include.has('targets'),
    events: settings.include.has('events'),
    programme: settings.include.has('programme'),
  };
  const parts = outline(data, include);
  const all = new Drafter(data, settings).draft(parts);
  const kept = sharedGraphics(afterBaselines(trim(all, settings.maxSteps)));
  const ids = stepIds(kept);

  const shownFigures = new Set(kept.flatMap((b) => b.figures));
  const totalFigures = new Set(all.flatMap((b) => b.figures));
  const counts: PartCounts = {
    figures: include.figures ? data.figures.length : 0,
    targets: include.targets ? data.targets.length : 0,
    events: include.events ? data.events.length : 0,
    pillars: include.programme && data.programme ? 1 : 0,
  };
  const bylines = LOCALES.map((l) => byline(data, l));
  const about: LongText[] = [both((l) => words(l).aboutDrafted, LONG)];
  if (data.draft) about.push(both((l) => words(l).aboutUnreviewed, LONG));
  if (data.figures.some((f) => f.qualifiers?.length) || data.targets.length) {
    about.push(both((l) => words(l).aboutQualifiers, LONG));
  }
  if (shownFigures.size < totalFigures.size) {
    about.push(both((l) => words(l).aboutTrimmed(shownFigures.size, totalFigures.size), LONG));
  }
  const url = data.source.url;
  if (url && !bylines.every((b) => b.urlFits)) {
    about.push(both((l) => words(l).aboutUrl(url), LONG));
  }

  const steps: StoryStep[] =
    kept.length > 0
      ? kept.map((block, i) => ({ id: ids[i] ?? `step-${i + 1}`, ...block.step }))
      : [
          {
            id: 'report',
            heading: both((l) => words(l).empty),
            body: [both((l) => words(l).emptyBody, LONG)],
          },
        ];
  const who = data.body ?? data.region;
  let story: Story = {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: settings.id ?? data.id,
    kicker: both((l) => words(l).kicker(pickText(who, l))),
    title: both((l) => pickText(data.title, l)),
    subtitle: data.subtitle
      ? both((l) => pickText(data.subtitle, l))
      : both((l) => words(l).dek(counts)),
    byline: { zh: bylines[0]?.text ?? '', en: bylines[1]?.text ?? '' },
    about,
    dataset: settings.dataset ?? `${data.id}.json`,
    steps,
  };

  const gaps = englishGaps(data, story);
  if (settings.lang === 'zh+en' && gaps.length > 0) {
    throw new DraftStoryError(
      `draftStory: options.lang "zh+en" needs English for every text the story shows; dataset "${data.id}" has none at ${gaps
        .slice(0, 8)
        .join(', ')}${gaps.length > 8 ? ` and ${gaps.length - 8} more` : ''}`,
    );
  }
  if (settings.lang === 'zh' || gaps.length > 0) {
    story = withoutEnglish(story);
    if (gaps.length > 0) {
      story = {
        ...story,
        about: [...(story.about ?? []), { zh: words('zh-CN').aboutChineseOnly }],
      };
    }
  }

  // The draft must be a story the renderer and the pages accept: anything else is a bug here.
  const valid = validateStory(story);
  if (!valid.ok) {
    throw new Error(`draftStory made an invalid story:\n${describeIssues(valid.issues)}`);
  }
  const references = checkStoryReferences(valid.story, data);
  if (references.length > 0) {
    throw new Error(`draftStory named missing items:\n${describeIssues(references)}`);
  }
  return story;
}
