import type { InferOutput } from 'valibot';
import type { SettingsSchema } from './ipc-schemas.ts';
/** Who signs the reports: the reviewer, and the organisation that publishes the fact-checks. */
export type Settings = InferOutput<typeof SettingsSchema>;

/** Settings before the user has set any (the reviewer defaults to the operating-system user). */
export function defaultSettings(osUser: string): Settings {
  return { reviewer: osUser, organisation: '', organisationUrl: '' };
}
