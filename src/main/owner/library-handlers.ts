import type { LibraryApi } from '../../shared/library-protocol.ts';
import type { WorkbenchService } from '../service/workbench-service.ts';

/** Binds the library protocol's verbs to the service (what the CLI may ask of the library's writer). */
export function createLibraryHandlers(service: WorkbenchService): LibraryApi {
  return {
    getLibrary: () => service.getLibrary(),
    getDocument: (documentId) => service.viewDocument(documentId),
    editClaim: (documentId, claimId, edit) => service.editClaim(documentId, claimId, edit),
    importPaths: (paths, url, mode) => service.importPaths(paths, url, mode),
    setDocumentUrl: (documentId, url) => service.setDocumentUrl(documentId, url),
    renderExport: (documentId, choices) => service.renderExport(documentId, choices),
    writeExport: (documentId, choices, path) => service.writeExport(documentId, choices, path),
    exportGaps: (documentId, choices) => service.exportGaps(documentId, choices),
    getSettings: () => service.getSettings(),
    saveSettings: (settings) => service.saveSettings(settings),
    searchLibrary: (query) => service.searchLibrary(query),
    restoreBackup: (documentId) => service.restoreBackup(documentId),
    teamStatus: () => service.teamStatus(),
    teamCheck: () => service.teamCheck(),
    teamConnect: (settings, password) => service.teamConnect(settings, password),
    teamSync: () => service.teamSync(),
    teamConflicts: () => service.teamConflicts(),
    teamResolve: (seq, keep) => service.teamResolve(seq, keep),
  };
}
