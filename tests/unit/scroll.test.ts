import { describe, expect, it } from 'vitest';
import { activeStep, scrollDeltaToStep, type StepBox } from '../../src/scroll/active-step.js';
import { OffsetError, parseOffset, scrollamaOffset, triggerY } from '../../src/scroll/offset.js';

describe('parseOffset', () => {
  it('reads fractions of the viewport height and pixels from the top', () => {
    expect(parseOffset('0.5')).toEqual({ kind: 'fraction', value: 0.5 });
    expect(parseOffset('.25')).toEqual({ kind: 'fraction', value: 0.25 });
    expect(parseOffset('1')).toEqual({ kind: 'fraction', value: 1 });
    expect(parseOffset(0)).toEqual({ kind: 'fraction', value: 0 });
    expect(parseOffset(' 80px ')).toEqual({ kind: 'pixels', value: 80 });
  });

  it('falls back for a missing or blank value', () => {
    const fallback = { kind: 'pixels', value: 10 } as const;
    expect(parseOffset(undefined, fallback)).toBe(fallback);
    expect(parseOffset(null, fallback)).toBe(fallback);
    expect(parseOffset('  ', fallback)).toBe(fallback);
  });

  it.each(['1.5', '-0.2', '-5px', 'abcpx', '50%', 'half', 'NaN', '1e3', 'px'])(
    'rejects %s with a message naming it (scrollama would throw a ReferenceError)',
    (value) => {
      expect(() => parseOffset(value)).toThrow(OffsetError);
      expect(() => parseOffset(value)).toThrow(`offset ${JSON.stringify(value)} is not usable`);
    },
  );

  it('places the trigger line and hands scrollama its own notation', () => {
    expect(triggerY({ kind: 'fraction', value: 0.25 }, 800)).toBe(200);
    expect(triggerY({ kind: 'pixels', value: 80 }, 800)).toBe(80);
    expect(scrollamaOffset({ kind: 'fraction', value: 0.25 })).toBe(0.25);
    expect(scrollamaOffset({ kind: 'pixels', value: 80 })).toBe('80px');
  });
});

describe('activeStep', () => {
  const box = (top: number, height = 100, trigger = 300): StepBox => ({ top, height, trigger });

  it('is −1 before the first step reaches the trigger line', () => {
    expect(activeStep([box(301), box(500)])).toEqual({ index: -1, progress: 0 });
    expect(activeStep([])).toEqual({ index: -1, progress: 0 });
  });

  it('is the last step whose top has reached the line, with how far the line is through it', () => {
    expect(activeStep([box(100), box(250), box(400)])).toEqual({ index: 1, progress: 0.5 });
    expect(activeStep([box(100), box(300), box(400)])).toEqual({ index: 1, progress: 0 });
  });

  it('keeps the step above active in the gap after it, and the last one below the story', () => {
    expect(activeStep([box(0), box(350)])).toEqual({ index: 0, progress: 1 });
    expect(activeStep([box(-900), box(-500)])).toEqual({ index: 1, progress: 1 });
  });

  it('skips steps that are not rendered, and uses each step’s own trigger line', () => {
    expect(activeStep([box(100), null, box(350)])).toEqual({ index: 0, progress: 1 });
    expect(activeStep([box(100), box(350, 100, 400)])).toEqual({ index: 1, progress: 0.5 });
  });

  it('scrolls a step to the line so that it is then the active one', () => {
    for (const [top, height, trigger] of [
      [900, 200, 300],
      [-400, 200, 300],
      [900, 3000, 300],
      [900, 200, 0],
    ] as const) {
      const delta = scrollDeltaToStep(box(top, height, trigger), 600);
      const after = box(top - delta, height, trigger);
      expect(activeStep([after, box(after.top + height + 1, 100, trigger)]).index).toBe(0);
    }
  });

  it('scrolls to a given progress through a step (a reader’s place after a reload)', () => {
    const delta = scrollDeltaToStep(box(900, 200, 300), 600, 0.25);
    expect(activeStep([box(900 - delta, 200, 300)])).toEqual({ index: 0, progress: 0.25 });
    // Progress 0 still puts the step's top past the line, by a pixel.
    const zero = scrollDeltaToStep(box(900, 200, 300), 600, 0);
    expect(activeStep([box(900 - zero, 200, 300)]).index).toBe(0);
  });
});
