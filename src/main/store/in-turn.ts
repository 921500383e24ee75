/**
 * Runs `task` after every task queued before it under the same key, in the order asked; a failed task does
 * not stop the ones after it. The key's entry is dropped once its last task settles.
 */
export function inTurn<T>(queues: Map<string, Promise<unknown>>, key: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(task);
  queues.set(key, run);
  const forget = (): void => {
    if (queues.get(key) === run) queues.delete(key);
  };
  run.then(forget, forget);
  return run;
}
