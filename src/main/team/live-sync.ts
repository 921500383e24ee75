import type { TeamSync } from './team-sync.ts';

/** What live sync tells its owner: colleagues' changes were applied here, or only the sync state moved. */
export type LiveEvent = 'pulled' | 'status';

/** How often live sync polls when it cannot listen (offline, or a pooler that drops LISTEN), and how soon a local change goes. */
export interface LiveOptions {
  pollMs?: number;
  pushDelayMs?: number;
  /** false: poll only (a server behind a transaction pooler, where LISTEN does not work). */
  listen?: boolean;
}

/**
 * Keeps a library in step with its desk while it is open: LISTEN on the desk's channel prompts a sync as
 * soon as someone pushes, a change made here is pushed a moment later, and a poll is the fallback (and
 * reconnects after the network or the server comes back). Syncs never overlap; requests made during one
 * are served by one more sync right after it.
 */
export class LiveSync {
  readonly #team: TeamSync;
  readonly #onEvent: (event: LiveEvent) => void;
  readonly #pollMs: number;
  readonly #pushDelayMs: number;
  readonly #useListen: boolean;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #poll: ReturnType<typeof setInterval> | null = null;
  #running = false;
  #again = false;
  #stopped = false;
  #unlisten: (() => Promise<void>) | null = null;
  #listening = false;
  #offLocal: (() => void) | null = null;

  constructor(team: TeamSync, onEvent: (event: LiveEvent) => void, options: LiveOptions = {}) {
    this.#team = team;
    this.#onEvent = onEvent;
    this.#pollMs = options.pollMs ?? 30_000;
    this.#pushDelayMs = options.pushDelayMs ?? 100;
    this.#useListen = options.listen ?? true;
  }

  /** Starts listening, polling and pushing local changes; syncs once at once. */
  start(): void {
    this.#offLocal = this.#team.onLocalChange(() => this.#schedule(this.#pushDelayMs));
    this.#poll = setInterval(() => this.#schedule(0), this.#pollMs);
    this.#schedule(0);
  }

  /** Stops everything and closes the listening connection. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#offLocal?.();
    if (this.#poll) clearInterval(this.#poll);
    if (this.#timer) clearTimeout(this.#timer);
    await this.#unlisten?.();
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#run();
    }, delay);
  }

  async #run(): Promise<void> {
    this.#running = true;
    try {
      if (!this.#team.state.data.settings) return;
      if (this.#useListen && !this.#listening) await this.#listen();
      const report = await this.#team.sync();
      this.#onEvent(report.pulled > 0 || report.newConflicts > 0 ? 'pulled' : 'status');
    } catch {
      // Offline or refused: the status says why; the poll tries again.
      this.#onEvent('status');
    } finally {
      this.#running = false;
      if (this.#again && !this.#stopped) {
        this.#again = false;
        this.#schedule(0);
      }
    }
  }

  async #listen(): Promise<void> {
    try {
      this.#listening = true;
      this.#unlisten = await this.#team.listen(
        (seq) => {
          if (seq > this.#team.state.data.lastSeq) this.#schedule(0);
        },
        () => {
          this.#listening = false;
          this.#unlisten = null;
        },
      );
    } catch {
      this.#listening = false;
    }
  }
}
