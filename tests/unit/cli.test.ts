import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { marked, type Tokens } from 'marked';
import { vi, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/main/owner/library-owner.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { factcheck, tempDir } from './helpers.ts';

// Each test here starts the CLI as a process several times in turn; on a loaded two-core machine one
// start takes seconds, so these tests get minutes (the assertions do not depend on time).
vi.setConfig({ testTimeout: 180_000 });

describe('factcheck extract', () => {
  it('prints claims and other units with offsets, scores and attributions', async () => {
    const { code, stdout } = await factcheck(null, 'extract', '--json', 'seeds/biden-ukraine-strikes.txt');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.claims.length).toBeGreaterThan(5);
    for (const c of [...out.claims, ...out.other]) {
      expect(typeof c.text).toBe('string');
      expect(c.end).toBeGreaterThan(c.start);
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(Array.isArray(c.reasons)).toBe(true);
      if (c.attribution) expect(typeof c.attribution.anonymous).toBe('boolean');
    }
    for (const c of out.claims) expect(c.checkworthy).toBe(true);
    for (const c of out.other) expect(c.checkworthy).toBe(false);
  });

  it('fails clearly on a missing file, a binary file and bad usage', async () => {
    const missing = await factcheck(null, 'extract', '--json', 'no/such/file.txt');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read no\/such\/file\.txt: it does not exist/i);
    const bin = join(await tempDir('cli'), 'x.txt');
    await writeFile(bin, Buffer.from([0, 159, 146, 150]));
    const binary = await factcheck(null, 'extract', bin);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/x\.txt.*not a text file/);
    const usage = await factcheck(null, 'extract');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: factcheck extract/);
    expect((await factcheck(null, 'frobnicate')).code).toBe(2);
  });
});

