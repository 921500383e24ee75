import { expect, test } from '@playwright/test';
import { openApp } from './bridge.ts';
import { SEEDS_DIR, tempDir } from './fixtures.ts';

/** A plain-text article of about `bytes` characters: a headline, then attributed sentences in paragraphs. */
function article(bytes: number): string {
  const paragraphs: string[] = ['Harbour works run late'];
  for (let i = 0; paragraphs.join('\n\n').length < bytes; i++) {
    paragraphs.push(`The harbour board spent $${i + 3} million on dredging in ${2000 + (i % 25)}, the auditor said. Work on berth ${i} was ${i % 7} weeks late, according to port records.`);
  }
  return paragraphs.join('\n\n');
}

test('a large paste is read with its progress shown, and the window keeps answering', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = await tempDir('progress');
  await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  await expect(page.locator('li.claim').first()).toBeVisible();

  // Records each progress step the page receives, in order of arrival.
  await page.evaluate(() => {
    const w = window as unknown as { __progressSeen: number[]; __workbenchProgress(p: { stage: string; percent: number }): void };
    w.__progressSeen = [];
    const deliver = w.__workbenchProgress;
    w.__workbenchProgress = (p) => {
      if (p.stage === 'reading') w.__progressSeen.push(p.percent);
      deliver(p);
    };
  });
  await page.keyboard.press('Control+Shift+V');
  const dialog = page.getByRole('dialog', { name: 'Import pasted text' });
  // Setting the value directly: typing 400,000 characters would measure the browser's text field, not the import.
  await page.evaluate((text) => {
    const area = document.querySelector<HTMLTextAreaElement>('#paste-text')!;
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, article(400_000));
  // Watches the window until the dialog closes: how many bars show at once, and whether the dialog ever waits
  // with no bar after the first one appeared.
  await page.evaluate(() => {
    const w = window as unknown as { __bars: { most: number; gaps: number; labels: string[] } };
    w.__bars = { most: 0, gaps: 0, labels: [] };
    let seen = false;
    const timer = setInterval(() => {
      const open = document.querySelector('dialog.paste[open]');
      const bars = document.querySelectorAll('.import-progress progress').length;
      w.__bars.most = Math.max(w.__bars.most, bars);
      if (bars > 0) seen = true;
      if (open && seen && bars === 0) w.__bars.gaps++;
      const label = document.querySelector('.import-progress label')?.textContent?.replace(/[\d\s%]+$/, '');
      if (label && w.__bars.labels.at(-1) !== label) w.__bars.labels.push(label);
      if (!open && seen) clearInterval(timer);
    }, 10);
  });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  // The progress bar shows, and moves while the article is read: every step the window was sent is recorded
  // as it arrives, and steps can only arrive one by one while the library's thread is free.
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('Reading “Pasted text”…');
  await expect(dialog).toBeHidden({ timeout: 120_000 });
  await expect(page.locator('h1')).toHaveText('Harbour works run late');
  await expect(page.locator('.import-progress')).toHaveCount(0);
  // One bar, from the start until the article is shown: never two, never gone while the dialog waits.
  const bars = await page.evaluate(() => (window as unknown as { __bars: { most: number; gaps: number; labels: string[] } }).__bars);
  expect(bars.most).toBe(1);
  expect(bars.gaps).toBe(0);
  expect(bars.labels).toEqual(['Reading “Pasted text”…', 'Saving “Pasted text”…', 'Opening “Pasted text”…']);
  const steps = await page.evaluate(() => (window as unknown as { __progressSeen: number[] }).__progressSeen);
  expect(new Set(steps).size).toBeGreaterThan(10);
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
});
