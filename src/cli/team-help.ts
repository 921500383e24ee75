// Apart from the team commands, so `factcheck --help` prints it without loading the PostgreSQL client.

/** The team commands' help. */
export const TEAM_HELP = `usage: factcheck team connect --host HOST [--port 5432] --database DB --user USER [--ca CA.pem] [--json]
       factcheck team sync [--json]         push this library's changes, pull the desk's (exit 1 with open conflicts)
       factcheck team status [--json]       synced, N waiting, offline or conflicts
       factcheck team conflicts [--all] [--json]
       factcheck team migrate --host HOST [--port 5432] --database DB --user ADMIN [--ca CA.pem]
                                            (the server's administrator: create or update the team schema)

Syncs the library with the desk's PostgreSQL team server, over TLS: --ca is the certificate that signed the
server's (default: the system's). The password is read from the file PGPASSFILE names (or ~/.pgpass), a
line "host:port:database:user:password", or asked in the terminal; it is never an argument. When the app is
running, it is the library's writer and does the sync (with the password it keeps).`;
