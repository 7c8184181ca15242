// One element, registered by its own import: a bundler keeps the counter and drops the rest.
import 'report-story/report-counter.js';
import type { Figure } from 'report-story';

// A figure as the dataset types it, set as a property.
const quote = '预计完成地区生产总值440亿元，同比增长6.5%。';
const figure: Figure = {
  id: 'gdp-2019',
  kind: 'quantity',
  label: { zh: '地区生产总值', en: 'GDP' },
  value: 440,
  unit: '亿元',
  qualifiers: ['estimated'],
  year: 2019,
  change: { value: 6.5, unit: '%', basis: 'year-on-year' },
  source: { quote, start: 0, end: quote.length },
};
const counter = document.createElement('report-counter');
counter.figure = figure;
counter.duration = 300;
counter.addEventListener('report-count-end', (event) =>
  document.getElementById('log')!.append(`count-end ${event.detail.text}`),
);
document.getElementById('app')!.append(counter);
