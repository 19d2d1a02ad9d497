import type { Api } from 'grammy';
import type { ComposeEnv } from '../digest/compose-digests';
import type { Logger } from '../logger';
import { escapeHtml } from '../render/escape-html';
import type { Storage } from '../storage';

/**
 * Sends a translated notice to every admin (people with the admin role and the ids in BOT_ADMIN_IDS), each in
 * their language; variables are HTML-escaped; a failure to reach one admin is logged and skipped.
 * @example await notifyAdmins(deps, 'admin-blocked', { name: 'Анна', id: '42' })
 */
export async function notifyAdmins(
  deps: { api: Api; storage: Storage; compose: Pick<ComposeEnv, 'translate'>; logger: Logger; adminIds: number[] },
  key: string,
  vars: Record<string, string>,
): Promise<void> {
  const targets = new Map<number, 'ru' | 'en'>();
  for (const id of deps.adminIds) targets.set(id, deps.storage.people.get(id)?.language ?? 'ru');
  for (const p of deps.storage.people.admins()) targets.set(p.subscription?.chatId ?? p.telegramId, p.language);
  const safe = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, escapeHtml(v)]));
  for (const [chatId, lang] of targets) {
    try {
      await deps.api.sendMessage(chatId, deps.compose.translate(lang)(key, safe), { parse_mode: 'HTML' });
    } catch (error) {
      deps.logger.warn('admin.notify_failed', { chat: chatId, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
