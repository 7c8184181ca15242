/** Registers every report-story element. */
import '../components/data/define.js';
import '../components/counter/define.js';
import '../components/gauge/define.js';
import '../components/timeline/define.js';
import '../components/pillars/define.js';
import '../components/scroller/define.js';
import '../components/deck/define.js';

export * from './index.js';
