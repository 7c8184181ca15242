/**
 * The order test files start in: the longest first, whatever their project, so that the two Node
 * workers and the browser projects finish together instead of one long file starting last.
 *
 * Vitest's own order runs projects one after another by name (browser, embed, package, site, …)
 * and only then the longest file of each first. Here durations come from Vitest's cache of the
 * last run; files it has not timed yet (a fresh clone: CI) start first, the slow projects before
 * the quick ones, larger files first within a project.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Projects in the order their unknown files start: slow Node projects first. */
const PROJECT_ORDER = ['package', 'site', 'embed', 'storybook', 'browser', 'unit'];

function projectRank(spec: TestSpecification): number {
  const rank = PROJECT_ORDER.indexOf(spec.project.name);
  return rank === -1 ? PROJECT_ORDER.length : rank;
}

export class LongestFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const key = (spec: TestSpecification) =>
      `${spec.project.name}:${relative(config.root, spec.moduleId)}`;
    const known = (spec: TestSpecification) => cache.getFileTestResults(key(spec));
    const size = (spec: TestSpecification) => cache.getFileStats(key(spec))?.size ?? 0;
    const sorted = [...files].sort((a, b) => {
      const [ra, rb] = [known(a), known(b)];
      if (!ra || !rb) {
        if (ra) return 1;
        if (rb) return -1;
        return projectRank(a) - projectRank(b) || size(b) - size(a);
      }
      if (ra.failed !== rb.failed) return ra.failed ? -1 : 1;
      return rb.duration - ra.duration;
    });
    return Promise.resolve(sorted);
  }
}
