/**
 * A list of customer indices (small integers: no per-entry objects for the garbage collector); `names(idOf)` gives a
 * function that builds the id list when someone reads it (see `lazyProperty`).
 *
 * @example const l = new IndexList(); l.push(2); l.names((i) => `c${i}`)() // → ['c2']
 */
export class IndexList {
  private readonly idx: number[] = [];

  /** Number of indices. */
  get length(): number {
    return this.idx.length;
  }

  /** Append an index. */
  push(index: number): void {
    this.idx.push(index);
  }

  /** A function returning the ids of the indices, in order. */
  names(idOf: (index: number) => string): () => string[] {
    const idx = this.idx;
    return () => {
      const out = new Array<string>(idx.length);
      for (let k = 0; k < idx.length; k++) out[k] = idOf(idx[k]);
      return out;
    };
  }
}

/**
 * Define `obj[key]` as a lazy, memoised value built on first read; enumerable, so `JSON.stringify`, spreads and
 * equality see a plain value.
 *
 * @example lazyProperty({}, 'ids', () => ['c1']).ids // → ['c1']
 */
export function lazyProperty<T extends object, K extends string, V>(obj: T, key: K, make: () => V): T & Record<K, V> {
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
  return obj as T & Record<K, V>;
}
