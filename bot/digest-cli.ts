/**
 * `npm run digest -- --dry-run [--date YYYY-MM-DD] [--chat ID]`: prints, without Telegram, exactly the messages
 * each subscriber would get that day (HTML as sent; photos as a line with their size and caption). Subscribers
 * come from the state database; when it has none (a fresh install), one demo subscriber per manager in the data
 * plus a head are shown. Needs no token; nothing is sent or recorded.
 */
import { existsSync } from 'node:fs';
import { dayFromIso, isoFromDay, UserInputError } from '../core';
import { createDeps } from './app';
import { fakeClock, localTime, systemClock } from './clock';
import { ConfigError, loadConfig } from './config';
import { composeDigests } from './digest/compose-digests';
import { dueDigests } from './digest/due-digests';
import type { DigestKind } from './digest/types';
import { silentLogger } from './logger';
import type { Person } from './storage';

/** Parsed command line. */
interface Args {
  dryRun: boolean;
  date: string | null;
  chat: number | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dryRun: false, date: null, chat: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') args.dryRun = true;
    else if (a === '--date') args.date = argv[++i] ?? '';
    else if (a.startsWith('--date=')) args.date = a.slice(7);
    else if (a === '--chat') args.chat = Number(argv[++i]);
    else throw new UserInputError(`unknown option "${a}"; usage: npm run digest -- --dry-run [--date YYYY-MM-DD] [--chat ID]`);
  }
  if (!args.dryRun) throw new UserInputError('only --dry-run is supported here (digests are sent by `npm start`); usage: npm run digest -- --dry-run [--date YYYY-MM-DD]');
  if (args.date !== null && dayFromIso(args.date) === null) throw new UserInputError(`--date must be a real date as YYYY-MM-DD (got "${args.date}")`);
  return args;
}

/**
 * Runs the dry run and writes to `out`; returns the exit code (0, or 2 for a user mistake with one line on stderr).
 * @example await runDigestCli(['--dry-run', '--date', '2026-11-23'], process.env, (s) => process.stdout.write(s)) // → 0
 */
export async function runDigestCli(argv: string[], env: Record<string, string | undefined>, out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  try {
    const args = parseArgs(argv);
    const base = loadConfig(env, { requireToken: false });
    // Read-only use of the state: a missing database is not created.
    const hasDb = existsSync(base.dbPath);
    const config = hasDb ? base : { ...base, dbPath: ':memory:' };
    const nowReal = systemClock.now();
    const day = args.date ? dayFromIso(args.date)! : localTime(nowReal, config.timeZone).day;
    const clock = fakeClock(args.date ? `${isoFromDay(day)}T12:00:00Z` : nowReal);
    const deps = createDeps(config, clock, silentLogger);
    const refreshed = await deps.snapshots.refresh();
    if (!refreshed.ok) throw new UserInputError(`the data could not be loaded: ${refreshed.error}`);
    const snap = deps.snapshots.get(day);
    let people: Person[] = deps.storage.people.subscribers();
    let demo = false;
    if (!people.length) {
      demo = true;
      const managers = [...new Set(snap.ledger.customers.map((c) => c.manager).filter((m): m is string => !!m))].sort((a, b) => a.localeCompare(b));
      const demoBase = { status: 'active' as const, language: 'ru' as const, digestTime: null, digests: { alerts: true, segments: true, kpi: 'weekly' as const } };
      people = [
        ...managers.map((m, i) => ({ ...demoBase, telegramId: i + 1, displayName: m, managerName: m, role: 'manager' as const, subscription: { chatId: i + 1, active: true, pausedReason: null } })),
        { ...demoBase, telegramId: 1000, displayName: 'Руководитель', managerName: null, role: 'head' as const, subscription: { chatId: 1000, active: true, pausedReason: null } },
      ];
    }
    if (args.chat !== null) people = people.filter((p) => p.subscription?.chatId === args.chat);
    const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
    const dayOfMonth = Number(isoFromDay(day).slice(8));
    out(`Dry run for ${isoFromDay(day)} (${config.timeZone}); data: ${snap.source}, ${snap.rows.used} rows used of ${snap.rows.total}; ${people.length} subscriber(s)${demo ? ' (demo: one per manager in the data, plus a head)' : ''}.\n`);
    for (const p of people) {
      const kinds: DigestKind[] = dueDigests(p, { weekday, dayOfMonth });
      const time = p.digestTime ?? config.digestTime;
      const digests = await composeDigests(p, kinds, day, clock.now(), deps.compose, { applyCap: true });
      for (const d of digests) {
        out(`\n${deps.i18n.t('en', 'dry-run-header', { who: p.displayName, chat: String(p.subscription?.chatId ?? p.telegramId), lang: p.language, time, digest: d.kind, date: isoFromDay(day) })}\n`);
        d.messages.forEach((m, i) => {
          out(`--- message ${i + 1}/${d.messages.length} ---\n`);
          if (m.kind === 'text') out(`${m.html}\n`);
          else out(`[photo ${m.filename}, PNG ${m.png.length} bytes] caption: ${m.caption}\n`);
        });
      }
      if (!digests.length) out(`\n===== ${p.displayName}: no digests on this day =====\n`);
    }
    deps.storage.close();
    return 0;
  } catch (error) {
    if (error instanceof UserInputError || error instanceof ConfigError) {
      err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  runDigestCli(process.argv.slice(2), process.env, (s) => process.stdout.write(s)).then((code) => process.exit(code));
}
