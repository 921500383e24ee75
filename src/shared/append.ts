/** Appends `items` to `target` one by one: `push(...items)` overflows the call stack past ~100,000 items. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
