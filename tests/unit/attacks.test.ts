import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { vi, describe, expect, it } from 'vitest';
import { errorResult } from '../../src/main/ipc/dispatch.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { factcheck, tempDir } from './helpers.ts';

// Each test here starts the CLI as a process several times in turn; on a loaded two-core machine one
// start takes seconds, so these tests get minutes (the assertions do not depend on time).
vi.setConfig({ testTimeout: 180_000 });

const run = promisify(execFile);
const SEED = 'seeds/biden-ukraine-strikes.txt';

/** A library with the seed article imported by the CLI; returns its folder and the document id. */
async function library(): Promise<{ dataDir: string; id: string }> {
  const dataDir = join(await tempDir('attack'), 'library');
  const imported = await factcheck(dataDir, 'import', SEED, '--anyway');
  expect(imported.code).toBe(0);
  return { dataDir, id: imported.stdout.trim() };
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |TypeError|ReferenceError|node:internal/);

describe('nothing is written outside the library through planted links', () => {
  it('an import does not write through a link planted as the index temp file', async () => {
    const dataDir = join(await tempDir('links'), 'library');
    const victim = join(await tempDir('victim'), 'precious.txt');
    await writeFile(victim, 'precious');
    const service = await WorkbenchService.start({ dataDir, seedsDir: null });
    await symlink(victim, join(dataDir, `.index.json.${process.pid}.tmp`));
    expect((await service.importPaths([join(process.cwd(), SEED)], null, 'anyway')).errors).toEqual([]);
    await service.flush();
    expect(await readFile(victim, 'utf8')).toBe('precious');
  });

  it('a migration does not write through a link planted as the copy of the old file', async () => {
    const dataDir = join(await tempDir('links'), 'library');
    await cp('tests/fixtures/store-v1', dataDir, { recursive: true });
    const id = 'joe-biden-allows-ukraine-to-use-us-weapo-611e68';
    const victim = join(await tempDir('victim'), 'precious.txt');
    await writeFile(victim, 'precious');
    await symlink(victim, join(dataDir, 'documents', `${id}.v1.json`));
    const service = await WorkbenchService.start({ dataDir, seedsDir: null });
    expect((await service.getDocument(id)).claims.length).toBeGreaterThan(0);
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await readdir(join(dataDir, 'documents'))).some((n) => n.startsWith(`${id}.json.v1-`))).toBe(true);
  });

  it('a mark does not put backups into a folder a planted link points to', async () => {
    const { dataDir, id } = await library();
    const outside = await tempDir('outside');
    await mkdir(join(dataDir, 'backups'), { recursive: true });
    await symlink(outside, join(dataDir, 'backups', id));
    const marked = await factcheck(dataDir, 'mark', '--document', id, '--claim', '2', '--status', 'verified');
    expect(marked.code).toBe(0);
    expect(await readdir(outside)).toEqual([]);
  });
});

describe('the CLI passes the same checks as the app', () => {
  it('refuses a javascript: address, and imports nothing', async () => {
    const dataDir = join(await tempDir('cli-url'), 'library');
    const r = await factcheck(dataDir, 'import', SEED, '--url', 'javascript:alert(document.cookie)');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/http and https/);
    expect((await factcheck(dataDir, 'list')).stdout).toBe('');
  });

  it('refuses a note over the limit and leaves the claim as it was', async () => {
    const { dataDir, id } = await library();
    const r = await factcheck(dataDir, 'mark', '--document', id, '--claim', '2', '--status', 'verified', '--note', 'x'.repeat(131_000));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too long \(131,000 characters; the limit is 20,000\)/);
    const claims = JSON.parse((await factcheck(dataDir, 'list', '--document', id, '--json')).stdout);
    expect(claims.find((c: { number: number }) => c.number === 2).status).toBe('unreviewed');
  });

  it('takes only plain claim numbers', async () => {
    const { dataDir, id } = await library();
    for (const n of ['0x2', '1e0', ' 2', '2.0', '-1']) {
      const r = await factcheck(dataDir, 'mark', '--document', id, '--claim', n, '--status', 'verified');
      expect(r.code, n).toBe(2);
      expect(r.stderr, n).toMatch(/--claim takes a claim number|Option '--claim' argument/);
    }
  });
});

