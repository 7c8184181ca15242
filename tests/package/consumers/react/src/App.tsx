// A React 19 app: objects as properties, element events as `on<event>` props, state from events.
import { useState } from 'react';
import 'report-story/report-counter.js';
import 'report-story/report-timeline.js';
import type { Dataset } from 'report-story';
import json from 'report-story/data/gangzha-2019.json';

const data = json as unknown as Dataset;
const gdp = data.figures.find((figure) => figure.id === 'gdp-2019');

export function App() {
  const [counted, setCounted] = useState('');
  const [opened, setOpened] = useState('');
  return (
    <main>
      <h1>港闸区 2019</h1>
      <report-counter
        figure={gdp}
        duration={300}
        onreport-count-end={(event) => setCounted(event.detail.text)}
      />
      <report-timeline
        events={data.events}
        onreport-event-toggle={(event) => setOpened(`${event.detail.id} ${event.detail.open}`)}
      />
      <p>
        counted: <output id="counted">{counted}</output>
      </p>
      <p>
        opened: <output id="opened">{opened}</output>
      </p>
    </main>
  );
}
