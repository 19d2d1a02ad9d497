import { InputFile, type Api } from 'grammy';
import type { OutMessage } from '../digest/types';

/**
 * Sends messages to one chat in order (HTML parse mode, no link previews), starting at index `from`, calling
 * `onSent(i)` after each one Telegram accepted. Errors propagate (auto-retry has already handled 429 and 5xx).
 * @example await sendMessages(bot.api, 42, [{ kind: 'text', html: '<b>Hi</b>' }]) // → 1
 */
export async function sendMessages(
  api: Api,
  chatId: number,
  messages: readonly OutMessage[],
  opts: { from?: number; onSent?: (index: number) => void; shouldStop?: () => boolean } = {},
): Promise<number> {
  let sent = 0;
  for (let i = opts.from ?? 0; i < messages.length; i++) {
    if (opts.shouldStop?.()) break;
    const m = messages[i];
    if (m.kind === 'text') {
      await api.sendMessage(chatId, m.html, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(m.keyboard ? { reply_markup: m.keyboard } : {}),
      });
    } else {
      await api.sendPhoto(chatId, new InputFile(m.png, m.filename), { caption: m.caption, parse_mode: 'HTML' });
    }
    sent++;
    opts.onSent?.(i);
  }
  return sent;
}
