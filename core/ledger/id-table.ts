import { digitsKey } from './digits-key';
import { TextCodes } from './text-codes';

/**
 * A map from id text to a small integer, tuned for millions of lookups: ids made of 1-14 decimal
 * digits (customer numbers, invoice numbers, with or without leading zeros) are keyed by their numeric
 * value and length (so `00001` ≠ `1`); other ids go to a {@link TextCodes}. Numeric keys that arrive in increasing
 * order (invoice numbers usually do) are appended to a sorted run and found by binary search; only keys
 * that arrive out of order go to an open-addressing table over typed arrays. Several times fewer cache
 * misses than a `Map<string, number>` for numeric ids.
 * @example const t = new IdTable(); t.set('00017', 4); t.get('00017') // → 4; t.get('17') // → -1
 */
export class IdTable {
  private keys = new Float64Array(1 << 10);
  private values = new Int32Array(1 << 10);
  private mask = (1 << 10) - 1;
  private numericSize = 0;
  /** Other ids, numbered, and the value stored for each number. */
  private readonly other = new TextCodes();
  private readonly otherValues: number[] = [];
  /** Numeric keys added in increasing order, with their values (never in the table). */
  private runKeys = new Float64Array(1 << 12);
  private runValues = new Int32Array(1 << 12);
  private runSize = 0;
  private maxKey = 0;

  /** The value stored for `id`, or -1. */
  get(id: string): number {
    const k = digitsKey(id);
    if (k < 0) {
      const code = this.other.find(id);
      return code < 0 ? -1 : this.otherValues[code];
    }
    if (k > this.maxKey) return -1; // larger than every key stored: cannot be there
    const r = this.findInRun(k);
    if (r >= 0) return this.runValues[r];
    if (this.numericSize === 0) return -1;
    const slot = this.slotOf(k);
    return this.keys[slot] === k ? this.values[slot] : -1;
  }

  /**
   * The value stored for `id`; when there is none, stores `value` (≥ 0) and returns -1 — one lookup where
   * `get` then `set` would parse the id and probe the table twice (a file of new order ids does this a
   * million times).
   */
  getOrAdd(id: string, value: number): number {
    const k = digitsKey(id);
    if (k < 0) {
      const before = this.other.size;
      const code = this.other.codeOf(id);
      if (code < before) return this.otherValues[code];
      this.otherValues[code] = value;
      return -1;
    }
    return this.getOrAddKey(k, value);
  }

  /** {@link getOrAdd} for an id given by its {@link digitsKey} (≥ 0): the same entry as its text's. */
  getOrAddKey(k: number, value: number): number {
    if (k > this.maxKey) {
      this.append(k, value);
      return -1;
    }
    const r = this.findInRun(k);
    if (r >= 0) return this.runValues[r];
    const slot = this.slotOf(k);
    if (this.keys[slot] === k) return this.values[slot];
    this.place(slot, k, value);
    return -1;
  }

  /** Stores `value` (≥ 0) for `id`, replacing any earlier value. */
  set(id: string, value: number): void {
    const k = digitsKey(id);
    if (k < 0) {
      this.otherValues[this.other.codeOf(id)] = value;
      return;
    }
    if (k > this.maxKey) {
      this.append(k, value);
      return;
    }
    const r = this.findInRun(k);
    if (r >= 0) this.runValues[r] = value;
    else this.insert(k, value);
  }

  /** Appends a key larger than every key stored to the sorted run. */
  private append(k: number, value: number): void {
    if (this.runSize === this.runKeys.length) {
      const keys = new Float64Array(this.runSize * 2);
      keys.set(this.runKeys);
      const values = new Int32Array(this.runSize * 2);
      values.set(this.runValues);
      this.runKeys = keys;
      this.runValues = values;
    }
    this.runKeys[this.runSize] = k;
    this.runValues[this.runSize++] = value;
    this.maxKey = k;
  }

  /** Position of `k` in the sorted run, or -1. */
  private findInRun(k: number): number {
    const keys = this.runKeys;
    let lo = 0;
    let hi = this.runSize - 1;
    if (hi < 0 || k < keys[0]) return -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const x = keys[mid];
      if (x < k) lo = mid + 1;
      else if (x > k) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  private insert(k: number, value: number): void {
    const slot = this.slotOf(k);
    if (this.keys[slot] === k) this.values[slot] = value;
    else this.place(slot, k, value);
  }

  /** The table slot that holds `k`, or the free slot where it would go. */
  private slotOf(k: number): number {
    const keys = this.keys;
    let slot = hashSlot(k, this.mask);
    for (;;) {
      const x = keys[slot];
      if (x === 0 || x === k) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Puts `k` in the free `slot`, growing the table when it is half full. */
  private place(slot: number, k: number, value: number): void {
    this.keys[slot] = k;
    this.values[slot] = value;
    if (++this.numericSize * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { keys, values } = this;
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === 0) continue;
      let slot = hashSlot(k, this.mask);
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.values[slot] = values[i];
    }
  }
}

/**
 * The table slot of a numeric key (an integer, 0 ≤ k < 2⁵³): a multiplicative hash of its high and low 32 bits.
 * The halves come from a division and a subtraction, exact for such keys; `k % 4294967296` gave the same halves
 * through a call to C's fmod, ~13 ns a hash against ~2 ns (4M random keys in a loop, node 20).
 */
function hashSlot(k: number, mask: number): number {
  const hi = (k / 4294967296) | 0;
  const lo = (k - hi * 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
  h ^= h >>> 15;
  return h & mask;
}
