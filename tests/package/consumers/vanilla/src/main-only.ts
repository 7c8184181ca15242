// The main entry: functions and types, and no element registered.
import { formatQuantity } from 'report-story';

document
  .getElementById('log')!
  .append(
    `format ${formatQuantity(45, '亿元', 'en')}; defined ${String(Boolean(customElements.get('report-counter')))}`,
  );
