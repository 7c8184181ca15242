// Every export of the package, as TypeScript resolves it (bundler and NodeNext resolution).
// (`report-story.js`, the module embed's loader, is for a page's script tag: it defines the
// elements it finds from chunks beside it; a bundler gets its `observe` and `define`.)
import type { Dataset, Figure, ReportCounter as FromMain } from 'report-story';
import 'report-story/all.js';
import { ReportCounter } from 'report-story/report-counter.js';
import { ReportData } from 'report-story/report-data.js';
import { ReportDeck } from 'report-story/report-deck.js';
import { ReportGauge } from 'report-story/report-gauge.js';
import { ReportPillars } from 'report-story/report-pillars.js';
import { ReportScroller } from 'report-story/report-scroller.js';
import { ReportTimeline } from 'report-story/report-timeline.js';
import 'report-story/report-story.js';
import { formatQuantity, loadDataset } from 'report-story';
import { extractDraft } from 'report-story/extract';

export const classes = [
  ReportCounter,
  ReportData,
  ReportDeck,
  ReportGauge,
  ReportPillars,
  ReportScroller,
  ReportTimeline,
];
export const same: typeof FromMain = ReportCounter;
export const functions = [formatQuantity, loadDataset, extractDraft];
export type Types = [Dataset, Figure];

// The tag map and the event map are typed by each element's module.
export const counter: ReportCounter = document.createElement('report-counter');
counter.addEventListener('report-count-end', (event) => {
  const text: string = event.detail.text;
  return text;
});
