import { judgeWorthiness } from '../checkworthy.ts';
import type { Doc } from './doc.ts';

/** Component "check-worthiness": judges each unit once, last, when its kind and its source are final. */
export function worthiness(doc: Doc): void {
  for (const u of doc.units) {
    const { checkworthy, score, reasons } = judgeWorthiness(u.text, u.attribution !== null, u.kind === 'heading', u.kind === 'list-item', u.kind === 'headline');
    u.checkworthy = checkworthy;
    u.score = score;
    u.reasons = reasons;
  }
}
