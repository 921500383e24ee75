import { expect, test, type Page } from '@playwright/test';
import { openApp } from './bridge.ts';
import { detail, SEEDS_DIR, tempDir } from './fixtures.ts';
import { onlyStoredDocument } from '../unit/helpers.ts';

const rows = (page: Page) => page.locator('li.claim');
const selectedRow = (page: Page) => page.locator('li.claim.selected');
const number = (page: Page) => selectedRow(page).locator('.claim-number');

async function stored(dataDir: string) {
  // On disk: the file with its journal replayed, as the store reads it.
  return onlyStoredDocument(dataDir);
}

async function start(page: Page) {
  const dataDir = await tempDir('desk');
  await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  await expect(rows(page).first()).toBeVisible();
  return dataDir;
}

/** The row that has the keyboard focus shows a ring. */
async function expectRowFocused(page: Page): Promise<void> {
  const button = selectedRow(page).locator('.claim-body');
  await expect(button).toBeFocused();
  expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
}

test('after x the selection moves on, and a verdict never lands on the dismissed claim', async ({ page }) => {
  const dataDir = await start(page);
  for (let i = 0; i < 6; i++) await page.keyboard.press('j');
  await expect(number(page)).toHaveText('#7');
  await page.keyboard.press('x');
  await expect(rows(page)).toHaveCount(13);
  await expect(number(page)).toHaveText('#8');
  await expectRowFocused(page);
  await page.keyboard.press('v');
  await expect(page.locator('.count[data-status=verified] .count-value')).toHaveText('1');
  await expect(page.locator('.toast')).toHaveText(/Claim 8 saved as Verified/);
  await expect(page.locator('.list-hint')).toContainText('13 shown of 13 claims');
  const doc = await stored(dataDir);
  expect(doc.claims.find((c) => c.n === 7)).toMatchObject({ dismissed: true, status: 'unreviewed' });
  expect(doc.claims.find((c) => c.n === 8)).toMatchObject({ dismissed: false, status: 'verified' });
  // Moving on from there goes down the list, never back to its top.
  await page.keyboard.press('j');
  await expect(number(page)).toHaveText('#9');
});

test('Esc in a search box clears its text and its filter', async ({ page }) => {
  await start(page);
  const all = await rows(page).count();
  await page.keyboard.press('/');
  await page.keyboard.type('kharkiv');
  await expect(rows(page)).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Search claims')).toHaveValue('');
  await expect(rows(page)).toHaveCount(all);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  await expectRowFocused(page);

  const library = page.getByLabel('Search all articles');
  await library.fill('Biden');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await page.locator('.search-filters select').selectOption('verified');
  await library.focus();
  await page.keyboard.press('Escape');
  await expect(library).toHaveValue('');
  await expect(page.locator('.search-results')).toHaveCount(0);
  // The status filter went with the text: a new search starts from every status.
  await library.fill('Biden');
  await expect(page.locator('.search-filters select')).toHaveValue('');
});

