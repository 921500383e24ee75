import { getContext, setContext } from 'svelte';
import type { WorkbenchBridge } from '../../../shared/ipc-contract.ts';
import type { EditResult } from '../../../shared/ipc-contract.ts';
import { conflictChoices, describeConflict, openConflictsOf, type ConflictKeep, type TeamConflict } from '../../../shared/team/conflicts.ts';
import type { TeamSettings, TeamStatus } from '../../../shared/team/team-settings.ts';

/** The sync indicator's words for each state. */
function label(s: TeamStatus | null): string {
  if (!s || s.state === 'off') return 'Team: not connected';
  if (s.state === 'offline') return `Team: offline${s.waiting ? ` · ${s.waiting} waiting` : ''}`;
  if (s.state === 'conflicts') return `Team: ${s.conflicts} conflict${s.conflicts === 1 ? '' : 's'}${s.waiting ? ` · ${s.waiting} waiting` : ''}`;
  if (s.state === 'waiting') return `Team: ${s.waiting} waiting`;
  return 'Team: synced';
}

/** What the team state needs of the window: the open document, a way to show a claim, to take in a change, and to say something. */
export interface TeamHost {
  documentId(): string | null;
  reveal(documentId: string, claimId: string): Promise<void>;
  applied(documentId: string, result: EditResult): void;
  say(text: string): void;
  /** The reviewer's name: "mine" in a conflict is the value they gave. */
  reviewer(): string;
}

/** The library's team sync as the window shows it: the indicator, the settings and the conflicts list. */
export class TeamState {
  readonly #api: WorkbenchBridge;
  readonly #host: TeamHost;
  #status = $state<TeamStatus | null>(null);
  #conflicts = $state<TeamConflict[]>([]);
  #panelOpen = $state(false);
  #busy = $state(false);
  #error = $state<string | null>(null);
  #label = $derived(label(this.#status));

  constructor(api: WorkbenchBridge, host: TeamHost) {
    this.#api = api;
    this.#host = host;
  }

  /** How the sync stands (null until first read). */
  get status(): TeamStatus | null {
    return this.#status;
  }
  /** The indicator's text: synced, N waiting, offline, N conflicts. */
  get label(): string {
    return this.#label;
  }
  /** Every conflict known here, open ones first. */
  get conflicts(): TeamConflict[] {
    return this.#conflicts;
  }
  get panelOpen(): boolean {
    return this.#panelOpen;
  }
  get busy(): boolean {
    return this.#busy;
  }
  /** What failed last (a refused login, an unreachable server), in words. */
  get error(): string | null {
    return this.#error;
  }

  /** Opens or closes the team panel. */
  setPanelOpen(open: boolean): void {
    this.#panelOpen = open;
    if (open) void this.refresh();
  }

  /** Reads the status and conflicts again (after a sync, a change, or a pull). */
  async refresh(): Promise<void> {
    try {
      [this.#status, this.#conflicts] = await Promise.all([this.#api.teamStatus(), this.#api.teamConflicts()]);
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }

  /** Connects to the desk's server; false (with the reason in `error`) when refused. */
  async connect(settings: TeamSettings, password: string): Promise<boolean> {
    return this.#run(async () => {
      this.#status = await this.#api.teamConnect(settings, password);
    });
  }

  /** Syncs now. */
  async syncNow(): Promise<boolean> {
    return this.#run(async () => {
      this.#status = (await this.#api.teamSync()).status;
    });
  }

  async #run(task: () => Promise<void>): Promise<boolean> {
    this.#busy = true;
    this.#error = null;
    try {
      await task();
      return true;
    } catch (err) {
      this.#error = (err as Error).message;
      return false;
    } finally {
      this.#busy = false;
      await this.refresh();
    }
  }

  /** Closes the panel and shows the claim a conflict is on. */
  async reveal(conflict: TeamConflict): Promise<void> {
    this.#panelOpen = false;
    await this.#host.reveal(conflict.documentId, conflict.claimId);
  }

  /** The open conflicts of a claim of the open document, each in words. */
  openOn(claimId: string): string[] {
    return this.conflictsOn(claimId).map((c) => describeConflict(c));
  }

  /** The open conflicts of a claim of the open document. */
  conflictsOn(claimId: string): TeamConflict[] {
    const doc = this.#host.documentId();
    return doc ? openConflictsOf(this.#conflicts, doc, claimId) : [];
  }

  /** The two ways to resolve a conflict, "mine" and "theirs" as this reviewer sees them. */
  choices(conflict: TeamConflict): ReturnType<typeof conflictChoices> {
    return conflictChoices(conflict, this.#host.reviewer());
  }

  /** Resolves a conflict by keeping one value; the claim shows it at once, colleagues with the next sync. */
  async resolve(conflict: TeamConflict, keep: ConflictKeep): Promise<void> {
    try {
      const { documentId, result } = await this.#api.teamResolve(conflict.seq, keep);
      this.#host.applied(documentId, result);
      this.#host.say(result.entry?.label ?? 'Conflict resolved.');
    } catch (err) {
      this.#host.say(`Could not resolve the conflict: ${(err as Error).message}`);
    }
    await this.refresh();
  }

  /** The key's way to resolve: the first open conflict of the claim, keeping "mine" or "theirs"; false when it has none. */
  resolveOn(claimId: string, side: 'mine' | 'theirs'): boolean {
    const conflict = this.conflictsOn(claimId)[0];
    if (!conflict) return false;
    const choice = this.choices(conflict).find((c) => c.side === side)!;
    void this.resolve(conflict, choice.keep);
    return true;
  }
}

const KEY = Symbol('team');

/** Makes the team state available to the components below (App sets it). */
export function setTeamContext(team: TeamState): void {
  setContext(KEY, team);
}

/** The team state, or null where no provider set one (a component shown on its own). */
export function teamContext(): TeamState | null {
  return getContext<TeamState | undefined>(KEY) ?? null;
}
