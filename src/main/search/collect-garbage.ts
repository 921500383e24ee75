import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * Asks V8 for a full garbage collection. Reading a thousand documents to build the search index leaves
 * hundreds of megabytes of parsed JSON behind; V8 would keep the heap grown to that size for the life of the
 * process. Collecting now and then during the build keeps the resident memory near what is really in use.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
