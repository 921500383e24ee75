import { WorkbenchError } from '../../shared/errors.ts';
import type { FactDocument } from '../../shared/model.ts';
import { randomId } from './new-document.ts';

/** How many read articles may wait for the user's answer at once, and for how long. */
const MAX_WAITING = 8;
const WAIT_MS = 30 * 60_000;

/** Articles read but not yet stored, waiting for the user to say "import anyway": kept in memory only. */
export class PendingImports {
  readonly #waiting = new Map<string, { doc: FactDocument; until: number }>();
  readonly #clock: () => number;

  constructor(clock: () => number = Date.now) {
    this.#clock = clock;
  }

  /** Keeps a read document until the user answers; returns the token that names it. */
  hold(doc: FactDocument): string {
    this.#expire();
    // Bounded: a burst of doubtful imports never holds more than a few documents in memory.
    while (this.#waiting.size >= MAX_WAITING) this.#waiting.delete(this.#waiting.keys().next().value!);
    const token = `imp-${randomId(8)}`;
    this.#waiting.set(token, { doc, until: this.#clock() + WAIT_MS });
    return token;
  }

  /** Hands over (and forgets) the document a token names. */
  take(token: string): FactDocument {
    this.#expire();
    const held = this.#waiting.get(token);
    if (!held) throw new WorkbenchError('not-found', 'That import is no longer waiting for an answer; import the article again.');
    this.#waiting.delete(token);
    return held.doc;
  }

  /** Forgets a document the user chose not to import (an unknown token is already forgotten). */
  drop(token: string): void {
    this.#waiting.delete(token);
  }

  #expire(): void {
    const now = this.#clock();
    for (const [token, held] of this.#waiting) if (held.until <= now) this.#waiting.delete(token);
  }
}