describe('factcheck import, list, mark, report', () => {
  let dataDir = '';
  let id = '';

  beforeAll(async () => {
    dataDir = await tempDir('cli-lib');
    const imported = await factcheck(dataDir, 'import', 'tests/fixtures/harbour-news.html');
    expect(imported.code).toBe(0);
    id = imported.stdout.trim();
  });

  it('import prints the new id; list --json prints documents with counts by status', async () => {
    expect(id).toMatch(/^harbour-cranes-idle[a-z0-9-]*$/);
    const listed = JSON.parse((await factcheck(dataDir, 'list', '--json')).stdout);
    expect(listed).toEqual([expect.objectContaining({ id, title: 'Harbour cranes idle as dock workers strike for second week' })]);
    expect(listed[0].counts.unreviewed).toBe(listed[0].claims);
  });

  it('list --document prints the claims; mark changes one; the app sees it, with history', async () => {
    const claims = JSON.parse((await factcheck(dataDir, 'list', '--document', id, '--json')).stdout);
    const berg = claims.find((c: { text: string }) => c.text.startsWith('Union leader Tomas Berg'));
    expect(berg).toMatchObject({ status: 'unreviewed', source: 'Union leader Tomas Berg', anonymous: false });
    const marked = await factcheck(dataDir, 'mark', '--document', id, '--claim', String(berg.number), '--status', 'In progress', '--note', 'Called the union.');
    expect(marked).toMatchObject({ code: 0 });
    expect(marked.stdout).toContain(`claim ${berg.number}: In progress (note saved)`);

    const app = await openLibrary({ dataDir, mustWrite: true, startService: () => WorkbenchService.start({ dataDir, seedsDir: null }) });
    const doc = await app.service!.getDocument(id);
    const stored = doc.claims.find((c) => c.n === berg.number)!;
    expect(stored).toMatchObject({ status: 'in-progress', note: 'Called the union.' });
    // The note goes first, so a note the gate refuses leaves the claim untouched.
    expect(doc.history.map((h) => h.label)).toEqual(['Edited the note', 'Marked In progress']);

    // And the other way round: the app marks, the CLI (sent to the running app) sees it.
    await app.service!.editClaim(id, stored.id, { kind: 'status', status: 'verified' });
    const after = JSON.parse((await factcheck(dataDir, 'list', '--document', id, '--json')).stdout);
    expect(after.find((c: { number: number }) => c.number === berg.number).status).toBe('verified');
    await app.close();
  });

  // 10–20 s of work with both cores busy, too close to the default 30 s budget: its own budget.
  it('report writes Markdown, CSV, ClaimReview and JSON', { timeout: 120_000 }, async () => {
    const out = join(await tempDir('cli-out'), 'r.md');
    const md = await factcheck(dataDir, 'report', '--document', id, '--format', 'md', '--out', out, '--article');
    expect(md.code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(marked.lexer(text).find((t): t is Tokens.Heading => t.type === 'heading')!.text).toContain('Harbour cranes idle');
    expect(text).toContain('## Article text');

    const csv = await factcheck(dataDir, 'report', '--document', id, '--format', 'csv');
    const rows = parseCsv(csv.stdout.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.claim?.startsWith('Union leader'))!.status).toBe('Verified');

    // No organisation is set in this library: the export is refused unless told to write it all the same.
    expect((await factcheck(dataDir, 'report', '--document', id, '--format', 'claimreview')).code).toBe(3);
    const ld = JSON.parse((await factcheck(dataDir, 'report', '--document', id, '--format', 'claimreview', '--allow-incomplete')).stdout);
    expect(ld).toHaveLength(1);
    expect(ld[0].reviewRating.alternateName).toBe('Verified');

    const record = JSON.parse((await factcheck(dataDir, 'report', '--document', id, '--format', 'json')).stdout);
    expect(record.article.documentId).toBe(id);
  });

  it('answers bad arguments with a message and a non-zero exit code', { timeout: 180_000 }, async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['mark', '--document', id, '--claim', '2'], 2, /mark needs --status/],
      [['mark', '--document', id, '--claim', 'two', '--status', 'verified'], 2, /claim number/],
      [['mark', '--document', id, '--claim', '2', '--status', 'approved'], 2, /unknown status "approved"/],
      [['mark', '--document', id, '--claim', '999', '--status', 'verified'], 1, /has no claim 999/],
      [['mark', '--document', 'no-such-doc', '--claim', '1', '--status', 'verified'], 1, /No document with id no-such-doc/],
      [['mark', '--document', '../../etc', '--claim', '1', '--status', 'verified'], 2, /documentId must be an id/],
      [['report', '--document', id, '--format', 'pdf'], 2, /unknown format "pdf"/],
      [['report', '--format', 'md'], 2, /report needs --document/],
      [['list', '--bogus'], 2, /Unknown option '--bogus'/],
      [['import'], 2, /import needs at least one FILE/],
      [['import', 'package.json'], 1, /not a supported article file/],
    ];
    for (const [args, code, message] of cases) {
      const r = await factcheck(dataDir, ...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  // 10–20 s of work with both cores busy, too close to the default 30 s budget: its own budget.
  it('search finds claims across the library, with filters', { timeout: 120_000 }, async () => {
    const hits = JSON.parse((await factcheck(dataDir, 'search', 'dock', 'workers', '--json')).stdout);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.text.toLowerCase()).toMatch(/dock/);
    const verified = JSON.parse((await factcheck(dataDir, 'search', 'union', '--status', 'verified', '--json')).stdout);
    expect(verified.map((h: { text: string }) => h.text)).toEqual(['Union leader Tomas Berg told reporters the workers wanted 11 percent.']);
    const text = await factcheck(dataDir, 'search', 'zzzunknownword');
    expect(text).toMatchObject({ code: 0, stdout: '' });
    expect(text.stderr).toContain('no matches');
    expect((await factcheck(dataDir, 'search')).code).toBe(2);
    expect((await factcheck(dataDir, 'search', 'x', '--from', 'yesterday')).code).toBe(2);
  });

  it('has --help on every command', { timeout: 180_000 }, async () => {
    for (const cmd of ['import', 'list', 'mark', 'report', 'search', 'extract']) {
      const r = await factcheck(dataDir, cmd, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`usage: factcheck ${cmd}`);
    }
    expect((await factcheck(dataDir, 'help')).stdout).toContain('commands:');
  });
});
