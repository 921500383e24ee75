import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { DEFAULT_CHOICES } from '../../src/shared/report/report-options.ts';
import { validate } from './claimreview-sdtt.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

const CLAIMREVIEW = { ...DEFAULT_CHOICES, format: 'claimreview' as const };

async function reviewed(settings: { organisation: string; organisationUrl: string; reviewer: string }) {
  const dataDir = await tempDir('claimreview');
  const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now: () => FIXED_NOW });
  await svc.saveSettings({ ...(await svc.getSettings()), ...settings });
  const { id } = await svc.importFile('tests/fixtures/rent-cap-ledger.html');
  await svc.editClaim(id, 'c2', { kind: 'note', note: 'Council minutes, item 4: 9 votes to 4.' });
  await svc.editClaim(id, 'c2', { kind: 'status', status: 'verified' });
  await svc.editClaim(id, 'c3', { kind: 'add-evidence', url: 'https://stats.example.org/rents-2025', title: 'Rents 2025', excerpt: 'up 7 percent' });
  await svc.editClaim(id, 'c3', { kind: 'status', status: 'disputed' });
  await svc.editClaim(id, 'c4', { kind: 'note', note: 'No register to check against.' });
  await svc.editClaim(id, 'c4', { kind: 'status', status: 'unsourced' });
  await svc.editClaim(id, 'c6', { kind: 'note', note: 'Ordinance text, section 2.' });
  await svc.editClaim(id, 'c6', { kind: 'status', status: 'verified' });
  return { svc, id };
}

describe('ClaimReview as fact-check readers read it', () => {
  it('passes the Google preset of structured-data-testing-tool and the readers’ checks with no failures', async () => {
    const { svc, id } = await reviewed({ organisation: 'Riverside Checks', organisationUrl: 'https://checks.example.org/rent-cap', reviewer: 'Ana Ruiz' });
    const jsonld = await svc.renderExport(id, CLAIMREVIEW);
    const result = await validate(jsonld);
    expect(result.failed.map((t) => `${t.group ?? ''} ${t.test}`)).toEqual([]);
    // Not a vacuous pass: the tool found the four reviews and ran Google's ClaimReview checks on them.
    expect(result.structuredData.jsonld.ClaimReview).toHaveLength(4);
    const passed = result.passed.map((t) => t.test);
    for (const i of [0, 1, 2, 3]) expect(passed).toEqual(expect.arrayContaining([`ClaimReview[${i}].url`, `ClaimReview[${i}].itemReviewed.author.name`, `ClaimReview[${i}].itemReviewed.appearance.url`]));
    const reviews = JSON.parse(jsonld) as { author: { name: string }; itemReviewed: { author: { name: string; '@type': string } } }[];
    expect(reviews.map((r) => r.author.name)).toEqual(['Riverside Checks', 'Riverside Checks', 'Riverside Checks', 'Riverside Checks']);
    // Disputed and Unsourced first. A person's name is the person; a public body is an organisation; the
    // anonymous claim and the one with no source are the article's own: its byline made them.
    expect(reviews.map((r) => [r.itemReviewed.author['@type'], r.itemReviewed.author.name])).toEqual([
      ['Organization', 'the statistics office'],
      ['Person', 'Ines Moreau'],
      ['Person', 'Ruth Okafor'],
      ['Person', 'Ines Moreau'],
    ]);
    expect(result.warnings.map((t) => t.test)).toEqual([]);
    expect(await svc.exportPreflight(id, CLAIMREVIEW)).toEqual([]);
  });

  it('without the desk’s settings it fails the validator, and the preflight says what is missing first', async () => {
    const { svc, id } = await reviewed({ organisation: '', organisationUrl: '', reviewer: '' });
    const result = await validate(await svc.renderExport(id, CLAIMREVIEW));
    expect(result.failed.map((t) => t.test)).toEqual(expect.arrayContaining(['ClaimReview[0].url', 'ClaimReview[0].author.name', 'ClaimReview[3].url']));
    const missing = await svc.exportPreflight(id, CLAIMREVIEW);
    expect(missing).toHaveLength(2);
    expect(result.failed.map((t) => t.test)).toEqual(expect.arrayContaining(['ClaimReview[0].url']));
    expect(missing[0]).toMatch(/organisation’s name/);
    expect(missing[1]).toMatch(/organisation’s web address/);
  });
});
