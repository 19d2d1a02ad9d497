import { GrammyError, type Api } from 'grammy';
import { isoFromDay } from '../../core';
import { localTime, minutesOf, type Clock } from '../clock';
import { composeDigests, type ComposeEnv } from '../digest/compose-digests';
import { dueDigests } from '../digest/due-digests';
import type { Logger } from '../logger';
import type { Person, Storage } from '../storage';
import { notifyAdmins } from './notify-admins';
import { sendMessages } from './send-messages';

/** What the morning run needs (all injected). */
export interface MorningRunDeps {
  api: Api;
  storage: Storage;
  compose: ComposeEnv;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  defaultDigestTime: string;
  adminIds: number[];
  /** Subscribers processed in parallel (each one's messages stay in order). Default 8. */
  concurrency?: number;
  /** Attempts per digest per day before giving up (default 3). */
  maxAttempts?: number;
  /** Set by a graceful shutdown: stop after the message in flight. */
  shouldStop?: () => boolean;
}

/** What one pass did. */
export interface MorningRunReport {
  day: string;
  due: number;
  sent: number;
  messages: number;
  failed: number;
  paused: number;
  notYet: number;
}

/**
 * One pass of the digest scheduler, run every minute and at start: for each active subscriber whose digest
 * time (theirs, else the default) has come today in the bot's time zone, sends each due digest that the send
 * log does not already show as sent today. A digest is claimed in the send log before its first message and
 * each delivered part is counted, so a crash or restart continues with the next part and repeats nothing; a run
 * missed while the bot was down is sent at the first pass of the same day. A 403 (bot blocked) pauses that
 * subscription and tells the admins; any other failure is logged and retried on a later pass (up to
 * `maxAttempts`); no subscriber waits on another's failure.
 * @example await runDueDigests(deps) // → { day: "2026-11-23", due: 200, sent: 200, messages: 212, failed: 0, paused: 0, notYet: 0 }
 */
export async function runDueDigests(deps: MorningRunDeps): Promise<MorningRunReport> {
  const now = deps.clock.now();
  const local = localTime(now, deps.timeZone);
  const day = isoFromDay(local.day);
  const report: MorningRunReport = { day, due: 0, sent: 0, messages: 0, failed: 0, paused: 0, notYet: 0 };
  if (!deps.compose.snapshots.ready()) {
    const r = await deps.compose.snapshots.refresh();
    if (!r.ok) {
      deps.logger.error('digest.no_data', { error: r.error });
      return report;
    }
  }
  // Score the day once up front (the first pass after midnight), so no subscriber's digest waits on it.
  deps.compose.snapshots.get(local.day);
  const queue: Person[] = [];
  for (const p of deps.storage.people.subscribers()) {
    if (local.minutes < minutesOf(p.digestTime ?? deps.defaultDigestTime)) report.notYet++;
    else queue.push(p);
  }
  const maxAttempts = deps.maxAttempts ?? 3;
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      if (deps.shouldStop?.()) return;
      await deliverTo(p);
    }
  };
  const deliverTo = async (person: Person) => {
    const chatId = person.subscription!.chatId;
    for (const kind of dueDigests(person, local)) {
      const entry = deps.storage.sendLog.claim(chatId, kind, day, now, maxAttempts);
      if (!entry) continue;
      report.due++;
      try {
        const [digest] = await composeDigests(person, [kind], local.day, now, deps.compose, { applyCap: true });
        const delivered = await sendMessages(deps.api, chatId, digest.messages, {
          from: entry.partsSent,
          shouldStop: deps.shouldStop,
          onSent: () => deps.storage.sendLog.partSent(chatId, kind, day, deps.clock.now()),
        });
        report.messages += delivered;
        if (deps.shouldStop?.() && deps.storage.sendLog.get(chatId, kind, day)!.partsSent < digest.messages.length) return;
        if (digest.alerted.length) deps.storage.alerts.record(person.telegramId, digest.alerted, local.day);
        deps.storage.sendLog.finish(chatId, kind, day, 'sent', deps.clock.now());
        report.sent++;
      } catch (error) {
        const code = error instanceof GrammyError ? error.error_code : undefined;
        deps.storage.sendLog.finish(chatId, kind, day, 'failed', deps.clock.now(), code ? `telegram ${code}` : describe(error));
        report.failed++;
        if (code === 403) {
          deps.storage.people.pause(person.telegramId, 'blocked', deps.clock.now());
          report.paused++;
          deps.logger.warn('digest.blocked', { chat: chatId });
          await notifyAdmins(deps, 'admin-blocked', { name: person.displayName, id: String(person.telegramId) });
          return;
        }
        deps.logger.error('digest.failed', { chat: chatId, digest: kind, code, error: describe(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 8) }, worker));
  if (report.due) deps.logger.info('digest.pass', { ...report });
  return report;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300);
}
