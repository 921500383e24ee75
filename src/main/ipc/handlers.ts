import type { WorkbenchApi } from '../../shared/ipc-contract.ts';
import type { WorkbenchService } from '../service/workbench-service.ts';

/** The native dialogs the handlers need; Electron supplies them in the app, tests supply their own. */
export interface Dialogs {
  /** Asks where to save a report; null when the user cancels. */
  chooseReportPath(suggestedName: string): Promise<string | null>;
}

/** Binds the contract's verbs to the service, with dialogs for the verbs that need the user's choice. */
export function createHandlers(service: WorkbenchService, dialogs: Dialogs): WorkbenchApi {
  return {
    getLibrary: () => service.getLibrary(),
    getDocument: (documentId) => service.getDocument(documentId),
    setStatus: (documentId, claimId, status) => service.setStatus(documentId, claimId, status),
    exportReport: async (documentId) => {
      const path = await dialogs.chooseReportPath(await service.reportFileName(documentId));
      if (path === null) return { saved: false };
      return { saved: true, path: await service.writeReport(documentId, path) };
    },
  };
}
