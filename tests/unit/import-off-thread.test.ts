import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import type { ImportProgress } from '../../src/shared/ipc-contract.ts';
import { extractOffThread, INLINE_LIMIT } from '../../src/main/import/extract-off-thread.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

/** A plain-text article of about `bytes` characters: a headline, then attributed sentences in paragraphs. */
function article(bytes: number): string {
  const paragraphs: string[] = ['Harbour works run late'];
  for (let i = 0; paragraphs.join('\n\n').length < bytes; i++) {
    paragraphs.push(`The harbour board spent $${i + 3} million on dredging in ${2000 + (i % 25)}, the auditor said. Work on berth ${i} was ${i % 7} weeks late, according to port records.`);
  }
  return paragraphs.join('\n\n');
}

describe('large articles are read off the library writer’s thread', () => {
  it('reports progress while a large paste is read, and the writer’s event loop keeps turning', async () => {
    const seen: ImportProgress[] = [];
    const service = await WorkbenchService.start({ dataDir: await tempDir('offthread'), seedsDir: null, now: () => FIXED_NOW, onImportProgress: (p) => seen.push(p) });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    let ticksWhileReading = 0;
    const done = service.importText(article(400_000)).then((outcome) => {
      ticksWhileReading = ticks;
      return outcome;
    });
    const outcome = await done;
    clearInterval(ticker);
    expect(outcome.errors).toEqual([]);
    expect(outcome.imported[0]!.claimCount).toBeGreaterThan(1000);
    const reading = seen.filter((p) => p.stage === 'reading').map((p) => p.percent);
    // Progress arrived in steps (not only 0 at the start), and in order.
    expect(new Set(reading).size).toBeGreaterThan(10);
    expect(reading).toEqual([...reading].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ name: 'Pasted text', stage: 'done', percent: 100 });
    // Timers fired while the article was read: the thread that answers the window was never held.
    expect(ticksWhileReading).toBeGreaterThan(10);
  }, 120_000);

  it('gives the same units off the thread as in place', async () => {
    const text = article(INLINE_LIMIT * 2);
    const off = await extractOffThread({ kind: 'text', text });
    const inPlace = await extractOffThread({ kind: 'text', text: text.slice(0, INLINE_LIMIT - 1) });
    expect(off.units.length).toBeGreaterThan(inPlace.units.length);
    // The first units of both are the same sentences at the same offsets.
    expect(off.units.slice(0, 20)).toEqual(inPlace.units.slice(0, 20));
  }, 60_000);

  it('passes the reader’s own message through when a large file is refused', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 '.repeat(INLINE_LIMIT));
    await expect(extractOffThread({ kind: 'file', name: 'report.pdf', bytes })).rejects.toMatchObject({ code: 'import', message: expect.stringContaining('“report.pdf” is not a supported article file') });
    const empty = new TextEncoder().encode('<html><body><nav><a href="/">Home</a></nav></body></html>'.padEnd(INLINE_LIMIT + 10, ' '));
    await expect(extractOffThread({ kind: 'file', name: 'menu.html', bytes: empty })).rejects.toMatchObject({ code: 'import', message: expect.stringContaining('has no article text') });
  }, 60_000);
});
