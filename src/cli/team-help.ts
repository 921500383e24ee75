// Apart from the team commands, so `factcheck --help` prints it without loading the PostgreSQL client.

/** The team commands' help. */
export const TEAM_HELP = `usage: factcheck team connect --host HOST [--port 5432] --database DB --user USER [--ca CA.pem] [--json]
       factcheck team sync [--json]         push this library's changes, pull the desk's (exit 1 with open
                                            conflicts, or a change refused or set aside)
       factcheck team status [--json]       asks the server: synced, N waiting, conflicts, or offline with
                                            the reason (exit 1 when it cannot be reached)
       factcheck team conflicts [--all] [--json]
                                            each open conflict with its number, both values (notes whole)
       factcheck team resolve --conflict N --keep mine|theirs|standing|lost [--json]
                                            settle conflict N: keep your value or your colleague's (or say
                                            standing / lost); the next sync tells the desk
       factcheck team migrate --host HOST [--port 5432] --database DB --user ADMIN [--ca CA.pem]
                                            (the server's administrator: create or update the team schema)
       factcheck team init --host HOST [--port 5432] [--database factcheck] --user ADMIN [--ca CA.pem]
                           --desk DESK --reviewer NAME [--reviewer NAME...] [--admin-database postgres] [--json]
                                            (the administrator, once: the database, schema, desk and a login
                                            per reviewer with a generated password; prints each reviewer's
                                            pgpass line, connect command and psql connection string)

Syncs the library with the desk's PostgreSQL team server, over TLS: --ca is the certificate that signed the
server's (default: the system's). The password is read from the file PGPASSFILE names (or ~/.pgpass), a
line "host:port:database:user:password", or asked in the terminal; it is never an argument. When the app is
running, it is the library's writer and does the sync (with the password it keeps).`;
