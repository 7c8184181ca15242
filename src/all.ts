/** Registers every report-story element. */
import '../components/data/define.js';
import '../components/scroller/define.js';
import '../components/deck/define.js';

export * from './index.js';
