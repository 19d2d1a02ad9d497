import type { Db } from './open-database';

/** Per-group-chat permissions: whether customer-level data may be posted there. */
export interface ChatStore {
  allowsCustomerData(chatId: number): boolean;
  setCustomerData(chatId: number, allow: boolean, by: number, now: Date): void;
}

/** Creates the {@link ChatStore}. */
export function createChatStore(db: Db): ChatStore {
  return {
    allowsCustomerData: (chatId) =>
      (db.prepare('SELECT allow_customer_data AS a FROM chats WHERE chat_id = ?').get(chatId) as { a: number } | undefined)?.a === 1,
    setCustomerData: (chatId, allow, by, now) => {
      db.prepare(
        `INSERT INTO chats (chat_id, allow_customer_data, set_by, set_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(chat_id) DO UPDATE SET allow_customer_data = excluded.allow_customer_data, set_by = excluded.set_by, set_at = excluded.set_at`,
      ).run(chatId, allow ? 1 : 0, by, now.toISOString());
    },
  };
}
