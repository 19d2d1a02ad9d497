import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, GrammyError, HttpError } from 'grammy';
import type { BotContext, BotDeps } from './context';
import { identify, refuseStrangers } from './features/access';
import { adminFeature } from './features/admin';
import { alertsFeature } from './features/alerts';
import { customerFeature } from './features/customer';
import { digestFeature } from './features/digest';
import { helpFeature } from './features/help';
import { kpiFeature } from './features/kpi';
import { segmentsFeature } from './features/segments';
import { settingsFeature } from './features/settings';
import { startFeature } from './features/start';
import { subscriptionFeature } from './features/subscription';
import { unhandledFeature } from './features/unhandled';
import { messageRateLimit } from './jobs/rate-limit';

/**
 * Builds the bot: grammY with the auto-retry transformer (honours 429 retry_after, retries 5xx and network
 * errors) and an even spacing of outgoing messages (BOT_MAX_MESSAGES_PER_SECOND), the injected dependencies on every context, and the features in order — identify the sender,
 * translations, /start (the only thing strangers may use), the stranger gate, the commands, then "unhandled".
 * @example const bot = createBot(token, deps, { apiRoot: 'http://127.0.0.1:8081' })
 */
export function createBot(token: string, deps: BotDeps, opts: { apiRoot?: string } = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, { client: { apiRoot: opts.apiRoot ?? deps.config.apiRoot } });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 }));
  bot.api.config.use(messageRateLimit(deps.config.maxMessagesPerSecond));
  bot.use((ctx, next) => {
    ctx.deps = deps;
    return next();
  });
  bot.use(identify());
  bot.use(deps.i18n);
  bot.use(startFeature());
  bot.use(refuseStrangers());
  bot.use(helpFeature());
  bot.use(digestFeature());
  bot.use(alertsFeature());
  bot.use(customerFeature());
  bot.use(segmentsFeature());
  bot.use(kpiFeature());
  bot.use(settingsFeature());
  bot.use(subscriptionFeature());
  bot.use(adminFeature());
  bot.use(unhandledFeature());
  bot.catch((err) => {
    const e = err.error;
    // Log what failed without the update's content (it may hold personal data).
    deps.logger.error('update.failed', {
      update: err.ctx.update.update_id,
      error: e instanceof GrammyError ? `telegram ${e.error_code}: ${e.description}` : e instanceof HttpError ? 'network' : e instanceof Error ? e.message : String(e),
    });
  });
  return bot;
}
