/** Registers every report-story element. */
import '../components/data/define.js';
import '../components/counter/define.js';

export * from './index.js';