test('focus comes back to the claim row; Home, End, Page keys; next unreviewed; the sheet opens at its top', async ({ page }) => {
  await start(page);
  await page.keyboard.press('j');
  await expectRowFocused(page);

  // Esc from a note.
  await page.keyboard.press('n');
  await page.keyboard.type('Called the ministry.');
  await page.keyboard.press('Escape');
  await expectRowFocused(page);

  // Adding evidence.
  await page.keyboard.press('e');
  await page.keyboard.type('https://example.org/ministry');
  await page.keyboard.press('Enter');
  await expect(detail(page).locator('.evidence-list a')).toHaveCount(1);
  await expectRowFocused(page);

  // x, then undo and redo.
  await page.keyboard.press('x');
  await expect(number(page)).toHaveText('#3');
  await expectRowFocused(page);
  await page.keyboard.press('Control+z');
  await expect(number(page)).toHaveText('#2');
  await expectRowFocused(page);
  await page.keyboard.press('Control+Shift+z');
  await expect(number(page)).toHaveText('#3');
  await expectRowFocused(page);
  await page.keyboard.press('Control+z');
  await expect(rows(page)).toHaveCount(14);

  // List keys as in a native list.
  await page.keyboard.press('End');
  await expect(number(page)).toHaveText('#14');
  await expectRowFocused(page);
  await page.keyboard.press('Home');
  await expect(number(page)).toHaveText('#1');
  await page.keyboard.press('PageDown');
  await expect(number(page)).toHaveText('#11');
  await page.keyboard.press('PageUp');
  await expect(number(page)).toHaveText('#1');

  // Next unreviewed: #1 and #2 marked, Shift+J goes from #1 to #3.
  await page.keyboard.press('v');
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+J');
  await expect(number(page)).toHaveText('#3');
  await expectRowFocused(page);

  // The shortcut sheet opens at its top.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
  expect(await sheet.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(sheet).toContainText('Next unreviewed claim');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expectRowFocused(page);
});

test('a key pressed in the same moment a dialog’s Close is clicked acts on the claims, never lost', async ({ page }) => {
  await start(page);
  // The click and the key in one task: the dialog's close event has not come yet when the key arrives.
  const pressAfterClose = (dialogName: string, key: string) =>
    page.evaluate(
      ([name, k]) => {
        const dialog = [...document.querySelectorAll('dialog[open]')].find((d) => d.textContent?.includes(name ?? ''))!;
        const close = [...dialog.querySelectorAll('button')].find((b) => /^(Close|Cancel)$/.test(b.textContent?.trim() ?? ''))!;
        close.click();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      },
      [dialogName, key],
    );
  await expect(number(page)).toHaveText('#1');
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await pressAfterClose('Export', 'j');
  await expect(number(page)).toHaveText('#2');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await pressAfterClose('Keyboard shortcuts', 'j');
  await expect(number(page)).toHaveText('#3');
});

test('a sentence of the article is selected, trimmed and added as a claim from the keyboard, numbered where it stands', async ({ page }) => {
  const dataDir = await start(page);
  await page.keyboard.press('j');
  await expect(number(page)).toHaveText('#2');
  // "." selects the sentence after the selected claim; "<" leaves its last word out; ">" takes it back in.
  await page.keyboard.press('.');
  const selected = () => page.evaluate(() => document.getSelection()?.toString().replace(/\s+/g, ' ').trim() ?? '');
  await expect.poll(selected).not.toBe('');
  const sentence = await selected();
  const words = sentence.split(' ');
  await page.keyboard.press('<');
  await expect.poll(selected).toBe(words.slice(0, -1).join(' '));
  await page.keyboard.press('>');
  await expect.poll(selected).toBe(sentence);
  await page.keyboard.press('<');
  await expect.poll(selected).toBe(words.slice(0, -1).join(' '));
  await page.keyboard.press('c');

  // The new claim is selected, numbered after the unit before it, and sits there in the list.
  const added = words.slice(0, -1).join(' ');
  await expect(selectedRow(page)).toContainText(added.slice(0, 30));
  const shown = await number(page).textContent();
  expect(shown).toMatch(/^#\d+\.\d+$/);
  const numbers = await rows(page).locator('.claim-number').allTextContents();
  const values = numbers.map((t) => Number(t.slice(1)));
  expect(values).toEqual([...values].sort((a, b) => a - b));
  const doc = await stored(dataDir);
  const claim = doc.claims.find((c) => c.origin === 'manual')!;
  expect(claim.text).toBe(added);
  expect(`#${claim.n}`).toBe(shown);
  // "," goes back a sentence from the selection.
  await page.keyboard.press(',');
  await expect.poll(selected).not.toBe('');
});

test('a slow save never takes the keyboard from the note being typed', async ({ page }) => {
  const dataDir = await tempDir('desk-slow');
  const app = await openApp(page, { dataDir, seedsDir: SEEDS_DIR }, { chooseReportPath: async () => null, chooseArticleFiles: async () => [] });
  await expect(rows(page).first()).toBeVisible();
  // The dismissal is answered late, as on a busy machine, while the checker already types a note elsewhere.
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  const original = app.service.editClaim.bind(app.service);
  app.service.editClaim = async (documentId, claimId, edit) => {
    if (edit.kind === 'dismiss') await held;
    return original(documentId, claimId, edit);
  };
  const total = await rows(page).count();
  await rows(page).nth(4).locator('.claim-body').click();
  await page.keyboard.press('x');
  await rows(page).nth(2).locator('.claim-body').click();
  await page.keyboard.press('n');
  const note = detail(page).locator('textarea.note-field');
  await expect(note).toBeFocused();
  await page.keyboard.type('The ministry ');
  release();
  // The dismissal is saved: the unit leaves the list, and the keyboard stays in the note.
  await expect(rows(page)).toHaveCount(total - 1);
  await page.keyboard.type('denied it on the record.');
  await expect(note).toBeFocused();
  await expect(note).toHaveValue('The ministry denied it on the record.');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await stored(dataDir)).claims.find((c) => c.note !== '')?.note).toBe('The ministry denied it on the record.');
  // No letter of the note was taken as a shortcut: no claim was marked.
  expect((await stored(dataDir)).claims.filter((c) => c.status !== 'unreviewed').map((c) => c.n)).toEqual([]);
});
