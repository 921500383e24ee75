// Types for pgpass (node-postgres's reader of PGPASSFILE / ~/.pgpass), which ships none.
declare module 'pgpass' {
  /** Looks up the password for a connection in the pgpass file; undefined when none matches or the file is unsafe. */
  function pgpass(connInfo: { host: string; port: number | string; database: string; user: string }, cb: (password: string | undefined) => void): void;
  export default pgpass;
}
