/**
 * How a scroll story's steps share graphics. A step without a graphic keeps the one before it;
 * consecutive steps that show the same element share one frame, so it stays on screen instead of
 * being drawn again — and when they show it in different states (a timeline highlighting another
 * event, a programme revealing another pillar), the element gets one `steps` entry per story step
 * and changes state in place, animating from one step to the next.
 */
import type { GraphicSpec, Story } from './schema.js';
import { graphicsOf } from './validate.js';

type Attributes = NonNullable<GraphicSpec['attributes']>;
type Value = Attributes[string];

/** An element whose state a story step can set through its `steps` attribute. */
interface SteppedElement {
  /** The attributes a step changes. */
  readonly attributes: readonly string[];
  /** One step's values as a `steps` entry, or undefined when they cannot be written as one. */
  entry(values: Readonly<Record<string, Value | undefined>>): string | undefined;
}

/** A token without spaces (entries are separated by spaces) and, for pillars, without `:`. */
const TOKEN = /^[^\s:]+$/;

/**
 * The elements that take per-step states, and how each writes one step's state (see their
 * `steps` attributes): `<report-timeline>` one `highlight` per step, `-` for none;
 * `<report-pillars>` `reveal` or `reveal:active` per step, `-` for the whole building.
 */
export const STEPPED_ELEMENTS: Readonly<Record<string, SteppedElement>> = {
  'report-timeline': {
    attributes: ['highlight'],
    entry: ({ highlight }) => {
      if (highlight === undefined || highlight === false) return '-';
      const text = String(highlight);
      return /^[^\s]+$/.test(text) && text !== '-' ? text : undefined;
    },
  },
  'report-pillars': {
    attributes: ['reveal', 'active'],
    entry: ({ reveal, active }) => {
      const r = reveal === undefined || reveal === false ? '' : String(reveal);
      const a = active === undefined || active === false ? '' : String(active);
      if (r !== '' && !/^\d+$/.test(r)) return undefined;
      if (a !== '' && !TOKEN.test(a)) return undefined;
      if (r === '' && a === '') return '-';
      return a === '' ? r : `${r}:${a}`;
    },
  },
};

/** Steps that show the same graphic in a row, drawn once for all of them. */
export interface GraphicFrame {
  /** Ids of the steps the frame belongs to. */
  readonly steps: readonly string[];
  /** The elements, with a `steps` attribute where their state changes from step to step. */
  readonly graphics: readonly GraphicSpec[];
}

/** A graphic's attributes without those a step may change, or the whole set when it has none. */
function identity(spec: GraphicSpec): string {
  const stepped = steppedOf(spec);
  const kept = Object.entries(spec.attributes ?? {}).filter(
    ([name]) => !stepped?.attributes.includes(name),
  );
  return JSON.stringify([spec.element, kept.sort(([a], [b]) => (a < b ? -1 : 1))]);
}

/** The element's stepping rules, unless the story writes its `steps` itself. */
function steppedOf(spec: GraphicSpec): SteppedElement | undefined {
  if (spec.attributes && 'steps' in spec.attributes) return undefined;
  return Object.hasOwn(STEPPED_ELEMENTS, spec.element) ? STEPPED_ELEMENTS[spec.element] : undefined;
}

function entryOf(spec: GraphicSpec): string | undefined {
  const stepped = steppedOf(spec);
  if (!stepped) return undefined;
  const values = Object.fromEntries(stepped.attributes.map((a) => [a, spec.attributes?.[a]]));
  return stepped.entry(values);
}

/** Whether one step's graphics can stay on screen for the next step's. */
function continues(before: readonly GraphicSpec[], after: readonly GraphicSpec[]): boolean {
  if (before.length !== after.length) return false;
  return before.every((spec, i) => {
    const next = after[i];
    if (!next || identity(spec) !== identity(next)) return false;
    if (!steppedOf(spec)) return true;
    return entryOf(spec) !== undefined && entryOf(next) !== undefined;
  });
}

interface Member {
  readonly id: string;
  readonly index: number;
  readonly graphics: readonly GraphicSpec[];
}

/**
 * The frame's graphics (members share their elements and differ at most in stepped attributes),
 * each stepped one given its `steps` list: one entry per story step up to the frame's last, the
 * steps before the frame taking its first state.
 */
function frameGraphics(first: Member, members: readonly Member[]): GraphicSpec[] {
  const lastIndex = members.at(-1)?.index ?? first.index;
  return first.graphics.map((spec, i) => {
    const entryAt = (member: Member) => {
      const state = member.graphics[i];
      return state ? entryOf(state) : undefined;
    };
    const stepped = steppedOf(spec);
    if (!stepped || members.every((m) => entryAt(m) === entryOf(spec))) return spec;
    const entries: string[] = [];
    for (let index = 0; index <= lastIndex; index++) {
      const member = members.findLast((m) => m.index <= index) ?? first;
      entries.push(entryAt(member) ?? '-');
    }
    const attributes: Attributes = Object.fromEntries(
      Object.entries(spec.attributes ?? {}).filter(([name]) => !stepped.attributes.includes(name)),
    );
    return { element: spec.element, attributes: { ...attributes, steps: entries.join(' ') } };
  });
}

/**
 * Groups the steps' graphics for a scroll story: a step without a graphic keeps the one before
 * it, and consecutive steps that show the same elements share one frame (so they do not flash);
 * where only their per-step state differs, the frame's element steps through those states.
 */
export function graphicFrames(story: Pick<Story, 'steps'>): GraphicFrame[] {
  const frames: { first: Member; members: Member[] }[] = [];
  story.steps.forEach((step, index) => {
    const graphics = graphicsOf(step.graphic);
    const frame = frames.at(-1);
    const previous = frame?.members.at(-1);
    if (frame && previous && graphics.length === 0) {
      frame.members.push({ id: step.id, index, graphics: previous.graphics });
    } else if (frame && previous && continues(previous.graphics, graphics)) {
      frame.members.push({ id: step.id, index, graphics });
    } else if (graphics.length > 0) {
      const first = { id: step.id, index, graphics };
      frames.push({ first, members: [first] });
    }
  });
  return frames.map(({ first, members }) => ({
    steps: members.map((m) => m.id),
    graphics: frameGraphics(first, members),
  }));
}
