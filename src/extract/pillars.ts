/**
 * The words of a programme's pillar, on normalised text: a line such as
 * 以科技创新为动力，推动产业提档（推动园区经济更富质效、推动地标产业更具规模、推动科技创新更强引领）
 * reads as its driver (以…为动力), its aim (推动产业提档), the pillar's name (产业提档) and its
 * actions (the items between the brackets, split at 、). Ranges are normalised offsets.
 */
import type { Range } from '../data/schema.js';

export interface PillarLine extends Range {
  readonly driver: Range;
  readonly aim: Range;
  readonly name: Range;
  readonly actions: readonly Range[];
}

/** 以科技创新为动力，推动产业提档（推动园区经济更富质效、推动地标产业更具规模、…） */
const PILLAR = /^(?<driver>以.+?为[^,]{1,4}?),(?<aim>推动(?<name>[^(]+?))\((?<actions>.+)\)$/d;

/** Splits `text[r.start, r.end)` at each 、 into ranges. */
export function splitEnumeration(text: string, r: Range): Range[] {
  const out: Range[] = [];
  let from = r.start;
  for (let k = r.start; k <= r.end; k++) {
    if (k === r.end || text[k] === '、') {
      out.push({ start: from, end: k });
      from = k + 1;
    }
  }
  return out;
}

/** Reads `text[from, to)` as a whole pillar line, or `undefined` when it is not one. */
export function readPillarLine(text: string, from: number, to: number): PillarLine | undefined {
  const m = PILLAR.exec(text.slice(from, to));
  const idx = m?.indices?.groups;
  if (!m?.groups || !idx) return undefined;
  const part = (name: 'driver' | 'aim' | 'name' | 'actions'): Range => {
    const [s, e] = idx[name] ?? [0, 0];
    return { start: from + s, end: from + e };
  };
  return {
    start: from,
    end: to,
    driver: part('driver'),
    aim: part('aim'),
    name: part('name'),
    actions: splitEnumeration(text, part('actions')),
  };
}
