import type { Db } from './open-database';

/** Which customers were alerted to whom and when: the frequency cap reads it. */
export interface AlertHistory {
  /** `customerId|kind` keys alerted to this person on a day in [fromDay, toDay]. */
  alertedBetween(telegramId: number, fromDay: number, toDay: number): Set<string>;
  record(telegramId: number, entries: { customerId: string; kind: string }[], day: number): void;
}

/** Creates the {@link AlertHistory}. */
export function createAlertHistory(db: Db): AlertHistory {
  const insert = db.prepare('INSERT OR IGNORE INTO alert_history (telegram_id, customer_id, kind, day) VALUES (?, ?, ?, ?)');
  return {
    alertedBetween: (id, from, to) =>
      new Set(
        (db.prepare('SELECT DISTINCT customer_id, kind FROM alert_history WHERE telegram_id = ? AND day BETWEEN ? AND ?').all(id, from, to) as {
          customer_id: string;
          kind: string;
        }[]).map((r) => `${r.customer_id}|${r.kind}`),
      ),
    record: (id, entries, day) => {
      db.transaction(() => {
        for (const e of entries) insert.run(id, e.customerId, e.kind, day);
      })();
    },
  };
}
