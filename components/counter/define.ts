import { defineElement } from '../../src/define.js';
import { ReportCounter, type CountDetail } from './counter.js';

defineElement('report-counter', ReportCounter);

export { ReportCounter };

declare global {
  interface HTMLElementTagNameMap {
    'report-counter': ReportCounter;
  }
  interface HTMLElementEventMap {
    'report-count-start': CustomEvent<CountDetail>;
    'report-count-end': CustomEvent<CountDetail>;
  }
}
