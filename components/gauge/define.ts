import { defineElement } from '../../src/define.js';
import { ReportGauge, type FillDetail } from './gauge.js';

defineElement('report-gauge', ReportGauge);

export { ReportGauge };

declare global {
  interface HTMLElementTagNameMap {
    'report-gauge': ReportGauge;
  }
  interface HTMLElementEventMap {
    'report-fill-start': CustomEvent<FillDetail>;
    'report-fill-end': CustomEvent<FillDetail>;
  }
}
