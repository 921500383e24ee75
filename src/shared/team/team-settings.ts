import * as v from 'valibot';

/** Where the desk's team server is and who logs in (the password is kept apart, never in this file). */
export const TeamSettingsSchema = v.object(
  {
    host: v.pipe(v.string('The server host must be text.'), v.trim(), v.regex(/^[A-Za-z0-9.:[\]-]{1,253}$/, 'The server host must be a host name or an IP address.')),
    port: v.pipe(v.number('The port must be a number.'), v.integer('The port must be a whole number.'), v.minValue(1, 'The port must be 1 to 65535.'), v.maxValue(65535, 'The port must be 1 to 65535.')),
    database: v.pipe(v.string('The database must be text.'), v.trim(), v.regex(/^[^\0]{1,63}$/, 'The database name must be 1 to 63 characters.')),
    user: v.pipe(v.string('The user must be text.'), v.trim(), v.regex(/^[^\0]{1,63}$/, 'The user name must be 1 to 63 characters.')),
    /** The CA certificate file that signed the server's certificate ('' : the system's CAs). */
    caFile: v.pipe(v.string('The CA certificate must be a file path.'), v.maxLength(4096, 'The CA certificate path is too long.')),
  },
  'The team settings must be an object.',
);

/** The team server's settings. */
export type TeamSettings = v.InferOutput<typeof TeamSettingsSchema>;

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
