import type { Cell } from './types';
import { cellText } from './cell-text';

/**
 * Exact duplicate rows in a stream of millions of rows without keeping the rows: each row's cells
 * are reduced to a 53-bit fingerprint appended to a typed array (12 bytes a row, no random memory
 * access while reading); `duplicates()` sorts the fingerprints once and reports equal neighbours.
 * Two different rows share a fingerprint with odds of about n²/2⁵⁴ (≈ 1 in 700 for 5M rows).
 * @example const f = new RowFingerprints(); f.add(['a', 1], 2, 2); f.add(['a', 1], 2, 3);
 *   f.duplicates(10) // → { rows: 1, sample: [{ row: 3, sameAs: 2 }] }
 */
export class RowFingerprints {
  private keys = new Float64Array(1 << 12);
  private rows = new Int32Array(1 << 12);
  private size = 0;

  /** Per column: the previous row's cell and its two hash lanes (a repeated cell is not hashed again). */
  private lastCells: Cell[] = [];
  private lastH1: number[] = [];
  private lastH2: number[] = [];

  /** Records the fingerprint of `cells[0..length)` for source row `row`. */
  add(cells: Cell[], length: number, row: number): void {
    let h1 = 0xdeadbeef ^ length;
    let h2 = 0x41c6ce57 ^ length;
    const lastCells = this.lastCells;
    for (let j = 0; j < length; j++) {
      const v = cells[j];
      let c1: number;
      let c2: number;
      if (j < lastCells.length && v === lastCells[j] && typeof v !== 'object') {
        // Same cell as in the previous row (customer, manager, status… repeat): reuse its hash.
        c1 = this.lastH1[j];
        c2 = this.lastH2[j];
      } else {
        const s = typeof v === 'string' ? v : cellText(v);
        c1 = 0x9e3779b9;
        c2 = 0x85ebca6b;
        const n = s.length;
        let i = 0;
        for (; i + 1 < n; i += 2) {
          const c = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16); // two UTF-16 units per step
          c1 = Math.imul(c1 ^ c, 2654435761);
          c2 = Math.imul(c2 ^ c, 1597334677);
        }
        if (i < n) {
          const c = s.charCodeAt(i) | 0x7fff0000; // a lone last unit, marked so "ab" ≠ "a" + "b"
          c1 = Math.imul(c1 ^ c, 2654435761);
          c2 = Math.imul(c2 ^ c, 1597334677);
        }
        c1 = Math.imul(c1 ^ (c1 >>> 15) ^ n, 0x2c1b3c6d);
        c2 = Math.imul(c2 ^ (c2 >>> 13) ^ n, 0x297a2d39);
        if (j < lastCells.length) {
          lastCells[j] = v;
          this.lastH1[j] = c1;
          this.lastH2[j] = c2;
        } else if (j === lastCells.length) {
          lastCells.push(v);
          this.lastH1.push(c1);
          this.lastH2.push(c2);
        }
      }
      h1 = Math.imul(h1 ^ c1, 2654435761) + j;
      h2 = Math.imul(h2 ^ c2, 1597334677) + j;
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    if (this.size === this.keys.length) this.grow();
    this.keys[this.size] = ((h2 >>> 0) & 0x1fffff) * 4294967296 + (h1 >>> 0);
    this.rows[this.size++] = row;
  }

  /** Number of rows equal to an earlier row, and up to `sampleSize` of them (in row order) with the row they repeat. */
  duplicates(sampleSize: number): { rows: number; sample: { row: number; sameAs: number }[] } {
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
      for (let i = 0; i < n && sample.length < sampleSize; i++) {
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
