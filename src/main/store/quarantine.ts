import { rename } from 'node:fs/promises';

/** A stamp for file names: sortable, and unique enough for two moves in the same millisecond. */
export function stamp(date: Date): string {
  return `${date.toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(16).slice(2, 6)}`;
}

/** Moves a bad file aside (never deleting or overwriting it); returns where it went. */
export async function moveAside(file: string, now: Date): Promise<string> {
  const aside = `${file}.damaged-${stamp(now)}`;
  await rename(file, aside);
  return aside;
}
