import type { InferOutput } from 'valibot';
import type { EditResult } from '../ipc-contract.ts';
import type { TeamSettingsSchema } from '../ipc-schemas.ts';

/** The team server's settings. */
export type TeamSettings = InferOutput<typeof TeamSettingsSchema>;

/** How the sync stands, for the status bar: synced, N waiting, offline, conflicts. */
export interface TeamStatus {
  /** 'off': no team server set. */
  state: 'off' | 'synced' | 'waiting' | 'offline' | 'conflicts';
  desk: string | null;
  reviewer: string | null;
  /** Changes made here and not yet on the server. */
  waiting: number;
  /** Open conflicts on the desk's claims. */
  conflicts: number;
  lastSyncAt: string | null;
  /** Why it is offline or what failed last, in words. */
  message: string | null;
  settings: TeamSettings | null;
}

/** What a sync did, and how the sync stands after it. */
export interface TeamSyncOutcome {
  pushed: number;
  pulled: number;
  newConflicts: number;
  /** This library's changes the server refused, each with its reason (they stay here, unsynced). */
  refused: string[];
  /** Changes from the desk this library set aside because they do not have the shape the app uses. */
  quarantined: string[];
  status: TeamStatus;
}

/** What resolving a conflict did: the claim's change in its document (sent to colleagues with the next sync). */
export interface TeamResolution {
  documentId: string;
  result: EditResult;
}
