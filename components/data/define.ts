import { defineElement } from '../../src/define.js';
import { ReportData, type DataErrorDetail, type DataLoadDetail } from './data.js';

defineElement('report-data', ReportData);

export { ReportData };

declare global {
  interface HTMLElementTagNameMap {
    'report-data': ReportData;
  }
  interface HTMLElementEventMap {
    'report-data-load': CustomEvent<DataLoadDetail>;
    'report-data-error': CustomEvent<DataErrorDetail>;
  }
}
