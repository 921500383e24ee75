import type { PendingImport } from '../../../shared/ipc-contract.ts';

/** Articles read but held back with doubts, waiting for the user's "import anyway" or "don't"; one asked at a time. */
export class ImportQuestions {
  #waiting = $state<PendingImport[]>([]);

  /** The article being asked about now, or null. */
  get current(): PendingImport | null {
    return this.#waiting[0] ?? null;
  }

  /** Queues the articles an import held back. */
  add(pending: readonly PendingImport[]): void {
    this.#waiting = [...this.#waiting, ...pending];
  }

  /** Takes the current question off the queue, returning it. */
  next(): PendingImport | null {
    const [first, ...rest] = this.#waiting;
    this.#waiting = rest;
    return first ?? null;
  }
}
