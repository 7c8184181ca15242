/**
 * Which layout a timeline's width allows: vertical by default; year columns, or one column per
 * event led to its mark on the axis, where the container is wide enough for its count. Container
 * queries cannot read a count, so the element carries bucket classes (`fitClass`, `yearsClass`)
 * and the styles hold one query per bucket (`LAYOUTS`). The sizes here are shared by the styles
 * and the element's geometry.
 */
import { VISUALLY_HIDDEN } from '../tokens.js';

/** Gap between event cards in the horizontal layout, in percent of the width. */
export const COLUMN_GAP = 1.5;
/** Height of one row of markers on the axis, in em. */
export const LANE_HEIGHT = 1.25;
/** Height of the leader lines between the markers and the cards, in em. */
export const LEADER_HEIGHT = 2.5;

/** Counts up to `max` fit a container at least `minWidth` em wide. */
interface Bucket {
  readonly max: number;
  readonly minWidth: number;
}

/** The class of the smallest bucket `count` fits in (`<prefix>-<max>`), else `<prefix>-none`. */
function bucketClass(prefix: string, buckets: readonly Bucket[], count: number): string {
  const bucket = buckets.find((b) => count <= b.max);
  return bucket ? `${prefix}-${bucket.max}` : `${prefix}-none`;
}

/** One container query per bucket, applying `rules` scoped to the bucket's class. */
function bucketQueries(
  prefix: string,
  buckets: readonly Bucket[],
  rules: (scope: string) => string,
): string[] {
  return buckets.map(
    (b) => `@container timeline (min-width: ${b.minWidth}em) { ${rules(`.${prefix}-${b.max}`)} }`,
  );
}

/**
 * The horizontal layout needs about 11 em per event card. Container queries cannot read a count,
 * so each timeline carries the class of the smallest bucket its events fit in, and each bucket has
 * its own breakpoint. Beyond the last bucket the timeline stays vertical.
 */
const BUCKETS = [
  { max: 3, minWidth: 36 },
  { max: 5, minWidth: 56 },
  { max: 8, minWidth: 88 },
  { max: 10, minWidth: 110 },
] as const satisfies readonly Bucket[];

/** The layout bucket class for a number of events. */
export function fitClass(count: number): string {
  return bucketClass('fit', BUCKETS, count);
}

/**
 * With more events than fit one to a column, the cards stand in year columns under their years
 * on the axis. That needs about 16 em per year (and 40 em at least); beyond six years the
 * timeline stays vertical.
 */
const YEAR_BUCKETS = [
  { max: 2, minWidth: 40 },
  { max: 3, minWidth: 48 },
  { max: 4, minWidth: 64 },
  { max: 5, minWidth: 80 },
  { max: 6, minWidth: 96 },
] as const satisfies readonly Bucket[];

/** The year-columns bucket class for a number of years on the axis. */
export function yearsClass(count: number): string {
  return bucketClass('years', YEAR_BUCKETS, count);
}

/**
 * What both axis layouts share: the axis shown, the year headings left to screen readers, flat
 * cards (the highlight a bar along the top) and no pins.
 */
function axisLayout(scope: string): string {
  return `
  ${scope} .axis { display: block; }
  ${scope} .year-heading { ${VISUALLY_HIDDEN} }
  ${scope} .event { margin: 0; }
  ${scope} .event.highlighted { box-shadow: inset 0 0.25em 0 var(--_hl); }
  ${scope} .pin { display: none; }
  `;
}

/** Year columns: the axis, marks without leaders, each year's cards in a grid under its band. */
function yearColumns(scope: string): string {
  return `${axisLayout(scope)}
  ${scope} .field { display: block; height: calc(var(--lanes) * var(--_lane) + 0.5em); }
  ${scope} .leaders { display: none; }
  ${scope} .groups {
    display: grid;
    grid-template-columns: repeat(var(--years), minmax(0, 1fr));
    align-items: start;
  }
  ${scope} .group { grid-column: var(--col); grid-row: 1; margin: 0; padding-inline: 0.25em; }
  ${scope} .events {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
    gap: 0.5em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  `;
}

/** One column per event, each led to its mark on the axis; scoped to one bucket's class. */
function horizontal(scope: string): string {
  return `${axisLayout(scope)}
  ${scope} .field { display: block; height: calc(var(--lanes) * var(--_lane) + var(--_leader)); }
  ${scope} .leaders { display: block; }
  ${scope} .groups {
    display: grid;
    grid-template-columns: repeat(var(--n), minmax(0, 1fr));
    column-gap: calc(var(--gap) * 1%);
    align-items: stretch;
  }
  ${scope} .group {
    display: grid;
    grid-column: span var(--k);
    grid-row: auto;
    grid-template-columns: subgrid;
    margin: 0;
    padding: 0;
  }
  ${scope} .events {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    gap: normal;
    margin: 0;
    padding: 0;
    border: 0;
  }
  `;
}

/**
 * The container queries that switch a timeline to year columns or to one column per event, by its
 * bucket classes. Year columns first: one column per event wins where both fit.
 */
export const LAYOUTS = [
  ...bucketQueries('years', YEAR_BUCKETS, yearColumns),
  ...bucketQueries('fit', BUCKETS, horizontal),
].join('\n');
