import cron from 'node-cron';
import type { Logger } from '../logger';

/** A running schedule. */
export interface Scheduler {
  stop(): Promise<void>;
}

/**
 * Cron expression for "every N minutes" (N dividing 60), or every N hours on the hour for longer intervals.
 * @example refreshCron(30) // → "*\/30 * * * *"
 * @example refreshCron(120) // → "0 *\/2 * * *"
 */
export function refreshCron(minutes: number): string {
  if (minutes < 60) return `*/${Math.max(1, minutes)} * * * *`;
  return `0 */${Math.max(1, Math.round(minutes / 60))} * * *`;
}

/**
 * Starts node-cron jobs in the bot's time zone: the digest pass every minute (each subscriber is due at their
 * own time, so one minute tick serves everybody) and the data refresh on its interval. Passes never overlap.
 * The clock the digest pass reads is injected separately, so tests call `tick` directly with a fake clock.
 * @example const s = startScheduler({ timeZone: 'Europe/Moscow', refreshMinutes: 60, tick, refresh, logger }); await s.stop()
 */
export function startScheduler(opts: {
  timeZone: string;
  refreshMinutes: number;
  tick: () => Promise<unknown>;
  refresh: () => Promise<unknown>;
  logger: Logger;
}): Scheduler {
  const guard = (name: string, fn: () => Promise<unknown>) => async () => {
    try {
      await fn();
    } catch (error) {
      opts.logger.error(`${name}.crashed`, { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const tasks = [
    cron.schedule('* * * * *', guard('digest', opts.tick), { timezone: opts.timeZone, noOverlap: true, name: 'digests' }),
    cron.schedule(refreshCron(opts.refreshMinutes), guard('refresh', opts.refresh), { timezone: opts.timeZone, noOverlap: true, name: 'refresh' }),
  ];
  return {
    stop: async () => {
      for (const t of tasks) await t.destroy();
    },
  };
}
