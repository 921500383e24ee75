import { writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './bridge.ts';
import { expectAccessible } from './axe.ts';
import { detail, screenshotPath, SEEDS_DIR, tempDir } from './fixtures.ts';
import { onlyStoredDocument } from '../unit/helpers.ts';

const rows = (page: Page) => page.locator('li.claim');
const row = (page: Page, text: string) => rows(page).filter({ hasText: text });

/** The document on disk: its file with its journal replayed, as the store reads it. */
const stored = (dataDir: string) => onlyStoredDocument(dataDir);

async function start(page: Page, seedsDir = SEEDS_DIR, files: string[] = []) {
  const dataDir = await tempDir('review');
  const app = await openApp(page, { dataDir, seedsDir }, { chooseReportPath: async () => null, chooseArticleFiles: async () => files });
  await expect(rows(page).first()).toBeVisible();
  return { dataDir, app };
}

test('statuses, note, evidence, history and undo/redo, all saved to disk', async ({ page }) => {
  const { dataDir } = await start(page);
  const target = row(page, 'US media reported');
  await target.locator('.claim-body').click();
  await page.keyboard.press('i');
  await expect(target).toHaveAttribute('data-status', 'in-progress');
  await page.keyboard.press('d');
  await expect(target).toHaveAttribute('data-status', 'disputed');
  await expect(target).toHaveAttribute('data-saving', 'false');

  // Note: n puts the cursor in the note; leaving the field saves it.
  await page.keyboard.press('n');
  await expect(detail(page).getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Called the press office; no answer yet. <b>not bold</b>');
  await page.keyboard.press('Escape');
  await expect(detail(page).locator('.detail-section[aria-label=Note] .hint')).toHaveText('Saved.');

  // Evidence: a javascript: link is refused with a message, an https link is kept.
  await page.keyboard.press('e');
  await expect(detail(page).getByLabel('Link')).toBeFocused();
  await page.keyboard.type('javascript:alert(document.cookie)');
  await detail(page).getByRole('button', { name: 'Add evidence' }).click();
  await expect(detail(page).locator('.field-error')).toContainText('Only http and https links');
  await detail(page).getByLabel('Link').fill('https://example.org/politico-story');
  await detail(page).getByLabel('Title').fill('Politico: Biden approves strikes');
  await detail(page).getByLabel('Quoted excerpt (optional)').fill('US officials said the policy applies to Kharkiv.');
  await detail(page).getByRole('button', { name: 'Add evidence' }).click();
  const link = detail(page).locator('.evidence-list a');
  await expect(link).toHaveText('Politico: Biden approves strikes');
  await expect(link).toHaveAttribute('href', 'https://example.org/politico-story');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(detail(page).locator('.timeline li')).toHaveCount(4);
  await expect(detail(page).locator('.timeline li').first()).toContainText('Added evidence: Politico: Biden approves strikes');
  await page.screenshot({ path: await screenshotPath('review-1-claim-detail') });

  let doc = await stored(dataDir);
  let claim = doc.claims.find((c: { text: string }) => c.text.includes('US media reported'))!;
  expect(claim.status).toBe('disputed');
  expect(claim.note).toBe('Called the press office; no answer yet. <b>not bold</b>');
  expect(claim.evidence).toHaveLength(1);
  await expect(detail(page).locator('b')).toHaveCount(0);

  // Undo twice (evidence, then note) and redo once, with the keyboard.
  await target.locator('.claim-body').focus();
  await page.keyboard.press('Control+z');
  await expect(detail(page).locator('.evidence-list a')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(detail(page).getByRole('textbox', { name: 'Note' })).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(detail(page).getByRole('textbox', { name: 'Note' })).toHaveValue('Called the press office; no answer yet. <b>not bold</b>');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
  doc = await stored(dataDir);
  claim = doc.claims.find((c: { text: string }) => c.text.includes('US media reported'))!;
  expect(claim.evidence).toHaveLength(0);
  expect(claim.note).toContain('Called the press office');
  expect(doc.redoStack).toHaveLength(1);
  await expectAccessible(page, 'claim detail');
});

test('corrections: dismiss, promote, edit the source, add a claim from the article', async ({ page }) => {
  const seeds = await tempDir('seeds');
  await writeFile(
    join(seeds, 'hall.txt'),
    'Town hall to close\n\nThe town hall will close on June 1, the council said. Is that the right call? It is a shameful decision. Repairs would cost $2 million, according to an engineering survey.',
  );
  const { dataDir } = await start(page, seeds);
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByLabel(/Not check-worthy \(2\)/)).toBeVisible();

  // Promote a hidden unit: show hidden units (a), select it, press p.
  await page.keyboard.press('a');
  await expect(rows(page)).toHaveCount(5);
  const question = row(page, 'Is that the right call?');
  await question.locator('.claim-body').click();
  await expect(detail(page).locator('[data-testid=why]')).toContainText('Not check-worthy');
  await expect(detail(page).locator('[data-testid=why]')).toContainText('question');
  await page.keyboard.press('p');
  await expect(detail(page).getByRole('button', { name: /Take off the claim list/ })).toBeVisible();
  await page.keyboard.press('a');
  await expect(rows(page)).toHaveCount(4);

  // Dismiss a claim (x): it leaves the list and the counts; Shift+X shows it again, x restores it.
  const survey = row(page, 'Repairs would cost');
  await survey.locator('.claim-body').click();
  await page.keyboard.press('x');
  await expect(rows(page)).toHaveCount(3);
  await expect(page.locator('.count[data-status=unreviewed] .count-value')).toHaveText('3');
  await page.keyboard.press('Shift+X');
  await expect(row(page, 'Repairs would cost')).toHaveClass(/dismissed/);
  await row(page, 'Repairs would cost').locator('.claim-body').click();
  await page.keyboard.press('x');
  await page.keyboard.press('Shift+X');
  await expect(rows(page)).toHaveCount(4);

  // Correct the source by hand (s): named → anonymous.
  const hall = row(page, 'The town hall will close');
  await hall.locator('.claim-body').click();
  await page.keyboard.press('s');
  await expect(detail(page).getByLabel('Attributed to')).toBeFocused();
  await detail(page).getByLabel('Attributed to').fill('a council member');
  await detail(page).getByLabel(/Anonymous/).check();
  await detail(page).getByRole('button', { name: 'Save source' }).click();
  await expect(hall.locator('.claim-source .badge').first()).toHaveText('Anonymous');
  await expect(hall.locator('.source-name')).toHaveText('a council member');
  // Said in plain words: corrected by hand, with no internal name of how the source was found.
  const source = detail(page).locator('section', { has: page.getByRole('heading', { name: /^Source/ }) });
  await expect(source).toContainText('(corrected by hand)');
  await expect(source).toContainText('a council member — anonymous');
  await expect(source).not.toContainText('edited by hand');

  // Add a claim by selecting text in the article view and pressing c.
  await page.evaluate(() => {
    const spans = [...document.querySelectorAll<HTMLElement>('.article-text [data-start]')];
    const span = spans.find((s) => s.textContent?.includes('Repairs would cost $2 million'))!;
    const node = span.firstChild!;
    const from = node.textContent!.indexOf('Repairs would cost $2 million');
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, from + 'Repairs would cost $2 million'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await expect(page.getByRole('button', { name: /Add selection as claim/ })).toBeEnabled();
  await page.keyboard.press('c');
  const added = row(page, 'Repairs would cost $2 million').filter({ hasNot: page.locator('text=according to') });
  await expect(added).toHaveCount(1);
  await expect(detail(page).locator('[data-testid=why]')).toContainText('added by hand');
  await page.screenshot({ path: await screenshotPath('review-2-corrections') });

  const doc = await stored(dataDir);
  expect(doc.claims.filter((c: { origin: string }) => c.origin === 'manual').map((c: { text: string }) => c.text)).toEqual(['Repairs would cost $2 million']);
  expect(doc.claims.find((c: { text: string }) => c.text.startsWith('The town hall'))!.attribution).toMatchObject({ source: 'a council member', anonymous: true });
  expect(doc.claims.find((c: { text: string }) => c.text.startsWith('Is that'))!.promoted).toBe(true);
  expect(doc.history.map((h: { label: string }) => h.label)).toEqual([
    'Promoted to the claim list',
    'Dismissed as not a claim',
    'Restored as a claim',
    'Set the source to a council member (anonymous)',
    'Added as a claim from the article text',
  ]);
  await expectAccessible(page, 'corrections view');
});

test('article view follows the list, and the list follows the article', async ({ page }) => {
  await start(page);
  const target = row(page, 'first reported by Politico');
  await target.locator('.claim-body').click();
  const id = await target.getAttribute('data-claim-id');
  await expect(page.locator(`.article-text [data-claim-id="${id}"]`).first()).toHaveClass(/current/);
  await expect(page.locator(`.article-text [data-claim-id="${id}"]`).first()).toBeInViewport();
  // Anonymous sources are flagged in the article.
  await expect(page.locator('.article-text .src-anonymous').first()).toBeVisible();

  const other = page.locator('.article-text [data-claim-id]').filter({ hasText: 'According to' }).first();
  const otherId = await other.getAttribute('data-claim-id');
  await other.click();
  await expect(page.locator(`li.claim[data-claim-id="${otherId}"]`)).toHaveClass(/selected/);
  await page.screenshot({ path: await screenshotPath('review-3-article-view') });
  await expectAccessible(page, 'article view');
});

test('library: import from the dialog, paste, drop; progress; delete after confirmation and restore', async ({ page }) => {
  const files = [resolve('tests/fixtures/harbour-news.html'), resolve('tests/fixtures/budget-report.md'), resolve('package.json')];
  await start(page, SEEDS_DIR, files);
  await page.keyboard.press('Control+o');
  await expect(page.locator('nav .doc')).toHaveCount(3);
  await expect(page.locator('.toast')).toContainText('package.json” is not a supported article file');
  await expect(page.locator('h1')).toHaveText('City council approves $48 million budget with library cuts');

  // Paste (Ctrl/⌘ Shift V).
  await page.keyboard.press('Control+Shift+V');
  const dialog = page.getByRole('dialog', { name: 'Import pasted text' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'paste dialog');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.locator('.field-error')).toHaveText('Paste the article text first.');
  await dialog.getByLabel('Article text').fill('Ferry service cut\n\nThe ferry will run twice a day from May 1, the operator said.');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  // One sentence is more likely a fragment than an article: the import asks first, and Cancel imports nothing.
  const question = page.getByRole('alertdialog', { name: 'Import “Ferry service cut” anyway?' });
  await expect(question).toContainText('“Pasted text” has only 1 sentence');
  await expectAccessible(page, 'import question');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('nav .doc')).toHaveCount(3);
  await page.keyboard.press('Control+Shift+V');
  await dialog.getByLabel('Article text').fill('Ferry service cut\n\nThe ferry will run twice a day from May 1, the operator said.');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await question.getByRole('button', { name: 'Import anyway' }).click();
  await expect(page.locator('h1')).toHaveText('Ferry service cut');

  // Drop a file on the window.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Bridge reopens\n\nThe bridge reopened on Friday after 3 months, engineers said.'], 'bridge.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.getByRole('alertdialog', { name: 'Import “Bridge reopens” anyway?' }).getByRole('button', { name: 'Import anyway' }).click();
  await expect(page.locator('h1')).toHaveText('Bridge reopens');
  await expect(page.locator('nav .doc')).toHaveCount(5);

  // Progress in the sidebar follows the marks.
  await page.keyboard.press('v');
  await expect(page.locator('nav .doc-item.current .doc-progress')).toHaveText('1 of 1 reviewed');

  // Delete: cancel first, then confirm; restore from the trash.
  await page.keyboard.press('Control+Backspace');
  const confirm = page.getByRole('alertdialog', { name: 'Move to the trash?' });
  await expect(confirm).toContainText('Bridge reopens');
  await expectAccessible(page, 'delete confirmation');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('nav .doc')).toHaveCount(5);
  await page.getByRole('button', { name: 'Move “Bridge reopens” to the trash' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.locator('nav .doc')).toHaveCount(4);
  await page.getByRole('button', { name: /Trash \(1\)/ }).click();
  await page.screenshot({ path: await screenshotPath('review-4-library-trash') });
  await page.locator('.trash').getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('nav .doc')).toHaveCount(5);
  await expect(page.locator('h1')).toHaveText('Bridge reopens');
  await expect(rows(page).first()).toHaveAttribute('data-status', 'verified');
  await expectAccessible(page, 'library');
});

test('filters: status, anonymous only, no source, text search', async ({ page }) => {
  await start(page);
  const all = await rows(page).count();
  await page.getByLabel('Anonymous sources').check();
  const anon = await rows(page).count();
  expect(anon).toBeGreaterThan(0);
  expect(anon).toBeLessThan(all);
  for (const badge of await rows(page).locator('.claim-source .badge').first().allTextContents()) expect(badge).toBe('Anonymous');
  await expect(rows(page).locator('.badge-named')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'No source' }).check();
  await expect(rows(page).locator('.source-none')).toHaveCount(await rows(page).count());
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows(page)).toHaveCount(all);

  await page.keyboard.press('/');
  await expect(page.getByLabel('Search claims')).toBeFocused();
  await page.keyboard.type('kharkiv');
  await expect(rows(page)).toHaveCount(3);
  // Esc clears the search text and its filter together.
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Search claims')).toHaveValue('');
  await expect(rows(page)).toHaveCount(all);

  await rows(page).nth(2).locator('.claim-body').click();
  await page.keyboard.press('u');
  await expect(rows(page).nth(2)).toHaveAttribute('data-status', 'unsourced');
  await page.locator('.count[data-status=unsourced] button').click();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.locator('.claims-section .hint').first()).toContainText(`1 shown of ${all} claims`);
});

