import type { Api } from 'grammy';
import type { BotDeps } from './context';
import { LANGUAGES } from './i18n';

const COMMANDS = ['start', 'help', 'digest', 'alerts', 'segments', 'kpi', 'customer', 'settings', 'subscribe', 'unsubscribe'];
const ADMIN_COMMANDS = [...COMMANDS, 'refresh', 'invite', 'people'];

/**
 * Sets the command menus in Russian (also the default for other languages) and English: everyone's menu, plus
 * the admin commands in each admin's private chat.
 * @example await setCommands(bot.api, deps, [12345])
 */
export async function setCommands(api: Api, deps: Pick<BotDeps, 'i18n'>, adminChatIds: number[] = []): Promise<void> {
  const menu = (names: string[], lang: string) => names.map((command) => ({ command, description: deps.i18n.t(lang, `cmd-${command}`) }));
  for (const lang of LANGUAGES) {
    await api.setMyCommands(menu(COMMANDS, lang), { language_code: lang });
    if (lang === 'ru') await api.setMyCommands(menu(COMMANDS, lang));
  }
  for (const chatId of adminChatIds) await setAdminCommands(api, deps, chatId);
}

/** The admin menu in one admin's private chat (both languages). */
export async function setAdminCommands(api: Api, deps: Pick<BotDeps, 'i18n'>, chatId: number): Promise<void> {
  for (const lang of LANGUAGES) {
    const commands = ADMIN_COMMANDS.map((command) => ({ command, description: deps.i18n.t(lang, `cmd-${command}`) }));
    await api.setMyCommands(commands, { scope: { type: 'chat', chat_id: chatId }, language_code: lang });
    if (lang === 'ru') await api.setMyCommands(commands, { scope: { type: 'chat', chat_id: chatId } });
  }
}
