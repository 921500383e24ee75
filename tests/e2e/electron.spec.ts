import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { API_METHODS } from '../../src/shared/ipc-contract.ts';
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
  const outDir = await tempDir('electron-out');
  const app = await electron.launch({
    executablePath: binary.path,
    args: [resolve('out/main/index.js')],
    env: { ...process.env, FACTCHECK_DATA_DIR: dataDir, FACTCHECK_SEEDS_DIR: resolve('seeds') },
  });
  try {
    const win = await app.firstWindow();
    // The preload exposes exactly the contract's verbs (and the menu listener); Node stays out of the page.
    expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
    const exposed = await win.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort());
    expect(exposed).toEqual([...API_METHODS, 'onImportProgress', 'onMenuCommand'].sort());

    const rows = win.locator('li.claim');
    await expect(rows.first()).toBeVisible();
    await rows.nth(1).locator('.claim-body').click();
    await win.locator('#claim-detail').getByRole('button', { name: /^Verified/ }).click();
    await expect(rows.nth(1)).toHaveAttribute('data-status', 'verified');
    await win.keyboard.press('j');
    await win.keyboard.press('u');
    await expect(rows.nth(2)).toHaveAttribute('data-status', 'unsourced');
    await expect(rows.nth(2)).toHaveAttribute('data-saving', 'false');
    const [file] = await readdir(join(dataDir, 'documents'));
    const stored = JSON.parse(await readFile(join(dataDir, 'documents', file!), 'utf8'));
    const marked = stored.document.claims.filter((c: { status: string }) => c.status !== 'unreviewed');
    expect(marked.map((c: { status: string }) => c.status).sort()).toEqual(['unsourced', 'verified']);

    // The native save dialog cannot be clicked by a test: answer it from the main process.
    const reportPath = join(outDir, 'report.md');
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, reportPath);
    await win.keyboard.press('Control+e');
    const exportDialog = win.getByRole('dialog', { name: 'Export' });
    await exportDialog.getByLabel('Markdown report').check();
    await exportDialog.getByRole('button', { name: 'Save…' }).click();
    await expect(win.locator('.toast')).toContainText('Saved to');
    const md = await readFile(reportPath, 'utf8');
    expect(md).toContain('Verified');
    expect(md).toContain('Unsourced');
    await win.screenshot({ path: await screenshotPath('electron-app') });
  } finally {
    await app.close();
  }
});