test('keyboard: shortcut sheet, visible focus, dark mode', async ({ page }) => {
  await start(page);
  await page.keyboard.press('j');
  const focused = page.locator('li.claim.selected .claim-body');
  await expect(focused).toBeFocused();
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const action of ['Mark Verified', 'Mark Unsourced', 'Undo', 'Add evidence', 'Import articles…', 'Export report…']) await expect(sheet).toContainText(action);
  await expectAccessible(page, 'shortcut sheet');
  await page.screenshot({ path: await screenshotPath('review-5-shortcuts') });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.emulateMedia({ colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(200);
  await page.screenshot({ path: await screenshotPath('review-6-dark') });
  await expectAccessible(page, 'dark mode');
});

test('an article with script and handlers is shown as text and runs nothing', async ({ page }) => {
  const seeds = await tempDir('seeds');
  await mkdir(seeds, { recursive: true });
  await writeFile(
    join(seeds, 'hostile.txt'),
    'Council <script>window.__pwned=1</script> vote\n\nThe council voted 5-2 <img src=x onerror="window.__pwned=2"> on Monday, the clerk said. [click](javascript:window.__pwned=3) was the link.',
  );
  await start(page, seeds);
  await expect(page.locator('h1')).toContainText('<script>window.__pwned=1</script>');
  await expect(page.locator('.article-text')).toContainText('onerror="window.__pwned=2"');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('.article-text img, .article-text script, .claims a')).toHaveCount(0);
});

test('the detail says why a claim has its source and why it is check-worthy', async ({ page }) => {
  await start(page);
  await row(page, 'ensure that Ukraine').locator('.claim-body').click();
  await expect(detail(page).getByTestId('why-source')).toHaveText('Why this source: Named in this sentence (rule: trailing clause, cue “said”)');
  await expect(detail(page).getByTestId('why')).toContainText('Check-worthy (score');
  // A source corrected by hand is the checker's, and the detail says so rather than naming a rule.
  await detail(page).getByRole('button', { name: /^Correct/ }).click();
  await detail(page).getByLabel('Attributed to').fill('A White House spokesperson');
  await detail(page).getByRole('button', { name: 'Save source' }).click();
  await expect(detail(page).getByTestId('why-source')).toHaveText('Why this source: Corrected by hand');
});
