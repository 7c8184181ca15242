// The peer of <report-scroller>: scrollama, as a page bundles it.
export { default as scrollama } from 'scrollama';
