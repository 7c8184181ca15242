/** Registers every report-story element. */
import '../components/data/define.js';

export * from './index.js';
