/** The bot's SQLite state: one file, WAL mode, migrations applied at open. */
import { createAlertHistory, type AlertHistory } from './alert-history';
import { createChatStore, type ChatStore } from './chat-store';
import { createInviteStore, type InviteStore } from './invite-store';
import { createKvStore, type KvStore } from './kv-store';
import { openDatabase, type Db } from './open-database';
import { createPeopleStore, type PeopleStore } from './people-store';
import { createSendLog, type SendLog } from './send-log';

export * from './types';
export type { AlertHistory, ChatStore, InviteStore, KvStore, PeopleStore, SendLog, Db };
export type { RedeemResult } from './invite-store';
export type { SendEntry, SendStatus } from './send-log';
export { openDatabase };

/** Every store over one database. */
export interface Storage {
  db: Db;
  people: PeopleStore;
  invites: InviteStore;
  chats: ChatStore;
  sendLog: SendLog;
  alerts: AlertHistory;
  kv: KvStore;
  close(): void;
}

/**
 * Opens the state file and builds all stores.
 * @example const s = openStorage('./data/bot.sqlite'); s.people.list() // → []
 */
export function openStorage(path: string): Storage {
  const db = openDatabase(path);
  return {
    db,
    people: createPeopleStore(db),
    invites: createInviteStore(db),
    chats: createChatStore(db),
    sendLog: createSendLog(db),
    alerts: createAlertHistory(db),
    kv: createKvStore(db),
    close: () => db.close(),
  };
}
