/**
 * Editing a story in the studio: reorder, remove, add, edit a step's heading and paragraphs (zh/en),
 * change its graphic; ids renamed in the review follow into the story, and a story shown or
 * exported with a dataset names only what that dataset has. Pure functions of a {@link Story}.
 */
import type { Dataset, LongText, Text } from '../../src/data/schema.js';
import { findItem, referenceCollection, referencedIds } from '../../src/story/references.js';
import type { GraphicSpec, Story, StoryStep } from '../../src/story/schema.js';
import { graphicsOf } from '../../src/story/validate.js';

/** Moves the step at `from` to `to` (both clamped to the story). */
export function moveStep(story: Story, from: number, to: number): Story {
  const steps = [...story.steps];
  const target = Math.max(0, Math.min(steps.length - 1, to));
  const [step] = steps.splice(from, 1);
  if (!step || from === target) return story;
  steps.splice(target, 0, step);
  return { ...story, steps };
}

/** Removes a step; a story keeps at least one (the format needs one), so the last one stays. */
export function removeStep(story: Story, index: number): Story {
  if (story.steps.length <= 1 || !story.steps[index]) return story;
  return { ...story, steps: story.steps.filter((_, i) => i !== index) };
}

/** An id for a new step, unique in the story. */
export function newStepId(story: Story): string {
  const taken = new Set(story.steps.map((s) => s.id));
  let n = story.steps.length + 1;
  while (taken.has(`step-${n}`)) n++;
  return `step-${n}`;
}

/** Adds a step with a heading after the step at `after` (−1: first). */
export function addStep(story: Story, after: number, heading: Text): Story {
  const steps = [...story.steps];
  const step: StoryStep = { id: newStepId(story), heading };
  steps.splice(Math.max(0, Math.min(steps.length, after + 1)), 0, step);
  return { ...story, steps };
}

/** What an editor changes of a step's words. */
export interface StepWords {
  readonly heading?: Text | undefined;
  /** Paragraphs; an empty list removes them. */
  readonly body?: readonly LongText[] | undefined;
}

const clean = (t: { zh: string; en?: string | undefined }) => {
  const zh = t.zh.trim();
  const en = t.en?.trim();
  return zh ? { zh, ...(en ? { en } : {}) } : undefined;
};

/** Changes a step's heading and paragraphs. A heading or paragraph without Chinese is removed. */
export function editStep(story: Story, index: number, words: StepWords): Story {
  const old = story.steps[index];
  if (!old) return story;
  const { heading: _h, body: _b, ...rest } = old;
  const heading = words.heading === undefined ? old.heading : clean(words.heading);
  const body =
    words.body === undefined
      ? old.body
      : words.body.map(clean).filter((p): p is LongText => p !== undefined);
  const step: StoryStep = {
    ...rest,
    ...(heading ? { heading } : {}),
    ...(body?.length ? { body } : {}),
  };
  return { ...story, steps: story.steps.map((s, i) => (i === index ? step : s)) };
}

/** Gives a step a graphic (or takes it away with `undefined`). */
export function setGraphic(
  story: Story,
  index: number,
  graphic: GraphicSpec | readonly GraphicSpec[] | undefined,
): Story {
  const old = story.steps[index];
  if (!old) return story;
  const { graphic: _g, ...rest } = old;
  const list = graphic && !('element' in graphic) ? [...graphic] : graphic;
  const step: StoryStep =
    list && (!Array.isArray(list) || list.length) ? { ...rest, graphic: list } : rest;
  return { ...story, steps: story.steps.map((s, i) => (i === index ? step : s)) };
}

/** The kinds of graphic the studio offers for a step, and the item each one names. */
export type GraphicChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'keep' }
  | { readonly kind: 'counter'; readonly id: string }
  | { readonly kind: 'gauge'; readonly id: string }
  | { readonly kind: 'timeline'; readonly highlight?: string | undefined }
  | { readonly kind: 'pillars'; readonly reveal?: number | undefined };

/** The graphic a choice makes. `keep` leaves the step's graphic as the draft made it. */
export function graphicOf(choice: GraphicChoice): GraphicSpec | undefined {
  switch (choice.kind) {
    case 'none':
    case 'keep':
      return undefined;
    case 'counter':
      return { element: 'report-counter', attributes: { metric: choice.id } };
    case 'gauge':
      return { element: 'report-gauge', attributes: { goal: choice.id } };
    case 'timeline':
      return {
        element: 'report-timeline',
        ...(choice.highlight ? { attributes: { highlight: choice.highlight } } : {}),
      };
    case 'pillars':
      return {
        element: 'report-pillars',
        ...(choice.reveal !== undefined ? { attributes: { reveal: choice.reveal } } : {}),
      };
  }
}

function renameIn(value: string, name: string, rename: (id: string) => string | undefined): string {
  if (name !== 'highlight') return rename(value) ?? value;
  return value.replace(/[a-z0-9]+(?:-[a-z0-9]+)*/g, (id) => rename(id) ?? id);
}

/** The story with ids renamed (`old → new`) wherever it names dataset items. */
export function renameIds(story: Story, renames: ReadonlyMap<string, string>): Story {
  if (renames.size === 0) return story;
  const rename = (id: string) => renames.get(id);
  const graphic = (g: GraphicSpec): GraphicSpec =>
    g.attributes
      ? {
          ...g,
          attributes: Object.fromEntries(
            Object.entries(g.attributes).map(([name, value]) => [
              name,
              typeof value === 'string' && (referenceCollection(name) || name === 'active')
                ? renameIn(value, name, rename)
                : value,
            ]),
          ),
        }
      : g;
  return {
    ...story,
    steps: story.steps.map((step) => ({
      ...step,
      ...(step.graphic
        ? {
            graphic: 'element' in step.graphic ? graphic(step.graphic) : step.graphic.map(graphic),
          }
        : {}),
      ...(step.list
        ? { list: step.list.map((e) => (typeof e === 'string' ? (rename(e) ?? e) : e)) }
        : {}),
      ...(step.cite ? { cite: step.cite.map((id) => rename(id) ?? id) } : {}),
    })),
  };
}

/** Whether a graphic names only items the dataset has (and has what it draws). */
function graphicFits(g: GraphicSpec, dataset: Dataset): boolean {
  if (g.element === 'report-pillars' && !dataset.programme) return false;
  if (g.element === 'report-timeline' && dataset.events.length === 0) return false;
  for (const [name, value] of Object.entries(g.attributes ?? {})) {
    const collection = referenceCollection(name);
    if (!collection || typeof value !== 'string') continue;
    for (const id of referencedIds(name, value)) {
      if (!dataset[collection].some((item) => item.id === id)) return false;
    }
  }
  return true;
}

/**
 * The story as it can be shown with `dataset`: graphics naming items the review rejected are
 * dropped, and so are list entries and citations of them. What the editor wrote stays.
 */
export function storyForDataset(story: Story, dataset: Dataset): Story {
  const has = (id: string) => findItem(dataset, id) !== undefined;
  return {
    ...story,
    steps: story.steps.map((step) => {
      const { graphic, list, cite, ...rest } = step;
      const graphics = graphicsOf(graphic).filter((g) => graphicFits(g, dataset));
      const entries = list?.filter((e) => typeof e !== 'string' || has(e));
      const cited = cite?.filter(has);
      return {
        ...rest,
        ...(graphics.length === 1
          ? { graphic: graphics[0] }
          : graphics.length
            ? { graphic: graphics }
            : {}),
        ...(entries?.length ? { list: entries } : {}),
        ...(cited?.length ? { cite: cited } : {}),
      };
    }),
  };
}
