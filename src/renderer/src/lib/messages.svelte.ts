/** A message in the status area: what just happened, or what went wrong. */
export interface Toast {
  level: 'info' | 'error';
  text: string;
}

/** The status area's message: one at a time, the newest wins. */
export class Messages {
  #toast = $state<Toast | null>(null);

  /** The message shown, if any. */
  get toast(): Toast | null {
    return this.#toast;
  }

  /** Shows a message. */
  say(text: string, level: Toast['level'] = 'info'): void {
    this.#toast = { level, text };
  }

  /** Shows what failed and why. */
  fail(what: string, err: unknown): void {
    this.#toast = { level: 'error', text: `${what}: ${err instanceof Error ? err.message : String(err)}` };
  }

  /** Clears the message. */
  dismiss(): void {
    this.#toast = null;
  }
}
