// The report-story elements in JSX: React 19 sets an element's known properties as properties
// (objects included) and listens to `on<event-name>` props as events.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  CountDetail,
  ReportCounter,
  ReportTimeline,
  TimelineToggleDetail,
} from 'report-story';

type ElementProps<T, Events> = DetailedHTMLProps<HTMLAttributes<T>, T> &
  Partial<Omit<T, keyof HTMLElement>> &
  Events;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'report-counter': ElementProps<
        ReportCounter,
        { 'onreport-count-end'?: (event: CustomEvent<CountDetail>) => void }
      >;
      'report-timeline': ElementProps<
        ReportTimeline,
        { 'onreport-event-toggle'?: (event: CustomEvent<TimelineToggleDetail>) => void }
      >;
    }
  }
}
