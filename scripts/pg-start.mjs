#!/usr/bin/env node
// Starts a throwaway PostgreSQL cluster for the team tests and benches: a temporary folder, 127.0.0.1 only,
// a free port, TLS with a self-signed certificate, scram-sha-256 for every login. Prints the path of
// connection.json (host, port, superuser, password, CA file, folder); scripts/pg-stop.mjs removes it all.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian (and most Linux packages) put the server binaries; PG_BIN overrides. */
export function pgBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  for (const v of ['17', '16', '15', '14']) {
    const dir = `/usr/lib/postgresql/${v}/bin`;
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  throw new Error('PostgreSQL server binaries (initdb) not found: apt-get install postgresql, or set PG_BIN.');
}

/** Why runuser: initdb and the server refuse to run as root, so root runs them as the `postgres` user. */
async function asServerUser(cmd, args) {
  const root = process.getuid?.() === 0;
  return root ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args);
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the cluster; returns its connection info (also written to connection.json in its folder). */
export async function startCluster() {
  const bin = pgBin();
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-pg-'));
  const root = process.getuid?.() === 0;
  const owner = root ? (await run('id', ['-u', 'postgres'])).stdout.trim() : null;
  const group = root ? (await run('id', ['-g', 'postgres'])).stdout.trim() : null;
  if (root) await chown(dir, Number(owner), Number(group));
  const password = randomBytes(18).toString('base64url');
  const pwfile = join(dir, 'pw');
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  const cert = join(dir, 'server.crt');
  const key = join(dir, 'server.key');
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '7', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert]);
  await chmod(key, 0o600);
  if (root) for (const f of [pwfile, cert, key]) await chown(f, Number(owner), Number(group));
  const data = join(dir, 'data');
  await asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=scram-sha-256', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-instructions']);
  // Why only hostssl: a connection without TLS finds no line and is refused, so no password crosses in clear.
  const hba = ['local all all scram-sha-256', 'hostssl all all 127.0.0.1/32 scram-sha-256', ''].join('\n');
  await asServerUser('sh', ['-c', `printf '%s' "$1" > "$2"`, 'sh', hba, join(data, 'pg_hba.conf')]);
  const port = await freePort();
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c ssl=on -c ssl_cert_file=${cert} -c ssl_key_file=${key} -c max_connections=200`;
  await asServerUser(join(bin, 'pg_ctl'), ['-w', '-D', data, '-l', join(dir, 'server.log'), '-o', opts, 'start']);
  const info = { host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres', ca: cert, dir, data, bin, opts };
  await writeFile(join(dir, 'connection.json'), `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
  return info;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const info = await startCluster();
    console.log(join(info.dir, 'connection.json'));
  } catch (err) {
    console.error(`pg-start: ${err.stderr || err.message}`);
    process.exitCode = 1;
  }
}
