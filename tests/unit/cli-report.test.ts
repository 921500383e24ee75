import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { validate } from './claimreview-sdtt.ts';
import { factcheck, tempDir } from './helpers.ts';

// Each test starts the CLI as a process several times in turn; on a loaded two-core machine one start takes
// seconds, so these tests get minutes (no assertion depends on time).
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

describe('a desk set up from the command line only', () => {
  let dataDir = '';
  let id = '';

  beforeAll(async () => {
    dataDir = await tempDir('cli-desk');
    const imported = await factcheck(dataDir, 'import', 'tests/fixtures/rent-cap-ledger.html', '--url', 'https://news.example.com/rent-cap');
    expect(imported.code).toBe(0);
    id = imported.stdout.trim();
    // The reviewer first, as a desk would: every mark then says who made it.
    expect((await factcheck(dataDir, 'settings', '--reviewer', 'Ana Ruiz')).code).toBe(0);
    for (const [n, status, note] of [['2', 'verified', 'Council minutes, item 4: 9 votes to 4.'], ['3', 'disputed', 'The office reports 7 percent.'], ['4', 'unsourced', ''], ['5', 'in-progress', 'awaiting reply']]) {
      const marked = await factcheck(dataDir, 'mark', '--document', id, '--claim', n!, '--status', status!, ...(note ? ['--note', note] : []));
      expect(marked.code).toBe(0);
    }
  });

  it('refuses a ClaimReview export it cannot sign, writes nothing, and says what to set', async () => {
    const out = join(await tempDir('cli-out'), 'checks.jsonld');
    const ran = await factcheck(dataDir, 'report', '--document', id, '--format', 'claimreview', '--out', out);
    expect(ran.code).toBe(3);
    expect(ran.stderr).toMatch(/missing: The organisation’s name.*factcheck settings --organisation/);
    expect(ran.stderr).toMatch(/missing: The organisation’s web address/);
    expect(ran.stderr).toMatch(/not written/);
    await expect(access(out)).rejects.toThrow();
    const anyway = await factcheck(dataDir, 'report', '--document', id, '--format', 'claimreview', '--out', out, '--allow-incomplete');
    expect(anyway.code).toBe(0);
  });

  it('sets who signs with factcheck settings, through the same checks as the app', async () => {
    const bad = await factcheck(dataDir, 'settings', '--organisation-url', 'javascript:alert(1)');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/organisation web address: Only http and https links can be used/i);
    const set = await factcheck(dataDir, 'settings', '--organisation', 'Riverside Checks', '--organisation-url', 'https://checks.example.org/rent-cap');
    expect(set.code).toBe(0);
    const shown = await factcheck(dataDir, 'settings', '--json');
    expect(JSON.parse(shown.stdout)).toEqual({ reviewer: 'Ana Ruiz', organisation: 'Riverside Checks', organisationUrl: 'https://checks.example.org/rent-cap', requireReason: true });
  });

  it('then exports ClaimReview that the Google preset passes with no failure and no warning', async () => {
    const out = join(await tempDir('cli-out'), 'checks.jsonld');
    const ran = await factcheck(dataDir, 'report', '--document', id, '--format', 'claimreview', '--out', out);
    expect(ran.code).toBe(0);
    // The verdict without a reason is named as left out, not published.
    expect(ran.stderr).toMatch(/verdict without a reason \(claim 4\) is not published/);
    const jsonld = await readFile(out, 'utf8');
    const result = await validate(jsonld);
    expect(result.failed.map((t) => t.test)).toEqual([]);
    expect(result.warnings.map((t) => t.test)).toEqual([]);
    expect(result.structuredData.jsonld.ClaimReview).toHaveLength(2);
    const reviews = JSON.parse(jsonld) as { reviewRating: { alternateName: string }; datePublished: string }[];
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(['Disputed', 'Verified']);
    // Exported again later, the same reviews carry the same dates.
    const again = await factcheck(dataDir, 'report', '--document', id, '--format', 'claimreview');
    expect((JSON.parse(again.stdout) as { datePublished: string }[]).map((r) => r.datePublished)).toEqual(reviews.map((r) => r.datePublished));
  });

  it('writes the Markdown report with its sourcing chart beside it, linked', async () => {
    const folder = await tempDir('cli-out');
    const ran = await factcheck(dataDir, 'report', '--document', id, '--format', 'md', '--out', join(folder, 'report.md'));
    expect(ran.code).toBe(0);
    const md = await readFile(join(folder, 'report.md'), 'utf8');
    expect(md).toMatch(/!\[Sourcing of 6 claims[^\]]*\]\(report-sourcing\.svg\)/);
    const svg = await readFile(join(folder, 'report-sourcing.svg'), 'utf8');
    expect(svg).toContain('Sourcing profile: Council votes to cap rents for three years');
    expect(md.indexOf('## Verdicts')).toBeLessThan(md.indexOf('## Findings'));
    expect(md).toContain('  - Held by Ana Ruiz');
    expect(md).toContain('  - Note: awaiting reply');
  });

  it('refuses options a format does not take, and gives CSV the history table with --record', async () => {
    const refused = await factcheck(dataDir, 'report', '--document', id, '--format', 'claimreview', '--record');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--record does not apply to --format claimreview/);
    expect((await factcheck(dataDir, 'report', '--document', id, '--format', 'csv', '--article')).code).toBe(2);
    const csv = await factcheck(dataDir, 'report', '--document', id, '--format', 'csv', '--record');
    expect(csv.code).toBe(0);
    const rows = parseCsv(csv.stdout.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['document_id', 'title', 'number', 'at', 'by', 'change']);
    expect(rows.filter((r) => r.change!.startsWith('Marked '))).toHaveLength(4);
    const json = JSON.parse((await factcheck(dataDir, 'report', '--document', id, '--format', 'json', '--record')).stdout);
    expect(json).toMatchObject({ format: 'factcheck-workbench-report', version: 1 });
    expect(json.history.length).toBeGreaterThanOrEqual(7);
  });
});
