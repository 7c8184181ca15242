/**
 * The programme drawn as a building — roof, pillars, foundation — and which parts a step shows.
 * Pure: the element derives it in `willUpdate` and the SVG export draws it.
 *
 * Parts are revealed in reading order: the roof, then the pillars one by one in number order,
 * then the foundation. `reveal = n` shows the first n parts; unset shows them all.
 */
import type { Pillar, Programme } from '../data/schema.js';

/** A part of the building, in reveal order. */
export type PartKey = 'roof' | 'foundation' | `pillar:${string}`;

/** Pillars in number order (the dataset may list them in any order). */
export function orderedPillars(programme: Programme): Pillar[] {
  return [...programme.pillars].sort((a, b) => a.number - b.number);
}

/** Every part in the order a step-by-step reveal shows them. */
export function revealOrder(programme: Programme): PartKey[] {
  return [
    'roof',
    ...orderedPillars(programme).map((p): PartKey => `pillar:${p.id}`),
    ...(programme.foundation ? (['foundation'] as const) : []),
  ];
}

/** The result of reading `reveal`: the parts shown, or what is wrong with the value. */
export type RevealResult =
  | { readonly ok: true; readonly shown: ReadonlySet<PartKey>; readonly count: number }
  | { readonly ok: false; readonly message: string };

/**
 * Which parts `reveal` shows. Undefined (and reduced motion, which passes `undefined`) shows
 * every part; a number larger than the part count shows every part too.
 */
export function revealedParts(
  programme: Programme,
  reveal: number | null | undefined,
): RevealResult {
  const order = revealOrder(programme);
  if (reveal === undefined || reveal === null) {
    return { ok: true, shown: new Set(order), count: order.length };
  }
  if (typeof reveal !== 'number' || !Number.isInteger(reveal) || reveal < 0) {
    return {
      ok: false,
      message: `reveal: expected a whole number of parts from 0 to ${order.length}, got ${describe(reveal)}`,
    };
  }
  const count = Math.min(reveal, order.length);
  return { ok: true, shown: new Set(order.slice(0, count)), count };
}

/** The result of reading `active`: the open pillar (or none), or what is wrong with the value. */
export type ActiveResult =
  | { readonly ok: true; readonly pillar: Pillar | undefined }
  | { readonly ok: false; readonly message: string };

/**
 * Finds the pillar `active` names: by id, or by its number (`active="2"`) when no id matches.
 * Empty or `none` opens none.
 */
export function activePillar(programme: Programme, active: string | undefined): ActiveResult {
  const key = active?.trim() ?? '';
  if (!key || key === 'none') return { ok: true, pillar: undefined };
  const pillar =
    programme.pillars.find((p) => p.id === key) ??
    (/^\d+$/.test(key) ? programme.pillars.find((p) => p.number === Number(key)) : undefined);
  if (pillar) return { ok: true, pillar };
  const ids = orderedPillars(programme).map((p) => `${p.number} ${p.id}`);
  return {
    ok: false,
    message: `active: no pillar has the id or number "${key}" (pillars: ${ids.join(', ')})`,
  };
}

/**
 * What the schema cannot say about a programme given on its own: pillar numbers and inner ids
 * must be unique (they name parts of the drawing).
 */
export function programmeIssues(programme: Programme, root = 'programme'): string[] {
  const issues: string[] = [];
  const numbers = new Map<number, number>();
  const ids = new Set<string>();
  programme.pillars.forEach((pillar, i) => {
    const first = numbers.get(pillar.number);
    if (first !== undefined) {
      issues.push(
        `${root}.pillars[${i}].number: pillar number ${pillar.number} is also used by ${root}.pillars[${first}]`,
      );
    } else numbers.set(pillar.number, i);
    [pillar, ...pillar.actions].forEach((item, j) => {
      if (ids.has(item.id)) {
        const path =
          j === 0 ? `${root}.pillars[${i}].id` : `${root}.pillars[${i}].actions[${j - 1}].id`;
        issues.push(`${path}: duplicate id "${item.id}" in the programme`);
      }
      ids.add(item.id);
    });
  });
  programme.foundation?.commitments.forEach((c, i) => {
    if (ids.has(c.id)) {
      issues.push(
        `${root}.foundation.commitments[${i}].id: duplicate id "${c.id}" in the programme`,
      );
    }
    ids.add(c.id);
  });
  return issues;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}
