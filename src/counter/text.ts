/**
 * A counter's texts that both its template and its SVG export write: the number a count has
 * reached, the final value as the events report it, and the change line in its pieces.
 */
import { formatDisplayNumber, withUnit, type ChangeParts } from '../format/format.js';
import type { CounterModel } from './model.js';

/** The number shown at `progress` of the count (0–1), in the final number's unit and decimals. */
export function countText(model: CounterModel, progress: number): string {
  if (progress >= 1) return model.finalNumber;
  if (progress <= 0) return model.startText;
  const reached = model.from + (model.value - model.from) * progress;
  return formatDisplayNumber(reached * model.style.scale, model.style);
}

/** The final value with its unit, as the count events report it: 440亿元, 44 billion yuan. */
export function finalText(model: CounterModel): string {
  return withUnit(model.finalNumber, model.style);
}

const ARROWS = { rise: '▲', fall: '▼', flat: '–' } as const;

/** One piece of the change line; `kind` names its class in the template. */
export interface ChangePiece {
  readonly kind: 'arrow' | 'basis' | 'signed';
  readonly text: string;
}

/** The change line in reading order: ▲ 同比 +6.5% / ▲ +6.5% year on year. */
export function changePieces(change: ChangeParts): ChangePiece[] {
  const basis: ChangePiece[] = change.basis ? [{ kind: 'basis', text: change.basis }] : [];
  return [
    { kind: 'arrow', text: ARROWS[change.direction] },
    ...(change.basisFirst ? basis : []),
    { kind: 'signed', text: change.signed },
    ...(change.basisFirst ? [] : basis),
  ];
}
