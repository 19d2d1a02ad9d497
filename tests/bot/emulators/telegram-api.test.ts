import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import { Bot, GrammyError, InputFile } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TelegramApiEmulator } from './telegram-api';

describe('Telegram Bot API emulator through grammY', () => {
  let emu: TelegramApiEmulator;
  let bot: Bot;
  beforeEach(async () => {
    emu = await new TelegramApiEmulator().start();
    bot = new Bot(emu.token, { client: { apiRoot: emu.apiRoot } });
  });
  afterEach(async () => {
    await emu.stop();
  });

  it('answers getMe, sendMessage and records the visible HTML text', async () => {
    await bot.init();
    expect(bot.botInfo.username).toBe('rfm_pulse_test_bot');
    const m = await bot.api.sendMessage(42, '<b>Hi</b> &lt;x&gt;', { parse_mode: 'HTML' });
    expect(m.message_id).toBe(1);
    expect(emu.delivered(42)[0].visibleText).toBe('Hi <x>');
  });

  it('takes photos as multipart uploads', async () => {
    await bot.api.sendPhoto(42, new InputFile(Buffer.from('PNGDATA'), 'c.png'), { caption: 'cap' });
    const call = emu.delivered(42)[0];
    expect(call.method).toBe('sendPhoto');
    expect(call.files[0].bytes.toString()).toBe('PNGDATA');
    expect(call.visibleText).toBe('cap');
  });

  it('rejects malformed HTML and over-long text like the real API', async () => {
    await expect(bot.api.sendMessage(42, '<b>x', { parse_mode: 'HTML' })).rejects.toThrow(/can't parse entities/);
    await expect(bot.api.sendMessage(42, 'x'.repeat(4097))).rejects.toThrow(/too long/);
  });

  it('injects 429 with retry_after (auto-retry waits and delivers) and 403', async () => {
    bot.api.config.use(autoRetry({ maxRetryAttempts: 3 }));
    emu.injectFault({ method: 'sendMessage', chatId: 1, code: 429, retryAfter: 1 });
    await bot.api.sendMessage(1, 'after wait');
    const attempts = emu.calls.filter((c) => c.method === 'sendMessage');
    expect(attempts.map((c) => c.errorCode ?? 200)).toEqual([429, 200]);
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(900);
    emu.injectFault({ chatId: 2, code: 403, times: Infinity });
    const err = await bot.api.sendMessage(2, 'x').catch((e) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(403);
  });

  it('serves updates by long polling to the runner', async () => {
    bot.on('message:text', (ctx) => ctx.reply(`echo ${ctx.message.text}`));
    const runner = run(bot);
    emu.userSays({ id: 5 }, 'hello');
    await emu.waitFor(() => emu.delivered(5).length === 1);
    expect(emu.delivered(5)[0].visibleText).toBe('echo hello');
    await runner.stop();
  });
});
