import type { ImportProgress } from '../../shared/ipc-contract.ts';
import type { LibrarySearch } from '../search/library-search.ts';
import type { LibraryStore } from '../store/library-store.ts';

/** What the review and import services share with the workbench service: its store, search index and clock. */
export interface ServiceParts {
  store: LibraryStore;
  search: LibrarySearch | null;
  now: () => Date;
  /** Hears how an import is going, when someone shows it. */
  progress?: (progress: ImportProgress) => void;
  /** Who is making changes: the reviewer named in settings ('' when none is set). */
  reviewer?: () => string;
}
