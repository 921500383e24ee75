import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from './electron-binary.ts';
import { screenshotPath, tempDir } from './fixtures.ts';

const binary = findElectronBinary();

test('the real Electron app: seed shown, marks saved, report exported', async () => {
  if ('reason' in binary) {
    const why = `Electron end-to-end test skipped: ${binary.reason}.`;
    console.warn(why);
    test.skip(true, why);
    return;
  }
  const dataDir = await tempDir('electron');
  const reportPath = join(await tempDir('electron-out'), 'report.md');
  const app = await electron.launch({
    executablePath: binary.path,
    args: [resolve('out/main/index.js')],
    env: { ...process.env, FACTCHECK_DATA_DIR: dataDir, FACTCHECK_SEEDS_DIR: resolve('seeds') },
  });
  try {
    const win = await app.firstWindow();
    // The preload exposes only the contract's verbs; Node stays out of the page.
    expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual(['exportReport', 'getDocument', 'getLibrary', 'onMenuCommand', 'setStatus']);
    const rows = win.locator('li.claim');
    await expect(rows.first()).toBeVisible();
    await rows.nth(1).locator('.claim-body').click();
    await rows.nth(1).getByRole('button', { name: /^Verified/ }).click();
    await expect(rows.nth(1)).toHaveAttribute('data-status', 'verified');
    await win.keyboard.press('j');
    await win.keyboard.press('u');
    await expect(rows.nth(2)).toHaveAttribute('data-status', 'unsourced');
    await expect(rows.nth(2)).toHaveAttribute('data-saving', 'false');
    const [file] = await readdir(join(dataDir, 'documents'));
    const stored = JSON.parse(await readFile(join(dataDir, 'documents', file!), 'utf8'));
    expect(stored.document.claims.filter((c: { status: string }) => c.status !== 'unreviewed')).toHaveLength(2);

    // The native save dialog cannot be clicked by a test: answer it from the main process.
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, reportPath);
    await win.keyboard.press('Control+e');
    await expect(win.locator('.toast')).toContainText('Report saved');
    const md = await readFile(reportPath, 'utf8');
    expect(md).toMatch(/\| Verified \| 1 \|/);
    expect(md).toMatch(/\| Unsourced \| 1 \|/);
    await win.screenshot({ path: await screenshotPath('electron-app') });
  } finally {
    await app.close();
  }
});
