import { defineElement } from '../../src/define.js';
import { ReportPillars, type PillarSelectDetail } from './pillars.js';

defineElement('report-pillars', ReportPillars);

export { ReportPillars };

declare global {
  interface HTMLElementTagNameMap {
    'report-pillars': ReportPillars;
  }
  interface HTMLElementEventMap {
    'report-pillar-select': CustomEvent<PillarSelectDetail>;
  }
}