describe('bad sources are refused at once, with their name', () => {
  it('refuses devices, FIFOs and folders without reading them, and a huge file before reading it', { timeout: 120_000 }, async () => {
    const dir = await tempDir('sources');
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const huge = join(dir, 'huge.txt');
    await writeFile(huge, '');
    await truncate(huge, 1024 ** 3);
    const dataDir = join(dir, 'library');
    for (const [path, why] of [['/dev/zero', /is a device/], [fifo, /is a pipe \(FIFO\)/], [dir, /is a folder/], [huge, /too large \(1024\.0 MB/]] as const) {
      for (const command of ['import', 'extract']) {
        const r = await factcheck(dataDir, command, path);
        expect(r.code, `${command} ${path}`).toBe(1);
        expect(r.stderr, `${command} ${path}`).toMatch(why);
        expect(r.stderr).toContain(path);
        noStack(r.stderr);
      }
    }
  });
});

describe('faults never lose or hide work', () => {
  it('moves a wrong-shaped index aside and rebuilds it; a claim with a bogus status is reported as damaged', async () => {
    const { dataDir, id } = await library();
    const indexPath = join(dataDir, 'index.json');
    const index = JSON.parse(await readFile(indexPath, 'utf8'));
    delete index.documents[0].counts;
    await writeFile(indexPath, JSON.stringify(index));
    const listed = await factcheck(dataDir, 'list', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).map((d: { id: string }) => d.id)).toEqual([id]);
    expect((await readdir(dataDir)).some((n) => n.startsWith('index.json.damaged-'))).toBe(true);

    const docPath = join(dataDir, 'documents', `${id}.json`);
    const good = await readFile(docPath, 'utf8');
    const bad = JSON.parse(good);
    bad.document.claims[0].status = 'bogus';
    await writeFile(docPath, JSON.stringify(bad));
    const report = await factcheck(dataDir, 'report', '--document', id, '--format', 'md');
    expect(report.code).toBe(1);
    expect(report.stderr).toMatch(/does not have the shape of a workbench document \(document\.claims\.0\.status/);
    noStack(report.stderr);
    // The good file put back: the document opens again.
    await writeFile(docPath, good);
    expect((await factcheck(dataDir, 'report', '--document', id, '--format', 'md')).code).toBe(0);
  });

  it('restores a damaged document from its backup with the CLI', async () => {
    const { dataDir, id } = await library();
    expect((await factcheck(dataDir, 'mark', '--document', id, '--claim', '2', '--status', 'verified')).code).toBe(0);
    await writeFile(join(dataDir, 'documents', `${id}.json`), '{"schemaVersion": 2, "document": {');
    expect((await factcheck(dataDir, 'list', '--document', id)).stderr).toMatch(/is damaged: it is not valid JSON/);
    const restored = await factcheck(dataDir, 'restore', '--document', id);
    expect(restored).toMatchObject({ code: 0 });
    expect(restored.stdout).toContain(`restored ${id}`);
    expect((await factcheck(dataDir, 'list', '--document', id)).code).toBe(0);
  });

  it('puts a document whose import was cut off in the trash instead of leaving it behind', async () => {
    const { dataDir, id } = await library();
    const index = JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8'));
    index.documents = [];
    await writeFile(join(dataDir, 'index.json'), JSON.stringify(index));
    const service = await WorkbenchService.start({ dataDir, seedsDir: null });
    const state = await service.getLibrary();
    expect(state.trash.map((d) => d.id)).toEqual([id]);
    expect(state.notices.map((n) => n.message).join()).toMatch(/was cut off before it finished; the article is in the trash/);
    expect(await readdir(join(dataDir, 'documents'))).toEqual([]);
  });

  it('names a disk error in words, with the code kept for support', () => {
    expect(errorResult(Object.assign(new Error('raw'), { code: 'ENOSPC' }))).toEqual({ ok: false, error: { code: 'io', message: 'The disk refused the change: the disk is full (ENOSPC).' } });
    expect(errorResult(Object.assign(new Error('raw'), { code: 'EROFS' }))).toMatchObject({ error: { code: 'io', message: expect.stringContaining('the disk is read-only (EROFS)') } });
  });

  it('on a full and then a read-only disk, the CLI says so in words and the library stays whole', { timeout: 120_000 }, async (context) => {
    const dir = await tempDir('disk');
    const mnt = join(dir, 'mnt');
    await mkdir(mnt);
    const script = `set -e
mount -t tmpfs -o size=600k tmpfs "${mnt}"
export FACTCHECK_DATA_DIR="${mnt}/library"
node bin/factcheck.js import ${SEED} > "${dir}/id"
id=$(cat "${dir}/id")
dd if=/dev/zero of="${mnt}/fill" bs=4k 2>/dev/null || true
node bin/factcheck.js mark --document "$id" --claim 2 --status verified --note "$(head -c 15000 /dev/zero | tr '\\\\0' n)" 2> "${dir}/full.err" && exit 9 || true
rm "${mnt}/fill"
mount -o remount,ro "${mnt}"
node bin/factcheck.js mark --document "$id" --claim 2 --status verified 2> "${dir}/ro.err" && exit 9 || true
node bin/factcheck.js list --document "$id" > "${dir}/ro-list.out"
mount -o remount,rw "${mnt}"
node bin/factcheck.js list --document "$id" --json > "${dir}/after.json"`;
    try {
      await run('unshare', ['-m', 'sh', '-c', script]);
    } catch (err) {
      const text = String((err as { stderr?: string }).stderr ?? err);
      // Mounting needs root and a system that allows it; where it does not, the check cannot run here.
      if (/mount|unshare|permission|Operation not permitted/i.test(text) && !/exit 9/.test(text)) return context.skip(`no tmpfs mount here: ${text.slice(0, 120)}`);
      throw err;
    }
    const full = await readFile(join(dir, 'full.err'), 'utf8');
    expect(full).toMatch(/the disk is full \(ENOSPC\)/);
    noStack(full);
    const ro = await readFile(join(dir, 'ro.err'), 'utf8');
    expect(ro).toMatch(/read-only \(EROFS\)/);
    noStack(ro);
    // A read-only library can still be read.
    expect(await readFile(join(dir, 'ro-list.out'), 'utf8')).toMatch(/^2\tUnreviewed\t/m);
    const after = JSON.parse(await readFile(join(dir, 'after.json'), 'utf8'));
    expect(after.find((c: { number: number }) => c.number === 2).status).toBe('unreviewed');
  });
});

describe('the terminal and the environment', () => {
  it('prints escape sequences from articles as visible text, and ends quietly when the reader goes away', { timeout: 120_000 }, async () => {
    const dir = await tempDir('escapes');
    const file = join(dir, 'evil.txt');
    await writeFile(file, 'Port closed \u001b]0;pwned\u0007\n\nThe port closed on Monday \u001b[2J\u001b[31mafter a strike\u009b1m, officials said. It reopened on Friday, the harbour master said.');
    const dataDir = join(dir, 'library');
    const id = (await factcheck(dataDir, 'import', file, '--anyway')).stdout.trim();
    for (const args of [['list'], ['list', '--document', id], ['extract', file], ['search', 'port'], ['list', '--json'], ['extract', '--json', file]]) {
      const r = await factcheck(dataDir, ...args);
      expect(r.code, args.join(' ')).toBe(0);
      // eslint-disable-next-line no-control-regex -- control characters are what is looked for
      expect(r.stdout, args.join(' ')).not.toMatch(/[\u001b\u0007\u009b]/);
    }
    expect((await factcheck(dataDir, 'list', '--document', id)).stdout).toContain('\\u001b[2J');
    const piped = await run('sh', ['-c', `node bin/factcheck.js extract ${SEED} | head -1`], { env: { ...process.env, FACTCHECK_DATA_DIR: dataDir } });
    expect(piped.stdout.trim().length).toBeGreaterThan(0);
    expect(piped.stderr).toBe('');
  });

  it('refuses an empty FACTCHECK_DATA_DIR instead of using the real library', async () => {
    const home = await tempDir('home');
    const r = await run(process.execPath, ['bin/factcheck.js', 'list'], { env: { ...process.env, FACTCHECK_DATA_DIR: ' ', HOME: home, XDG_CONFIG_HOME: join(home, '.config') } }).catch((e) => e);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/FACTCHECK_DATA_DIR is set but empty/);
    expect(await readdir(home)).toEqual([]);
  });
});

