/**
 * report-story: the whole public API, without side effects. Importing this module registers no
 * element; import `report-story/all.js` (every element) or `report-story/report-<name>.js` (one).
 */
export * from './format/format.js';
export * from './format/units.js';
export * from './format/qualifiers.js';
export * from './data/schema.js';
export * from './data/validate.js';
export * from './data/loader.js';
export * from './data/context.js';
export * from './controllers/step-context.js';
export { defineElement } from './define.js';
export { ReportElement } from './element.js';
export { THEMES, type Theme } from './theme.js';
export { ReportData, type DataErrorDetail, type DataLoadDetail } from '../components/data/data.js';
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
