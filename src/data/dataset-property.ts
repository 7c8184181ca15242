/**
 * A dataset an element is given by code (its `data` property): validated once per object, so an
 * element that re-renders every animation frame does not re-validate its data every frame.
 */
import type { DatasetState } from './context.js';
import { parseDataset } from './loader.js';

export function datasetProperty(where = 'data property'): (input: unknown) => DatasetState {
  let last: { input: unknown; state: DatasetState } | undefined;
  return (input) => {
    if (last && last.input === input) return last.state;
    let state: DatasetState;
    try {
      state = { status: 'ready', dataset: parseDataset(input, where) };
    } catch (error) {
      state = { status: 'error', error: error instanceof Error ? error : new Error(String(error)) };
    }
    last = { input, state };
    return state;
  };
}
