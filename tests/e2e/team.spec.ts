import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { LiveSync } from '../../src/main/team/live-sync.ts';
import { migrated, newDesk, readCluster, type Login } from '../team/server.ts';
import { openApp, type BridgedApp } from './bridge.ts';
import { tempDir } from './fixtures.ts';

const run = promisify(execFile);
let connection = '';
let logins: Login[] = [];

// A throwaway PostgreSQL cluster for this file only (the unit and team tests have their own).
test.beforeAll(async () => {
  connection = process.env.FACTCHECK_PG_CONNECTION ?? (await run(process.execPath, ['scripts/pg-start.mjs'])).stdout.trim();
  const cluster = readCluster(connection);
  await migrated(cluster);
  logins = (await newDesk(cluster, ['ana', 'sam'])).logins;
});

test.afterAll(async () => {
  if (!process.env.FACTCHECK_PG_CONNECTION && connection) await run(process.execPath, ['scripts/pg-stop.mjs', connection]);
});

const dialogs = { chooseReportPath: async () => null, chooseArticleFiles: async () => [] };
const claimRow = (page: Page, id: string) => page.locator(`li.claim[data-claim-id="${id}"]`);

/** A window on its own device (service and data folder), connected to the desk and kept live as the app does. */
/** The name each reviewer gives in the app, by their login's place in the desk. */
const NAMES = ['Ana Ruiz', 'Sam Okafor'];

async function device(page: Page, login: Login): Promise<{ app: BridgedApp; live: LiveSync }> {
  const app = await openApp(page, { dataDir: await tempDir('team-e2e'), seedsDir: null }, dialogs, { reviewer: NAMES[logins.indexOf(login)]! });
  await app.service.team!.connect(login.settings, login.password);
  const live = new LiveSync(app.service.team!, (event) => void app.menu(event === 'pulled' ? 'library-changed' : 'team-changed').catch(() => undefined), { pollMs: 5_000 });
  return { app, live };
}

test('a verdict made in one window appears in the other; a conflict shows in both', async ({ browser }) => {
  const pageA = await (await browser.newContext()).newPage();
  const pageB = await (await browser.newContext()).newPage();
  const ana = await device(pageA, logins[0]!);
  const { id: doc } = await ana.app.service.importFile('tests/fixtures/wire-drought.txt');
  ana.live.start();
  const sam = await device(pageB, logins[1]!);
  sam.live.start();
  // Sam's window gets Ana's article from the desk.
  for (const page of [pageA, pageB]) {
    await expect(async () => {
      await (page === pageA ? ana : sam).app.menu('library-changed');
      await page.locator('button.doc').first().click({ timeout: 500 });
    }).toPass({ timeout: 15_000 });
  }
  const [first, second] = (await ana.app.service.getDocument(doc)).claims.filter((c) => c.checkworthy);
  await expect(claimRow(pageB, first!.id)).toBeVisible();

  // A verdict in Ana's window appears in Sam's, through LISTEN/NOTIFY and a pull.
  await claimRow(pageA, first!.id).locator('.claim-body').click();
  await pageA.keyboard.press('v');
  await expect(claimRow(pageB, first!.id)).toHaveAttribute('data-status', 'verified', { timeout: 10_000 });
  await expect(pageA.getByTestId('sync-indicator')).toHaveText('Team: synced');
  // Announced as the colleague's change, not as one made "outside the app".
  await expect(pageB.locator('.toast')).toContainText(`Ana Ruiz: status set to Verified (claim ${first!.n})`);
  await expect(pageB.locator('.toast')).not.toContainText('outside the app');

  // Both offline: Ana marks the second claim Verified, Sam Disputed; then both sync.
  await ana.live.stop();
  await sam.live.stop();
  await claimRow(pageA, second!.id).locator('.claim-body').click();
  await pageA.keyboard.press('v');
  await claimRow(pageB, second!.id).locator('.claim-body').click();
  await pageB.keyboard.press('d');
  for (const [page, status] of [[pageA, 'verified'], [pageB, 'disputed']] as const) {
    await expect(claimRow(page, second!.id)).toHaveAttribute('data-status', status);
    await expect(claimRow(page, second!.id)).toHaveAttribute('data-saving', 'false');
  }
  await ana.app.service.team!.sync();
  await sam.app.service.team!.sync();
  await ana.app.service.team!.sync();
  for (const [page, d] of [[pageA, ana], [pageB, sam]] as const) {
    await d.app.menu('library-changed');
    const row = claimRow(page, second!.id);
    await expect(row).toHaveAttribute('data-status', 'verified');
    await expect(row.getByTestId('conflict-marker')).toBeVisible();
    await expect(page.getByTestId('sync-indicator')).toHaveText('Team: 1 conflict');
  }
  // The team panel opens from the keyboard too.
  await pageB.locator('li.claim.selected .claim-body').focus();
  await pageB.keyboard.press('t');
  // People by the names they gave, never by their database logins.
  await expect(pageB.getByTestId('conflict-list')).toContainText('status: Disputed by Sam Okafor did not stand; Verified by Ana Ruiz stands');
  await expect(pageB.getByTestId('conflict-list')).not.toContainText(logins[0]!.role);
  await pageB.keyboard.press('Escape');

  // The claim's detail explains the conflict and offers both values; Sam keeps his own with the keyboard.
  for (const [page, mine, theirs] of [[pageA, 'Keep mine: Verified', 'Keep Sam Okafor’s: Disputed'], [pageB, 'Keep mine: Disputed', 'Keep Ana Ruiz’s: Verified']] as const) {
    const box = page.getByTestId('conflict-box');
    await expect(box).toContainText('Team conflict on the status. Ana Ruiz’s Verified reached the desk first and stands; Sam Okafor’s Disputed');
    await expect(box.getByRole('button')).toHaveText([`${mine} m`, `${theirs} o`]);
  }
  await pageB.locator('li.claim.selected .claim-body').focus();
  await pageB.keyboard.press('m');
  await expect(claimRow(pageB, second!.id)).toHaveAttribute('data-status', 'disputed');
  await expect(pageB.getByTestId('conflict-box')).toHaveCount(0);
  await expect(claimRow(pageB, second!.id).getByTestId('conflict-marker')).toHaveCount(0);
  await expect(pageB.locator('.toast')).toContainText('Resolved a conflict on the status: kept Disputed (Sam Okafor’s)');
  await sam.app.service.team!.sync();
  await ana.app.service.team!.sync();
  await ana.app.menu('library-changed');
  await expect(claimRow(pageA, second!.id)).toHaveAttribute('data-status', 'disputed');
  await expect(pageA.getByTestId('conflict-box')).toHaveCount(0);
  await sam.app.menu('team-changed');
  for (const page of [pageA, pageB]) await expect(page.getByTestId('sync-indicator')).toHaveText('Team: synced');
  await ana.app.service.team!.close();
  await sam.app.service.team!.close();
});
