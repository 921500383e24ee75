import { claimProfile, claimTerms, MATCH_THRESHOLD, termStems, termWeight } from '../../shared/similarity.ts';
import type { ClaimProfile } from '../../shared/similarity/pair-features.ts';
import { CANDIDATE_OVERLAP, scorePair } from '../../shared/similarity/pair-model.ts';

/** How many claims' profiles are kept, the latest scored in a look-up (about ten megabytes at most). */
const RECENT = 20_000;

/** A claim the pair model takes for the same claim, and its score. */
export interface SimilarityHit {
  id: number;
  score: number;
}

/** Where the similarity index finds claims: the library's word index, which already files every claim's words. */
export interface ClaimSource {
  /** Calls `visit` for each live claim whose own text holds a word with one of these stems (a claim may come more than once). */
  claimsWith(stems: readonly string[], visit: (id: number) => void): void;
  /** The whole text of a claim that is (or, while it is being removed, was) live. */
  text(id: number): string;
  /** One past the highest claim id given so far. */
  capacity(): number;
}

/**
 * The library's claims by their terms (stemmed content words), for "checked before?". It keeps how many
 * claims hold each term, so a term weighs by how rare it is in the library; adding or removing a claim
 * touches only that claim's terms. A look-up scores, with the pair model, every claim whose terms overlap
 * enough to be judged, exactly and with the same weights whichever claim it starts from, so the score of two
 * claims, and whether one is found from the other, does not depend on the direction. It holds only those
 * counts: the claims are found through the word index and their profiles read again from their text, so
 * "checked before?" costs a large library almost no memory of its own.
 */
export class SimilarityIndex {
  readonly #source: ClaimSource;
  /** For each term, how many live claims hold it. */
  readonly #df = new Map<string, number>();
  /** The profiles of claims scored lately, so a look-up reads few claims' texts again. */
  readonly #recent = new Map<number, ClaimProfile>();
  #scratch: { shared: Float64Array; counted: Uint16Array } | null = null;
  #size = 0;

  constructor(source: ClaimSource) {
    this.#source = source;
  }

  /** How many claims are indexed. */
  get size(): number {
    return this.#size;
  }

  /** Counts a claim's terms in (its words are filed by the word index). */
  add(id: number, text: string): void {
    // Why no profile is kept: reading a library adds every claim, and the last 20,000 read are no likelier to be
    // looked at than any others; kept, they cost the service about 15 MB for nothing.
    for (const t of claimTerms(text)) this.#df.set(t, (this.#df.get(t) ?? 0) + 1);
    this.#size++;
  }

