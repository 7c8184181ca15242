/**
 * Whether a drafted story can be bilingual: every text of the dataset that the story or its
 * elements show in English must have English. A story is never given English a dataset lacks.
 */
import type { Dataset, Text } from '../data/schema.js';
import { graphicsOf } from './validate.js';
import { stepCitations } from './render.js';
import type { Story } from './schema.js';

/**
 * The paths of the dataset's texts that the story shows and that have no English: the dataset's
 * title, subtitle and region, and — for every item a step names — its labels, honours, ranks, the
 * whole timeline when a step shows it and the whole programme when a step shows the pillars.
 */
export function englishGaps(dataset: Dataset, story: Story): string[] {
  const gaps: string[] = [];
  const check = (text: Text | undefined, path: string) => {
    if (text && !text.en) gaps.push(path);
  };
  check(dataset.title, 'title');
  check(dataset.subtitle, 'subtitle');
  check(dataset.body ?? dataset.region, dataset.body ? 'body' : 'region');

  const ids = new Set(story.steps.flatMap((step) => stepCitations(step)));
  const elements = new Set(
    story.steps.flatMap((step) => graphicsOf(step.graphic).map((g) => g.element)),
  );
  dataset.chapters.forEach((c, i) => {
    if (ids.has(c.id)) check(c.title, `chapters[${i}].title`);
  });
  dataset.figures.forEach((f, i) => {
    if (!ids.has(f.id)) return;
    check(f.label, `figures[${i}].label`);
    check(f.honour, `figures[${i}].honour`);
    if (f.rank && !f.rank.text.en) check(f.rank.scope, `figures[${i}].rank.scope`);
  });
  dataset.targets.forEach((t, i) => {
    if (!ids.has(t.id)) return;
    check(t.label, `targets[${i}].label`);
    const reference = t.reference ? dataset.targets.findIndex((r) => r.id === t.reference) : -1;
    if (reference >= 0) check(dataset.targets[reference]?.label, `targets[${reference}].label`);
    const baseline = t.baseline
      ? dataset.figures.findIndex((f) => f.id === t.baseline?.figure)
      : -1;
    if (baseline >= 0) check(dataset.figures[baseline]?.label, `figures[${baseline}].label`);
  });
  if (elements.has('report-timeline')) {
    dataset.events.forEach((e, i) => check(e.title, `events[${i}].title`));
  } else {
    dataset.events.forEach((e, i) => {
      if (ids.has(e.id)) check(e.title, `events[${i}].title`);
    });
  }
  const programme = dataset.programme;
  if (programme && (elements.has('report-pillars') || ids.has(programme.id))) {
    check(programme.title, 'programme.title');
    check(programme.roof.text, 'programme.roof.text');
    programme.pillars.forEach((p, i) => {
      const at = `programme.pillars[${i}]`;
      check(p.name, `${at}.name`);
      check(p.driver, `${at}.driver`);
      check(p.aim, `${at}.aim`);
      p.actions.forEach((a, j) => check(a.text, `${at}.actions[${j}].text`));
    });
    const foundation = programme.foundation;
    if (foundation) {
      check(foundation.title, 'programme.foundation.title');
      foundation.commitments.forEach((c, j) => {
        check(c.title, `programme.foundation.commitments[${j}].title`);
        check(c.detail, `programme.foundation.commitments[${j}].detail`);
      });
    }
  }
  return gaps;
}

/** The story with every English text removed: what a Chinese-only story is. */
export function withoutEnglish<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => withoutEnglish(v)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'en' && typeof v === 'string') continue;
    out[key] = withoutEnglish(v);
  }
  return out as T;
}
