import type { Db } from './open-database';

/** State of one (chat, digest, day) delivery. */
export type SendStatus = 'sending' | 'sent' | 'failed' | 'skipped';

/** One send-log entry. */
export interface SendEntry {
  chatId: number;
  digest: string;
  day: string;
  status: SendStatus;
  attempts: number;
  partsSent: number;
  error: string | null;
}

/**
 * The send log: each digest goes to each chat at most once per day.
 * A delivery is claimed (`sending`) before the first message and finished (`sent`) after the last; parts already
 * delivered are counted, so a restart continues a multi-part digest from the next part and repeats nothing.
 */
export interface SendLog {
  get(chatId: number, digest: string, day: string): SendEntry | null;
  /** Claims a delivery; false when it is already sent, skipped or failed too often. */
  claim(chatId: number, digest: string, day: string, now: Date, maxAttempts: number): SendEntry | null;
  partSent(chatId: number, digest: string, day: string, now: Date): void;
  finish(chatId: number, digest: string, day: string, status: Exclude<SendStatus, 'sending'>, now: Date, error?: string): void;
  forDay(day: string): SendEntry[];
}

interface Row {
  chat_id: number;
  digest: string;
  day: string;
  status: SendStatus;
  attempts: number;
  parts_sent: number;
  error: string | null;
}
const toEntry = (r: Row): SendEntry => ({
  chatId: r.chat_id,
  digest: r.digest,
  day: r.day,
  status: r.status,
  attempts: r.attempts,
  partsSent: r.parts_sent,
  error: r.error,
});

/** Creates the {@link SendLog}. */
export function createSendLog(db: Db): SendLog {
  const get = db.prepare('SELECT * FROM send_log WHERE chat_id = ? AND digest = ? AND day = ?');
  const log: SendLog = {
    get: (c, d, day) => {
      const r = get.get(c, d, day) as Row | undefined;
      return r ? toEntry(r) : null;
    },
    claim: (c, d, day, now, maxAttempts) =>
      db.transaction(() => {
        const cur = get.get(c, d, day) as Row | undefined;
        if (cur && (cur.status === 'sent' || cur.status === 'skipped')) return null;
        if (cur && cur.attempts >= maxAttempts) return null;
        db.prepare(
          `INSERT INTO send_log (chat_id, digest, day, status, attempts, updated_at) VALUES (?, ?, ?, 'sending', 1, ?)
           ON CONFLICT(chat_id, digest, day) DO UPDATE SET status = 'sending', attempts = attempts + 1, updated_at = excluded.updated_at`,
        ).run(c, d, day, now.toISOString());
        return toEntry(get.get(c, d, day) as Row);
      })(),
    partSent: (c, d, day, now) => {
      db.prepare('UPDATE send_log SET parts_sent = parts_sent + 1, updated_at = ? WHERE chat_id = ? AND digest = ? AND day = ?').run(
        now.toISOString(),
        c,
        d,
        day,
      );
    },
    finish: (c, d, day, status, now, error) => {
      db.prepare(
        `INSERT INTO send_log (chat_id, digest, day, status, attempts, error, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)
         ON CONFLICT(chat_id, digest, day) DO UPDATE SET status = excluded.status, error = excluded.error, updated_at = excluded.updated_at`,
      ).run(c, d, day, status, error ?? null, now.toISOString());
    },
    forDay: (day) => (db.prepare('SELECT * FROM send_log WHERE day = ? ORDER BY chat_id, digest').all(day) as Row[]).map(toEntry),
  };
  return log;
}
