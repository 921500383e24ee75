import { claimTerms, MATCH_THRESHOLD, scoreTerms, termWeight } from '../../shared/similarity.ts';

/** A claim as alike as the threshold asks, and how alike. */
export interface SimilarityHit {
  id: number;
  score: number;
}

/**
 * The library's claims by their terms (stemmed content words), for "checked before?". It keeps how many
 * claims hold each term, so a term weighs by how rare it is in the library; adding or removing a claim
 * touches only that claim's terms. A look-up scores every claim that could reach the threshold, exactly
 * and with the same weights whichever claim it starts from, so the score of two claims, and whether one
 * is found from the other, does not depend on the direction.
 */
export class SimilarityIndex {
  readonly #termIds = new Map<string, number>();
  readonly #terms: string[] = [];
  /** For each term id, the claims that hold it. */
  readonly #postings: Array<Set<number>> = [];
  /** For each claim id, its term ids. */
  readonly #claims = new Map<number, Uint32Array>();

  /** How many claims are indexed. */
  get size(): number {
    return this.#claims.size;
  }

  /** Adds a claim's text under `id` (an id already in use is replaced). */
  add(id: number, text: string): void {
    this.remove(id);
    const ids = claimTerms(text).map((t) => this.#termId(t));
    for (const t of ids) this.#postings[t]!.add(id);
    this.#claims.set(id, Uint32Array.from(ids));
  }

  /** Takes a claim out. */
  remove(id: number): void {
    const ids = this.#claims.get(id);
    if (!ids) return;
    for (const t of ids) this.#postings[t]!.delete(id);
    this.#claims.delete(id);
  }

  #termId(term: string): number {
    let id = this.#termIds.get(term);
    if (id === undefined) {
      id = this.#terms.length;
      this.#termIds.set(term, id);
      this.#terms.push(term);
      this.#postings.push(new Set());
    }
    return id;
  }

  /** A term's weight now: rarer in the library, heavier. */
  weight(term: string): number {
    const id = this.#termIds.get(term);
    return termWeight(term, id === undefined ? 0 : this.#postings[id]!.size, this.#claims.size);
  }

  /** A weighing function for the library as it is now (for comparing two texts directly). */
  weigher(): (term: string) => number {
    return (term) => this.weight(term);
  }

  /**
   * The claims at least `threshold` alike to `text`, best first (those `skip` rules out are left out).
   * Why it stays fast on a large library: terms are taken rarest first, and once the weight of the terms
   * left could no longer lift a claim not yet seen to the threshold, their claims are not gathered; the
   * claims gathered are scored in full.
   */
  similar(text: string, skip: (id: number) => boolean = () => false, threshold = MATCH_THRESHOLD): SimilarityHit[] {
    const terms = claimTerms(text);
    if (terms.length === 0 || this.#claims.size === 0) return [];
    const weights = new Map(terms.map((t) => [t, this.weight(t)] as const));
    const ordered = [...terms].sort((a, b) => weights.get(b)! - weights.get(a)!);
    const own = ordered.reduce((sum, t) => sum + weights.get(t)!, 0);
    // Dice = 2S / (own + other) with S ≤ other, so Dice ≤ 2S / (own + S): a claim can reach the threshold
    // only if the terms it shares weigh at least threshold · own / (2 − threshold).
    const needed = (threshold * own) / (2 - threshold);
    let left = own;
    const seen = new Set<number>();
    for (const term of ordered) {
      if (left + 1e-9 < needed) break;
      left -= weights.get(term)!;
      const id = this.#termIds.get(term);
      if (id === undefined) continue;
      for (const claim of this.#postings[id]!) if (!skip(claim)) seen.add(claim);
    }
    const weigh = (t: string): number => weights.get(t) ?? this.weight(t);
    const hits: SimilarityHit[] = [];
    for (const claim of seen) {
      const other = [...this.#claims.get(claim)!].map((t) => this.#terms[t]!);
      const score = scoreTerms(terms, other, weigh);
      if (score >= threshold) hits.push({ id: claim, score });
    }
    return hits.sort((a, b) => b.score - a.score || a.id - b.id);
  }
}
