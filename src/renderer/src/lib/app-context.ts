import { getContext, hasContext, setContext } from 'svelte';
import type { LibrarySearchState } from './library-search.svelte.ts';
import type { ImportProgressState } from './import-progress.svelte.ts';
import type { UiState } from './ui.svelte.ts';
import type { Workbench } from './workbench.svelte.ts';

/** Thrown when a component asks for a context that no parent set: it was mounted outside the app. */
export class MissingContextError extends Error {
  override name = 'MissingContextError';
}

/** A typed context: `set` in the root component, `get` anywhere below it. */
export interface TypedContext<T> {
  set(value: T): T;
  get(): T;
}

/** Defines a typed context whose `get` throws a MissingContextError naming it when no parent set it. */
export function defineContext<T>(name: string): TypedContext<T> {
  const key = Symbol(name);
  return {
    set: (value) => setContext(key, value),
    get: () => {
      if (!hasContext(key)) throw new MissingContextError(`${name} is missing: this component must be placed inside the workbench app.`);
      return getContext<T>(key);
    },
  };
}

/** The workbench's state and actions. */
export const workbenchContext = defineContext<Workbench>('Workbench');
/** Dialogs, focus requests and the article selection. */
export const uiContext = defineContext<UiState>('UiState');
/** The sidebar's library-wide search. */
export const librarySearchContext = defineContext<LibrarySearchState>('LibrarySearchState');
/** How the import running now is going. */
export const importProgressContext = defineContext<ImportProgressState>('ImportProgressState');
