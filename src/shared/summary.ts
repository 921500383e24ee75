import { isOnList } from './claim-rules.ts';
import type { DocumentSummary, FactDocument } from './model.ts';
import { emptyCounts } from './status.ts';
import { textFingerprint } from './import-checks.ts';

/** The summary the library keeps of a document: counts by status of the claims on the list, without the text. */
export function summarize(doc: Pick<FactDocument, 'id' | 'title' | 'sourceName' | 'importedAt' | 'updatedAt' | 'claims' | 'metadata' | 'text' | 'sourceUrl' | 'fingerprint'>): DocumentSummary {
  const counts = emptyCounts();
  for (const c of doc.claims) if (isOnList(c)) counts[c.status]++;
  const claimCount = Object.values(counts).reduce((a, b) => a + b, 0);
  const fingerprint = doc.fingerprint ?? textFingerprint(doc.text);
  const summary: DocumentSummary = { id: doc.id, title: doc.title, sourceName: doc.sourceName, importedAt: doc.importedAt, updatedAt: doc.updatedAt ?? doc.importedAt, claimCount, counts, sourceUrl: doc.sourceUrl, fingerprint };
  const { siteName, byline, published } = doc.metadata ?? {};
  // The library lists an article by its outlet, byline and date when its page gave them.
  if (siteName || byline || published) summary.article = { ...(siteName ? { siteName } : {}), ...(byline ? { byline } : {}), ...(published ? { published } : {}) };
  return summary;
}
