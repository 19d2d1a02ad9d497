import type { Db } from './open-database';
import type { DigestChoice, Person, Role } from './types';

interface Row {
  telegram_id: number;
  display_name: string;
  manager_name: string | null;
  role: Role;
  status: 'active' | 'revoked';
  language: 'ru' | 'en' | null;
  digest_time: string | null;
  alerts: number | null;
  segments: number | null;
  kpi: DigestChoice['kpi'] | null;
  chat_id: number | null;
  active: number | null;
  paused_reason: string | null;
}

const SELECT = `SELECT p.telegram_id, p.display_name, p.manager_name, p.role, p.status,
  s.language, s.digest_time, s.alerts, s.segments, s.kpi, sub.chat_id, sub.active, sub.paused_reason
  FROM people p LEFT JOIN settings s ON s.telegram_id = p.telegram_id
  LEFT JOIN subscriptions sub ON sub.telegram_id = p.telegram_id`;

function toPerson(r: Row): Person {
  return {
    telegramId: r.telegram_id,
    displayName: r.display_name,
    managerName: r.manager_name,
    role: r.role,
    status: r.status,
    language: r.language ?? 'ru',
    digestTime: r.digest_time,
    digests: { alerts: (r.alerts ?? 1) === 1, segments: (r.segments ?? 1) === 1, kpi: r.kpi ?? 'weekly' },
    subscription:
      r.chat_id === null ? null : { chatId: r.chat_id, active: r.active === 1, pausedReason: r.paused_reason },
  };
}

/** People, their settings and their digest subscriptions. */
export interface PeopleStore {
  get(telegramId: number): Person | null;
  list(): Person[];
  /** Active people with an active, unpaused subscription. */
  subscribers(): Person[];
  admins(): Person[];
  add(p: { telegramId: number; displayName: string; managerName: string | null; role: Role; language: 'ru' | 'en'; invitedBy: number | null; now: Date }): Person;
  setRole(telegramId: number, role: Role): boolean;
  revoke(telegramId: number): boolean;
  updateSettings(telegramId: number, patch: Partial<Pick<Person, 'language' | 'digestTime'> & DigestChoice>): void;
  subscribe(telegramId: number, chatId: number): void;
  unsubscribe(telegramId: number): void;
  pause(telegramId: number, reason: string, now: Date): void;
}

/** Creates the {@link PeopleStore} over an open database. */
export function createPeopleStore(db: Db): PeopleStore {
  const getStmt = db.prepare(`${SELECT} WHERE p.telegram_id = ?`);
  const listStmt = db.prepare(`${SELECT} ORDER BY p.role, p.display_name`);
  const store: PeopleStore = {
    get: (id) => {
      const r = getStmt.get(id) as Row | undefined;
      return r ? toPerson(r) : null;
    },
    list: () => (listStmt.all() as Row[]).map(toPerson),
    subscribers: () =>
      store.list().filter((p) => p.status === 'active' && p.subscription?.active && !p.subscription.pausedReason),
    admins: () => store.list().filter((p) => p.status === 'active' && p.role === 'admin'),
    add: (p) => {
      db.transaction(() => {
        db.prepare(
          `INSERT INTO people (telegram_id, display_name, manager_name, role, status, invited_by, created_at)
           VALUES (?, ?, ?, ?, 'active', ?, ?)
           ON CONFLICT(telegram_id) DO UPDATE SET display_name = excluded.display_name,
             manager_name = excluded.manager_name, role = excluded.role, status = 'active'`,
        ).run(p.telegramId, p.displayName, p.managerName, p.role, p.invitedBy, p.now.toISOString());
        db.prepare('INSERT OR IGNORE INTO settings (telegram_id, language) VALUES (?, ?)').run(p.telegramId, p.language);
      })();
      return store.get(p.telegramId)!;
    },
    setRole: (id, role) => db.prepare('UPDATE people SET role = ? WHERE telegram_id = ?').run(role, id).changes > 0,
    revoke: (id) => {
      const n = db.prepare("UPDATE people SET status = 'revoked' WHERE telegram_id = ?").run(id).changes;
      db.prepare('UPDATE subscriptions SET active = 0 WHERE telegram_id = ?').run(id);
      return n > 0;
    },
    updateSettings: (id, patch) => {
      db.prepare('INSERT OR IGNORE INTO settings (telegram_id) VALUES (?)').run(id);
      const cols: Record<string, unknown> = {};
      if (patch.language) cols.language = patch.language;
      if (patch.digestTime !== undefined) cols.digest_time = patch.digestTime;
      if (patch.alerts !== undefined) cols.alerts = patch.alerts ? 1 : 0;
      if (patch.segments !== undefined) cols.segments = patch.segments ? 1 : 0;
      if (patch.kpi) cols.kpi = patch.kpi;
      const keys = Object.keys(cols);
      if (!keys.length) return;
      db.prepare(`UPDATE settings SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE telegram_id = @id`).run({ ...cols, id });
    },
    subscribe: (id, chatId) => {
      db.prepare(
        `INSERT INTO subscriptions (telegram_id, chat_id, active) VALUES (?, ?, 1)
         ON CONFLICT(telegram_id) DO UPDATE SET chat_id = excluded.chat_id, active = 1, paused_reason = NULL, paused_at = NULL`,
      ).run(id, chatId);
    },
    unsubscribe: (id) => {
      db.prepare('UPDATE subscriptions SET active = 0 WHERE telegram_id = ?').run(id);
    },
    pause: (id, reason, now) => {
      db.prepare('UPDATE subscriptions SET paused_reason = ?, paused_at = ? WHERE telegram_id = ?').run(reason, now.toISOString(), id);
    },
  };
  return store;
}
