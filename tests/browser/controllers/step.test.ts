/**
 * StepController (with the step context it reads): where the story around the host is, whether the
 * host's own step is the active one, and an update only when the step changes, not its progress.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { StepController } from '../../../src/controllers/step-controller.js';
import { cleanupHosts, connect, makeHost, story } from './host.js';

afterEach(() => {
  cleanupHosts();
});

/** A host with a step controller; records `onChange` calls as `previous → state` indices. */
function stepHost() {
  const changes: string[] = [];
  const { host, controller } = makeHost(
    (host) =>
      new StepController(host, (state, previous) =>
        changes.push(`${previous?.index ?? 'none'} → ${state?.index ?? 'none'}`),
      ),
  );
  return { host, step: controller, changes };
}

describe('StepController', () => {
  it('outside a story: no state, never active, no own step, no entry', async () => {
    const { host, step, changes } = stepHost();
    await connect(host);
    expect(step.state).toBeUndefined();
    expect(step.active).toBe(false);
    expect(step.ownIndex).toBeUndefined();
    expect(step.entryIn('1 2 3')).toBeUndefined();
    expect(changes).toEqual([]);
  });

  it('in a story’s graphic: follows every step, and is active once a step is reached', async () => {
    const s = story(-1);
    const { host, step, changes } = stepHost();
    await connect(host, s);
    expect(step.state?.index).toBe(-1);
    expect(step.active).toBe(false);
    s.set({ index: 0, id: 'opening' });
    expect(step.state).toMatchObject({ index: 0, id: 'opening' });
    expect(step.active).toBe(true);
    s.set({ index: 2 });
    expect(step.active).toBe(true);
    expect(changes).toEqual(['none → -1', '-1 → 0', '0 → 2']);
  });

  it('in a step: knows its own index and is active only while that step is', async () => {
    const s = story(0, 3);
    const { host, step } = stepHost();
    await connect(host, s.children[1]);
    expect(step.ownIndex).toBe(1);
    expect(step.active).toBe(false);
    s.set({ index: 1 });
    expect(step.active).toBe(true);
    s.set({ index: 2 });
    expect(step.active).toBe(false);
  });

  it('updates the host when the step changes, but not when only its progress or direction does', async () => {
    const s = story(1);
    const { host, step, changes } = stepHost();
    await connect(host, s);
    host.requests = 0;
    for (const progress of [0.1, 0.4, 0.9]) s.set({ index: 1, progress });
    s.set({ index: 1, progress: 0.9, direction: 'backward' });
    // The latest progress is there to read, without an update.
    expect(step.state).toMatchObject({ index: 1, progress: 0.9, direction: 'backward' });
    expect(host.requests).toBe(0);
    expect(changes).toEqual(['none → 1']);
    s.set({ index: 1, id: 'renamed' });
    s.set({ index: 1, id: 'renamed', count: 5 });
    s.set({ index: 2, id: 'renamed', count: 5 });
    expect(host.requests).toBe(3);
    expect(changes).toEqual(['none → 1', '1 → 1', '1 → 1', '1 → 2']);
  });

  it('reads its entry for the current step from a per-step list', async () => {
    const s = story(-1);
    const { host, step } = stepHost();
    await connect(host, s);
    const list = '-  2\n3:city';
    // Before the first step: the first entry ("-": nothing).
    expect(step.entryIn(list)).toBeUndefined();
    s.set({ index: 1 });
    expect(step.entryIn(list)).toBe('2');
    s.set({ index: 2 });
    expect(step.entryIn(list)).toBe('3:city');
    // Past the end of the list the last entry holds.
    s.set({ index: 7 });
    expect(step.entryIn(list)).toBe('3:city');
    expect(step.entryIn(null)).toBeUndefined();
    expect(step.entryIn(undefined)).toBeUndefined();
  });

  it('stops following the story when disconnected, and follows the new one when moved', async () => {
    const first = story(0);
    const second = story(3);
    const { host, step, changes } = stepHost();
    await connect(host, first);
    host.remove();
    first.set({ index: 1 });
    expect(step.state?.index).toBe(0);
    await connect(host, second);
    expect(step.state?.index).toBe(3);
    // Moved back into the first story: the second no longer reaches it.
    first.append(host);
    expect(step.state?.index).toBe(1);
    host.requests = 0;
    second.set({ index: 0 });
    first.set({ index: 2 });
    expect(step.state?.index).toBe(2);
    expect(host.requests).toBe(1);
    expect(changes).toEqual(['none → 0', '0 → 3', '3 → 1', '1 → 2']);
  });

  it('keeps its last state, and asks nothing, after its story is gone', async () => {
    const s = story(2);
    const { host, step } = stepHost();
    await connect(host, s);
    host.remove();
    s.remove();
    host.requests = 0;
    s.set({ index: 3 });
    expect(step.state?.index).toBe(2);
    expect(host.requests).toBe(0);
  });
});
