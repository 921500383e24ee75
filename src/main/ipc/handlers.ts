import type { WorkbenchApi } from '../../shared/ipc-contract.ts';
import type { ExportFormat } from '../../shared/report/report-options.ts';
import type { WorkbenchService } from '../service/workbench-service.ts';
import { PreviewCache } from './preview-cache.ts';

/** The native dialogs the handlers need; Electron supplies them in the app, tests supply their own. */
export interface Dialogs {
  /** Asks where to save an export; null when the user cancels. */
  chooseReportPath(suggestedName: string, format: ExportFormat): Promise<string | null>;
  /** Asks which article files to import; empty when the user cancels. */
  chooseArticleFiles(): Promise<string[]>;
}

/** Binds the contract's verbs to the service, with dialogs for the verbs that need the user's choice. */
export function createHandlers(service: WorkbenchService, dialogs: Dialogs): WorkbenchApi {
  const previews = new PreviewCache(service);
  return {
    getLibrary: () => service.getLibrary(),
    getDocument: (documentId) => service.viewDocument(documentId),
    editClaim: (documentId, claimId, edit) => service.editClaim(documentId, claimId, edit),
    addClaim: (documentId, start, end) => service.addClaim(documentId, start, end),
    undo: (documentId) => service.undo(documentId),
    redo: (documentId) => service.redo(documentId),
    importFiles: async () => service.importPaths(await dialogs.chooseArticleFiles()),
    importDropped: (files) => service.importDropped(files),
    importText: (text) => service.importText(text),
    confirmImport: (token) => service.confirmImport(token),
    dropImport: async (token) => service.dropImport(token),
    deleteDocument: (documentId) => service.deleteDocument(documentId),
    restoreDocument: (documentId) => service.restoreDocument(documentId),
    restoreBackup: (documentId) => service.restoreBackup(documentId),
    setDocumentUrl: (documentId, url) => service.setDocumentUrl(documentId, url),
    renameDocument: (documentId, title) => service.renameDocument(documentId, title),
    previewExport: (documentId, choices) => service.renderExport(documentId, choices),
    exportReport: async (documentId, choices) => {
      const path = await dialogs.chooseReportPath(await service.exportFileName(documentId, choices), choices.format);
      if (path === null) return { saved: false };
      return { saved: true, path: await service.writeExport(documentId, choices, path) };
    },
    searchLibrary: (query) => service.searchLibrary(query),
    similarClaims: (documentId, claimId) => service.similarClaims(documentId, claimId),
    getSettings: () => service.getSettings(),
    saveSettings: (settings) => service.saveSettings(settings),
    exportPreflight: (documentId, choices) => service.exportPreflight(documentId, choices),
    previewExportPart: async (documentId, choices, from, length) => {
      const text = await previews.render(documentId, choices, from === 0);
      return { text: text.slice(from, from + length), total: text.length };
    },
    teamStatus: () => service.teamStatus(),
    teamConnect: (settings, password) => service.teamConnect(settings, password),
    teamSync: () => service.teamSync(),
    teamConflicts: () => service.teamConflicts(),
    teamResolve: (seq, keep) => service.teamResolve(seq, keep),
  };
}
