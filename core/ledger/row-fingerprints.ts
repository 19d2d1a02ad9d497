import type { RowView } from './row-view';

/** Rows listed in {@link DuplicateRows.sample}, at most (as many as the report lists rejected rows); all are counted. */
export const DUPLICATES_LISTED = 100_000;

/** Rows equal to an earlier row: how many, and the first of them (in row order, up to {@link DUPLICATES_LISTED}) with the row each repeats. */
export interface DuplicateRows {
  rows: number;
  sample: { row: number; sameAs: number }[];
}

/**
 * Exact duplicate rows in a stream of millions of rows without keeping the rows: each row is reduced
 * to a 53-bit fingerprint by its {@link RowView} and appended to a typed array (12 bytes a row, no random
 * memory access while reading); `duplicates()` sorts the fingerprints once and reports equal neighbours.
 * Two different rows share a fingerprint with odds of about n²/2⁵⁴ (≈ 1 in 700 for 5M rows).
 * @example const f = new RowFingerprints(); f.add(7, 2); f.add(7, 3);
 *   f.duplicates(10) // → { rows: 1, sample: [{ row: 3, sameAs: 2 }] }
 */
export class RowFingerprints {
  private keys = new Float64Array(1 << 12);
  private rows = new Int32Array(1 << 12);
  private size = 0;

  /** Records a row's fingerprint ({@link RowView.fingerprint}) for source row `row`. */
  add(key: number, row: number): void {
    if (this.size === this.keys.length) this.grow();
    this.keys[this.size] = key;
    this.rows[this.size++] = row;
  }

  /** Number of rows equal to an earlier row, and up to `sampleSize` of them (in row order) with the row they repeat. */
  duplicates(sampleSize = DUPLICATES_LISTED): DuplicateRows {
    const n = this.size;
    const sorted = this.keys.slice(0, n).sort();
    let count = 0;
    const repeated = new Set<number>();
    for (let i = 1; i < n; i++) {
      if (sorted[i] === sorted[i - 1]) {
        count++;
        repeated.add(sorted[i]);
      }
    }
    const sample: { row: number; sameAs: number }[] = [];
    if (count > 0) {
      const first = new Map<number, number>();
      const listed = Math.min(sampleSize, count); // stop once every duplicate is found
      for (let i = 0; i < n && sample.length < listed; i++) {
        const k = this.keys[i];
        if (!repeated.has(k)) continue;
        const at = first.get(k);
        if (at === undefined) first.set(k, this.rows[i]);
        else sample.push({ row: this.rows[i], sameAs: at });
      }
    }
    return { rows: count, sample };
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const rows = new Int32Array(this.rows.length * 2);
    rows.set(this.rows);
    this.keys = keys;
    this.rows = rows;
  }
}
