/**
 * report-story: the whole public API, without side effects. Importing this module registers no
 * element; import `report-story/all.js` (every element) or `report-story/report-<name>.js` (one).
 */
import type { Comparator } from './data/schema.js';
import {
  assessTarget,
  type TargetAssessment,
  type TargetInput,
  type TargetStatus,
} from './target/status.js';
import { formatTarget, formatTargetStatus, type TargetLike } from './target/text.js';

export * from './format/format.js';
export * from './format/units.js';
export * from './format/qualifiers.js';
export * from './data/schema.js';
export * from './data/validate.js';
export * from './data/loader.js';
export * from './data/context.js';
export * from './controllers/step-context.js';
export * from './story/schema.js';
export {
  checkStoryReferences,
  parseStory,
  StoryError,
  validateStory,
  type StoryValidation,
} from './story/validate.js';
export * from './story/draft.js';
export { siteFiles, SITE_LANGUAGES, type SiteLanguage, type SiteOptions } from './site/files.js';
export {
  SITE_KIT,
  SITE_KIT_FORMAT,
  SiteError,
  STORY_META,
  type SiteFile,
  type SiteKitManifest,
} from './site/kit.js';
export {
  decodeReport,
  ReportDecodeError,
  type DecodedReport,
  type ReportEncoding,
} from './site/decode.js';
export { defineElement } from './define.js';
export { ReportElement } from './element.js';
export { ReportDataElement } from './data-element.js';
export { THEMES, type Theme } from './theme.js';
export { ReportData, type DataErrorDetail, type DataLoadDetail } from '../components/data/data.js';
export * from './target/text.js';
export * from './target/status.js';
export { escapeXml } from './svg/text.js';
export {
  PlaybackController,
  START_TRIGGERS,
  type StartTrigger,
} from './controllers/playback-controller.js';
export { ReportCounter, type CountDetail } from '../components/counter/counter.js';
export { ReportGauge, type FillDetail } from '../components/gauge/gauge.js';
export { ReportTimeline, type TimelineToggleDetail } from '../components/timeline/timeline.js';
export { ReportPillars, type PillarSelectDetail } from '../components/pillars/pillars.js';
export {
  ReportScroller,
  type StepEventDetail,
  type StepProgressDetail,
} from '../components/scroller/scroller.js';
export {
  ReportDeck,
  type DeckBlankDetail,
  type DeckView,
  type SlideChangeCause,
  type SlideChangeDetail,
} from '../components/deck/deck.js';

// The names of the first release, before targets had one word everywhere.
export {
  /** @deprecated Renamed `assessTarget`. */
  assessTarget as assessGoal,
  /** @deprecated Renamed `formatTarget`. */
  formatTarget as formatGoal,
  /** @deprecated Renamed `formatTargetStatus`. */
  formatTargetStatus as formatGoalStatus,
};
/** @deprecated Renamed `Comparator`. */
export type GoalComparator = Comparator;
/** @deprecated Renamed `TargetStatus`. */
export type GoalStatus = TargetStatus;
/** @deprecated Renamed `TargetInput`. */
export type GoalInput = TargetInput;
/** @deprecated Renamed `TargetAssessment`. */
export type GoalAssessment = TargetAssessment;
/** @deprecated Renamed `TargetLike`. */
export type GoalLike = TargetLike;