describe('a store file replaced while the writer runs', () => {
  it('refuses to write over an index of a newer version put in place meanwhile, and keeps a copy of any other', async () => {
    const dataDir = join(await tempDir('replaced'), 'library');
    const service = await WorkbenchService.start({ dataDir, seedsDir: 'seeds' });
    const doc = await service.getDocument((await service.getLibrary()).documents[0]!.id);
    const index = join(dataDir, 'index.json');
    const newer = JSON.stringify({ schemaVersion: 99, seeded: [], documents: [], trash: [], future: true });
    await writeFile(index, newer);
    await service.editClaim(doc.id, doc.claims[1]!.id, { kind: 'status', status: 'verified' });
    await expect(service.flush()).rejects.toThrow(/replaced by a file of a newer version.*not overwritten/);
    expect(await readFile(index, 'utf8')).toBe(newer);

    // An older or foreign index put in place is kept as a copy before the writer's own is written.
    const foreign = JSON.stringify({ schemaVersion: 2, seeded: [], documents: [], trash: [], note: 'restored by hand' });
    await writeFile(index, foreign);
    await service.editClaim(doc.id, doc.claims[2]!.id, { kind: 'status', status: 'disputed' });
    await service.flush();
    expect(await readFile(join(dataDir, 'index.replaced.json'), 'utf8')).toBe(foreign);
    expect(JSON.parse(await readFile(index, 'utf8')).documents.map((d: { id: string }) => d.id)).toEqual([doc.id]);
  });
});
