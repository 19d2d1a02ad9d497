import type { Transformer } from 'grammy';

const SEND = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendMediaGroup', 'copyMessage', 'forwardMessage']);

/**
 * An API transformer spacing outgoing messages evenly at most `perSecond` per second across all chats
 * (Telegram allows about 30 a second overall), so a morning run for hundreds of subscribers does not provoke
 * floods of 429s. Other methods pass untouched; `perSecond` 0 turns it off.
 * @example bot.api.config.use(messageRateLimit(25))
 */
export function messageRateLimit(perSecond: number): Transformer {
  let next = 0;
  return async (prev, method, payload, signal) => {
    if (perSecond > 0 && SEND.has(method)) {
      const now = performance.now();
      const at = Math.max(now, next);
      next = at + 1000 / perSecond;
      if (at > now) await new Promise((r) => setTimeout(r, at - now));
    }
    return prev(method, payload, signal);
  };
}