  /** Counts a claim's terms out: called while its text can still be read. */
  remove(id: number): void {
    const terms = this.#recent.get(id)?.terms ?? claimTerms(this.#source.text(id));
    this.#recent.delete(id);
    for (const t of terms) {
      const left = (this.#df.get(t) ?? 1) - 1;
      if (left > 0) this.#df.set(t, left);
      else this.#df.delete(t);
    }
    this.#size--;
  }

  /** A claim's profile, read from its text or kept from a recent look-up (at most RECENT claims are kept). */
  #profileOf(id: number): ClaimProfile {
    let profile = this.#recent.get(id);
    if (!profile) {
      profile = claimProfile(this.#source.text(id));
      this.#keep(id, profile);
    }
    return profile;
  }

  /** Keeps a claim's profile among the recent ones, letting go of the oldest past RECENT. */
  #keep(id: number, profile: ClaimProfile): void {
    if (this.#recent.size >= RECENT) this.#recent.delete(this.#recent.keys().next().value!);
    this.#recent.set(id, profile);
  }

  /** A term's weight now: rarer in the library, heavier. */
  weight(term: string): number {
    return termWeight(term, this.#df.get(term) ?? 0, this.#size);
  }

  /** A weighing function for the library as it is now (for comparing two texts directly). */
  weigher(): (term: string) => number {
    return (term) => this.weight(term);
  }

  /**
   * The claims whose pair-model score with `text` is at least `threshold`, best first (those `skip` rules out
   * are left out). Only claims that hold CANDIDATE_OVERLAP of the text's term weight can score above 0, so:
   * terms are taken rarest first, and once the weight of the terms left could no longer lift a claim not yet
   * seen to that share, no new claims are gathered; the weight each claim gathered shares with the text is
   * then summed over every term, and only claims whose shared weight reaches that share have their profiles
   * read and are scored in full.
   */
  similar(text: string, skip: (id: number) => boolean = () => false, threshold = MATCH_THRESHOLD): SimilarityHit[] {
    const profile = claimProfile(text);
    const terms = profile.terms;
    if (terms.length === 0 || this.#size === 0) return [];
    const weights = new Map(terms.map((t) => [t, this.weight(t)] as const));
    const ordered = [...terms].sort((a, b) => weights.get(b)! - weights.get(a)!);
    const own = ordered.reduce((sum, t) => sum + weights.get(t)!, 0);
    // A claim scores above 0 only if the terms it shares hold CANDIDATE_OVERLAP of each claim's weight, so of this one's.
    const needed = CANDIDATE_OVERLAP * own;
    let left = own;
    // Shared weight by claim, and the last term counted for each (1 + its place; a claim can come twice for one
    // term; SKIPPED when `skip` ruled it out): arrays by claim id, as a term may list most of the library.
    const { shared, counted } = this.#scratchFor(this.#source.capacity());
    const SKIPPED = 0xffff;
    const gathered: number[] = [];
    const skipped: number[] = [];
    ordered.slice(0, SKIPPED - 1).forEach((term, k) => {
      const gathering = left + 1e-9 >= needed;
      left -= weights.get(term)!;
      if (!this.#df.has(term)) return;
      const w = weights.get(term)!;
      this.#source.claimsWith(termStems(term), (id) => {
        const last = counted[id]!;
        if (last === k + 1 || last === SKIPPED) return;
        if (last === 0) {
          if (!gathering) return;
          if (skip(id)) {
            counted[id] = SKIPPED;
            skipped.push(id);
            return;
          }
          gathered.push(id);
        }
        shared[id]! += w;
        counted[id] = k + 1;
      });
    });
    // Weights of the claims' other terms are kept for this look-up: the same few come again and again.
    const weigh = (t: string): number => weights.get(t) ?? weights.set(t, this.weight(t)).get(t)!;
    const hits: SimilarityHit[] = [];
    for (const claim of gathered) {
      // The sum may count a word whose stem gave no term (a number word): it only ever overstates, never drops a match.
      if (shared[claim]! + 1e-9 < needed) continue;
      const other = this.#profileOf(claim);
      // The other claim too must hold CANDIDATE_OVERLAP of its weight in shared terms: most claims that share
      // a common word or two with a short claim are ruled out here, before their words are aligned.
      let otherOwn = 0;
      for (const t of other.terms) otherOwn += weigh(t);
      if (shared[claim]! + 1e-9 < CANDIDATE_OVERLAP * otherOwn) continue;
      const score = scorePair(profile, other, weigh);
      if (score >= threshold) hits.push({ id: claim, score });
    }
    // The scratch arrays go back clean for the next look-up.
    for (const id of gathered) shared[id] = counted[id] = 0;
    for (const id of skipped) counted[id] = 0;
    return hits.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  /** Arrays by claim id for a look-up, kept between look-ups (zeroed by each) so none allocates megabytes. */
  #scratchFor(capacity: number): { shared: Float64Array; counted: Uint16Array } {
    if (!this.#scratch || this.#scratch.shared.length < capacity) {
      const size = Math.max(1024, Math.ceil(capacity * 1.25));
      this.#scratch = { shared: new Float64Array(size), counted: new Uint16Array(size) };
    }
    return this.#scratch;
  }
}
