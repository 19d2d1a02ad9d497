/**
 * `npm start`: the bot with long polling (@grammyjs/runner), the digest scheduler (node-cron, the bot's time
 * zone) and the data refresh; stops gracefully on SIGINT/SIGTERM (the message in flight is finished, the rest of
 * a morning run is left to the send log for the next start).
 */
import { run } from '@grammyjs/runner';
import { createDeps } from './app';
import { systemClock } from './clock';
import { ConfigError, loadConfig } from './config';
import { setCommands } from './commands';
import { createBot } from './create-bot';
import { runDueDigests } from './jobs/morning-run';
import { notifyAdmins } from './jobs/notify-admins';
import { prewarm } from './jobs/prewarm';
import { startScheduler } from './jobs/scheduler';
import { createLogger } from './logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, { requireToken: true });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger({ secrets: [config.token, config.source.kind === 'sheets' ? config.source.credentials.json : undefined] });
  const deps = createDeps(config, systemClock, logger);
  const bot = createBot(config.token!, deps);
  // Settings changed in the spreadsheet (the add-on's sidebar or Rules tab): tell the admins at the refresh that sees it.
  deps.runConfigs?.onEvent((event) =>
    event.kind === 'changed'
      ? notifyAdmins(adminDeps(), 'admin-settings-changed', { from: event.from, to: event.to })
      : notifyAdmins(adminDeps(), 'admin-settings-invalid', { version: event.version, problems: event.problems.join('\n') }),
  );
  const adminDeps = () => ({ api: bot.api, storage: deps.storage, compose: deps.compose, logger, adminIds: config.adminIds });
  let stopping = false;

  const refresh = await deps.snapshots.refresh();
  if (!refresh.ok) logger.warn('start.no_data', { error: refresh.error });
  await bot.init();
  await bot.api.deleteWebhook();
  const adminChats = new Set([...config.adminIds, ...deps.storage.people.admins().map((p) => p.subscription?.chatId ?? p.telegramId)]);
  await setCommands(bot.api, deps, [...adminChats]);
  logger.info('start', { bot: bot.botInfo.username, timeZone: config.timeZone, digestTime: config.digestTime, source: config.source.kind });

  const runner = run(bot);
  // One pass at a time: the start-up pass and the cron passes never overlap (they would claim the same digests).
  let pass: Promise<unknown> | null = null;
  const tick = () => {
    if (!pass) {
      pass = runDueDigests({
        api: bot.api,
        storage: deps.storage,
        compose: deps.compose,
        clock: systemClock,
        logger,
        timeZone: config.timeZone,
        defaultDigestTime: config.digestTime,
        adminIds: config.adminIds,
        shouldStop: () => stopping,
      }).finally(() => (pass = null));
    }
    return pass;
  };
  const refreshAndWarm = async () => {
    const r = await deps.snapshots.refresh();
    if (r.ok) await prewarm(deps);
    return r;
  };
  const scheduler = startScheduler({ timeZone: config.timeZone, refreshMinutes: config.refreshMinutes, tick, refresh: refreshAndWarm, logger });

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stop', { signal });
    await scheduler.stop();
    if (runner.isRunning()) await runner.stop();
    await pass?.catch(() => {}); // the message in flight finishes; the rest waits in the send log
    deps.storage.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  // Then warm today's run and scorecard, and send a run missed while the bot was down if it is still the same day.
  setImmediate(() => {
    void prewarm(deps)
      .then(() => (stopping ? null : tick()))
      .catch((error) => logger.error('digest.crashed', { error: error instanceof Error ? error.message : String(error) }));
  });
}

main().catch((error) => {
  process.stderr.write(`The bot stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
