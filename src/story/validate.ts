/**
 * Validates an unknown value as a story file: its shape, ids unique among the steps, and — given
 * the dataset — that every id the story names exists there. Problems carry the path of the value:
 * `steps[2].graphic.attributes.metric: no figure has the id "gdp-2018"`.
 */
import type { Dataset } from '../data/schema.js';
import { describeIssues, validateObject, type DatasetIssue } from '../data/validate.js';
import { findItem, referenceCollection, referencedIds } from './references.js';
import { StorySchema, type GraphicSpec, type Story } from './schema.js';

export type StoryValidation =
  | { readonly ok: true; readonly story: Story }
  | { readonly ok: false; readonly issues: readonly DatasetIssue[] };

/** Step ids used twice, each named at its second use. */
function duplicateIds(story: Story): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const seen = new Map<string, number>();
  story.steps.forEach((step, i) => {
    const first = seen.get(step.id);
    if (first === undefined) seen.set(step.id, i);
    else
      issues.push({
        path: `steps[${i}].id`,
        message: `duplicate id "${step.id}" (first used by steps[${first}])`,
      });
  });
  return issues;
}

export function validateStory(input: unknown): StoryValidation {
  const result = validateObject(StorySchema, input, 'story', duplicateIds);
  return result.ok ? { ok: true, story: result.value } : result;
}

/** Thrown for a story file that does not validate; the message lists the problems with their paths. */
export class StoryError extends Error {
  override name = 'StoryError';
  constructor(
    message: string,
    readonly issues: readonly DatasetIssue[] = [],
  ) {
    super(message);
  }
}

/**
 * Validates parsed JSON (or an object from code) as a story.
 * @throws StoryError naming every problem and its path
 */
export function parseStory(input: unknown, where = 'story'): Story {
  const result = validateStory(input);
  if (result.ok) return result.story;
  throw new StoryError(
    `${where} is not a valid story:\n${describeIssues(result.issues)}`,
    result.issues,
  );
}

/** The graphics of a step as a list. */
export function graphicsOf(
  graphic: GraphicSpec | readonly GraphicSpec[] | undefined,
): readonly GraphicSpec[] {
  if (!graphic) return [];
  return 'element' in graphic ? [graphic] : graphic;
}

/**
 * Every id the story names that its dataset lacks: graphic attributes that name dataset items
 * (`metric`, `goal`, `highlight`), the ids in the steps' lists, and the steps' `cite` lists.
 */
export function checkStoryReferences(story: Story, dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  story.steps.forEach((step, i) => {
    const list = step.graphic !== undefined && !('element' in step.graphic);
    graphicsOf(step.graphic).forEach((graphic, j) => {
      const at = list ? `steps[${i}].graphic[${j}]` : `steps[${i}].graphic`;
      for (const [name, value] of Object.entries(graphic.attributes ?? {})) {
        const collection = referenceCollection(name);
        if (!collection || typeof value !== 'string') continue;
        for (const id of referencedIds(name, value)) {
          if (dataset[collection].some((item) => item.id === id)) continue;
          issues.push({
            path: `${at}.attributes.${name}`,
            message: `no ${collection.replace(/s$/, '')} in dataset "${dataset.id}" has the id "${id}"`,
          });
        }
      }
    });
    step.list?.forEach((entry, j) => {
      if (typeof entry === 'string' && !findItem(dataset, entry)) {
        issues.push({
          path: `steps[${i}].list[${j}]`,
          message: `nothing in dataset "${dataset.id}" has the id "${entry}"`,
        });
      }
    });
    step.cite?.forEach((id, j) => {
      if (!findItem(dataset, id)) {
        issues.push({
          path: `steps[${i}].cite[${j}]`,
          message: `nothing in dataset "${dataset.id}" has the id "${id}"`,
        });
      }
    });
  });
  return issues;
}
