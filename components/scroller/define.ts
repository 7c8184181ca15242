import { defineElement } from '../../src/define.js';
import { ReportScroller, type StepEventDetail, type StepProgressDetail } from './scroller.js';

defineElement('report-scroller', ReportScroller);

export { ReportScroller };

declare global {
  interface HTMLElementTagNameMap {
    'report-scroller': ReportScroller;
  }
  interface HTMLElementEventMap {
    'report-step-enter': CustomEvent<StepEventDetail>;
    'report-step-exit': CustomEvent<StepEventDetail>;
    'report-step-progress': CustomEvent<StepProgressDetail>;
  }
}
