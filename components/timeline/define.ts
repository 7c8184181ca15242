import { defineElement } from '../../src/define.js';
import { ReportTimeline, type TimelineToggleDetail } from './timeline.js';

defineElement('report-timeline', ReportTimeline);

export { ReportTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'report-timeline': ReportTimeline;
  }
  interface HTMLElementEventMap {
    'report-event-toggle': CustomEvent<TimelineToggleDetail>;
  }
}
