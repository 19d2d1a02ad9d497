import type { Db } from './open-database';

/** Small named values (e.g. the last refresh outcome). */
export interface KvStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Creates the {@link KvStore}. */
export function createKvStore(db: Db): KvStore {
  return {
    get: (k) => (db.prepare('SELECT value FROM kv WHERE key = ?').get(k) as { value: string } | undefined)?.value ?? null,
    set: (k, v) => {
      db.prepare('INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(k, v);
    },
  };
}
