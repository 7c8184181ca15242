// The peer of <report-counter>: CountUp.js, as a page bundles it.
export { CountUp } from 'countup.js';
