import type { WorkbenchBridge } from '../../../shared/ipc-contract.ts';
import type { SearchResult } from '../../../shared/model.ts';
import type { Status } from '../../../shared/status.ts';

/** The sidebar's library-wide search: query, filters and results (only the latest request's answer is shown). */
export class LibrarySearchState {
  readonly #api: WorkbenchBridge;
  #query = $state('');
  #status = $state<Status | ''>('');
  #from = $state('');
  #to = $state('');
  #results = $state<SearchResult[] | null>(null);
  /** The query the results shown answer (the box may already hold more). */
  #answered = $state('');
  #error = $state<string | null>(null);
  #searching = $state(false);
  #ticket = 0;

  constructor(api: WorkbenchBridge) {
    this.#api = api;
  }

  get query(): string {
    return this.#query;
  }
  get status(): Status | '' {
    return this.#status;
  }
  get from(): string {
    return this.#from;
  }
  get to(): string {
    return this.#to;
  }
  /** Null before any search. */
  get results(): SearchResult[] | null {
    return this.#results;
  }
  /** The query the results shown answer, for marking the words they matched. */
  get answered(): string {
    return this.#answered;
  }
  get error(): string | null {
    return this.#error;
  }
  get searching(): boolean {
    return this.#searching;
  }

  /** Changes the query or a filter and searches again. */
  async set(field: 'query' | 'status' | 'from' | 'to', value: string): Promise<void> {
    if (field === 'query') this.#query = value;
    else if (field === 'status') this.#status = value as Status | '';
    else if (field === 'from') this.#from = value;
    else this.#to = value;
    await this.run();
  }

  /** Runs the search; an empty query clears the results. */
  async run(): Promise<void> {
    const ticket = ++this.#ticket;
    if (this.#query.trim() === '') {
      this.#results = null;
      this.#error = null;
      return;
    }
    this.#searching = true;
    try {
      const results = await this.#api.searchLibrary({
        text: this.#query,
        ...(this.#status ? { status: this.#status } : {}),
        ...(this.#from ? { from: this.#from } : {}),
        ...(this.#to ? { to: this.#to } : {}),
        limit: 50,
      });
      if (ticket === this.#ticket) {
        this.#results = results;
        this.#answered = this.#query;
        this.#error = null;
      }
    } catch (err) {
      if (ticket === this.#ticket) this.#error = (err as Error).message;
    } finally {
      if (ticket === this.#ticket) this.#searching = false;
    }
  }

  /** Clears the search: its text, its filters and its results (an answer still on its way is dropped). */
  clear(): void {
    this.#ticket++;
    this.#query = '';
    this.#status = '';
    this.#from = '';
    this.#to = '';
    this.#searching = false;
    this.#results = null;
    this.#error = null;
  }
}
