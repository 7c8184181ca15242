/** Registers every report-story element. */
import '../components/data/define.js';
import '../components/counter/define.js';
import '../components/gauge/define.js';

export * from './index.js';
