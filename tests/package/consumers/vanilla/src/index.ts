// A plain page: elements created in code, objects set as properties, events listened to.
import 'report-story/report-data.js';
import 'report-story/report-counter.js';
import 'report-story/report-timeline.js';
import { formatQuantity, type Dataset } from 'report-story';
import data from 'report-story/data/gangzha-2019.json';

const log = document.getElementById('log')!;
const say = (line: string) => log.append(line, '\n');

// A whole dataset given to <report-data> as a property; the counter inside reads it.
const provider = document.createElement('report-data');
provider.data = data as unknown as Dataset;
provider.addEventListener('report-data-load', () => say('data-load'));
const counter = document.createElement('report-counter');
counter.metric = 'gdp-2019';
counter.duration = 300;
counter.addEventListener('report-count-end', (event) => say(`count-end ${event.detail.text}`));
provider.append(counter);

// Events given to the timeline as a property; a click opens one.
const timeline = document.createElement('report-timeline');
timeline.events = (data as unknown as Dataset).events;
timeline.addEventListener('report-event-toggle', (event) =>
  say(`event-toggle ${event.detail.id} ${event.detail.open}`),
);

document.getElementById('app')!.append(provider, timeline);
say(`format ${formatQuantity(440, '亿元', 'zh-CN')}`);
