/**
 * What the studio's views read of a project, derived once per change of the project: the review
 * items in the list's and the text's order, the numbers marked in the text, the counts, the text's
 * lines, the reviewed dataset and the draft with the figures the editor added.
 */
import type { Project } from './project.js';
import { countReview, inTextOrder, markNumbers, reviewedDataset, reviewItems } from './model.js';
import { textLines } from './views/report-text.js';

/** Derived views of one project, computed once per change of the project. */
export function derive(project: Project) {
  const items = reviewItems(project);
  const numbers = markNumbers(project, items);
  return {
    project,
    items,
    order: inTextOrder(items),
    numbers,
    counts: countReview(items, numbers),
    lines: textLines(project.report.text),
    dataset: reviewedDataset(project),
    draft: {
      ...project.extraction.dataset,
      figures: [...project.extraction.dataset.figures, ...project.added],
    },
  };
}
export type Derived = ReturnType<typeof derive>;
