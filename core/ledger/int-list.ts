/**
 * A growable list of 32-bit integers kept in one `Int32Array`: what a `number[]` of codes, keys or counts is,
 * without 8 bytes an entry on the garbage-collected heap. The ingester keeps a dozen such lists with an entry per
 * customer or per distinct e-mail; with a million one-off customers, as `number[]` they were a fifth of the
 * heap, and every full collection walked them.
 *
 * Read entries through `data` (indices below `length`); `data` is replaced when the list grows, so read the field
 * again after a `push` rather than keeping the array.
 * @example const l = new IntList(); l.push(7); l.push(-1); l.length // → 2; l.data[0] // → 7
 */
export class IntList {
  /** The entries in [0, length); zero beyond. */
  data: Int32Array;
  /** Number of entries. */
  length = 0;

  /** @param capacity entries room is made for at first (it doubles as needed) */
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  /** Appends `value` (an integer in −2³¹ … 2³¹ − 1). */
  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  private grow(): void {
    const data = new Int32Array(this.data.length * 2);
    data.set(this.data);
    this.data = data;
  }
}
