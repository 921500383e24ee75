import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);

/** A library of two short articles on a clock the test moves (`tick`), for tests of the store's files. */
export async function twoArticles(prefix: string, first: string, second: string) {
  const dataDir = await tempDir(prefix);
  let clock = FIXED_NOW.getTime();
  const now = () => new Date(clock);
  const svc = await WorkbenchService.start({ dataDir, seedsDir: null, now });
  await svc.importDropped([{ name: 'a.txt', bytes: enc(first) }, { name: 'b.txt', bytes: enc(second) }], 'anyway');
  const [a, b] = (await svc.getLibrary()).documents;
  return { dataDir, svc, a: a!, b: b!, tick: (ms: number) => (clock += ms), now };
}
