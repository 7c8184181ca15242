/**
 * The context `<report-data>` provides to the elements inside it (the `@lit/context` community
 * protocol). The key is a string, not a symbol, so elements from two copies of the library on one
 * page still find each other's provider.
 */
import { createContext } from '@lit/context';
import type { Dataset } from './schema.js';

/** Where a dataset is on its way from a URL (or a property) to the elements. */
export type DatasetState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly src: string }
  | { readonly status: 'ready'; readonly dataset: Dataset; readonly src?: string | undefined }
  | { readonly status: 'error'; readonly error: Error; readonly src?: string | undefined };

export const IDLE: DatasetState = { status: 'idle' };

export const datasetContext = createContext<DatasetState>('report-story/dataset');
