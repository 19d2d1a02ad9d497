import { Bot } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageRateLimit } from '../../../bot/jobs/rate-limit';
import { TelegramApiEmulator } from '../emulators/telegram-api';

describe('messageRateLimit', () => {
  let emu: TelegramApiEmulator;
  beforeEach(async () => {
    emu = await new TelegramApiEmulator().start();
  });
  afterEach(() => emu.stop());

  it('spaces messages sent at once evenly at the given rate across chats', async () => {
    const bot = new Bot(emu.token, { client: { apiRoot: emu.apiRoot } });
    bot.api.config.use(messageRateLimit(20)); // one per 50 ms
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 10 }, (_, i) => bot.api.sendMessage(1 + (i % 3), `m${i}`)));
    // the 10th message may leave no earlier than 9 intervals after the first
    expect(performance.now() - t0).toBeGreaterThanOrEqual(9 * 50 - 5);
    expect(emu.delivered()).toHaveLength(10);
  });

  describe('edge cases', () => {
    it('leaves other methods alone and does nothing at 0', async () => {
      const bot = new Bot(emu.token, { client: { apiRoot: emu.apiRoot } });
      bot.api.config.use(messageRateLimit(0));
      await Promise.all(Array.from({ length: 5 }, (_, i) => bot.api.sendMessage(1, `m${i}`)));
      await bot.api.getMe();
      expect(emu.delivered()).toHaveLength(5);
    });
  });
});
