import type { InferOutput } from 'valibot';
import type { SettingsSchema } from './ipc-schemas.ts';
/** The desk's settings: who reviews, the organisation that publishes the checks, and how verdicts are given. */
export type Settings = InferOutput<typeof SettingsSchema>;

/**
 * Settings before the user has set any. The reviewer is empty until the user gives a name: a report or a
 * history signed with the computer's login name ("root") would name someone who never reviewed anything.
 */
export function defaultSettings(): Settings {
  return { reviewer: '', organisation: '', organisationUrl: '', requireReason: true };
}
