/**
 * `npm run bench:bot`: a Monday morning run for 200 subscribers on 1M generated transactions.
 * Measures (1) the data refresh (generate → core ingestion), (2) the time to compute every digest of every
 * subscriber (RFM run, KPI scorecard, alerts/segments/KPI texts, chart PNGs), and (3) delivery through grammY
 * to the local Telegram emulator: messages per second. Prints one JSON line at the end.
 * Options: --rows N (default 1,000,000), --subscribers N (default 200), --concurrency N (default 8), --rate N
 * (the bot's outgoing message limit; default 0 = off here, to measure what the pipeline can do; 25 in production).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIngester, DEMO_HEADER, generateTransactionRows, dayFromIso, buildScorecard, parseRunConfig, rfmSnapshots, runRfm } from '../core';
import { fakeClock, localTime } from '../bot/clock';
import { buildComposeEnv } from '../bot/compose-env';
import { loadConfig } from '../bot/config';
import { createBot } from '../bot/create-bot';
import { composeDigests } from '../bot/digest/compose-digests';
import { dueDigests } from '../bot/digest/due-digests';
import { defaultKpiPeriod } from '../bot/digest/kpi-digest';
import { createSnapshotProvider } from '../bot/data/snapshot-provider';
import { createI18n } from '../bot/i18n';
import { runDueDigests } from '../bot/jobs/morning-run';
import { silentLogger } from '../bot/logger';
import { openStorage } from '../bot/storage';
import { TelegramApiEmulator } from '../tests/bot/emulators/telegram-api';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const ROWS = flag('rows', 1_000_000);
const SUBSCRIBERS = flag('subscribers', 200);
const CONCURRENCY = flag('concurrency', 8);
const DAY = dayFromIso('2026-11-23')!; // a Monday: alerts, segments and weekly KPI are all due
const ms = (t0: number) => Math.round(performance.now() - t0);
/** CPU milliseconds of this process since `c0` (robust when other processes share the cores). */
const cpu = (c0: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c0);
  return Math.round((d.user + d.system) / 1000);
};

const emu = await new TelegramApiEmulator().start();
const dir = mkdtempSync(join(tmpdir(), 'rfm-bench-bot-'));
try {
  const clock = fakeClock('2026-11-23T06:00:00Z');
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.apiRoot, BOT_DB_PATH: join(dir, 'bot.sqlite'), BOT_ADMIN_IDS: '1', BOT_MAX_MESSAGES_PER_SECOND: String(flag('rate', 0)) }, { requireToken: true });
  const runConfig = parseRunConfig({});
  const storage = openStorage(config.dbPath);
  const snapshots = createSnapshotProvider({
    load: async () => {
      const ing = createIngester(DEMO_HEADER.slice(), { timeZone: config.timeZone, today: DAY });
      for (const row of generateTransactionRows({ seed: 7, endDay: DAY - 1, rows: ROWS })) ing.add(row.cells);
      const r = ing.finish();
      const q = r.quality;
      return { ledger: r.ledger, suppressed: [], source: 'generated', rows: { total: q.totalRows, used: q.usedRows, rejected: q.rejectedRows, excluded: q.excludedRows } };
    },
    score: (ledger, day) => runRfm(ledger, runConfig, { today: day }),
    scorecard: (data, period) => buildScorecard({ ledger: data.ledger, period, snapshotAt: rfmSnapshots(data.ledger, runConfig) }),
    clock,
    logger: silentLogger,
  });
  let t = performance.now();
  let c = process.cpuUsage();
  const refreshed = await snapshots.refresh();
  if (!refreshed.ok) throw new Error(refreshed.error);
  const refreshMs = ms(t);
  const refreshCpuMs = cpu(c);

  // 200 subscribers: every demo manager several times over, every 20th a head (sees everyone), half in English.
  const managers = [...new Set(snapshots.get(DAY).ledger.customers.map((c) => c.manager).filter((m): m is string => !!m))];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const id = 10_000 + i;
    const head = i % 20 === 0;
    const m = managers[i % managers.length];
    storage.people.add({ telegramId: id, displayName: head ? `Head ${i}` : m, managerName: head ? null : m, role: head ? 'head' : 'manager', language: i % 2 ? 'en' : 'ru', invitedBy: 1, now: clock.now() });
    storage.people.subscribe(id, id);
  }
  const i18n = createI18n();
  const compose = buildComposeEnv(config, storage, snapshots, i18n);

  // (2a) the daily warm-up the bot does after each refresh (bot/jobs/prewarm.ts): today's RFM run, KPI scorecard.
  const snap = snapshots.get(DAY);
  t = performance.now();
  c = process.cpuUsage();
  snap.scorecard(defaultKpiPeriod(DAY));
  const scorecardMs = ms(t);
  const scorecardCpuMs = cpu(c);
  // (2b) compute every digest for every subscriber (what the morning run does before sending); chart cache cold.
  t = performance.now();
  c = process.cpuUsage();
  const tRfm = performance.now();
  const cRfm = process.cpuUsage();
  runRfm(snap.ledger, runConfig, { today: DAY }); // what the first snapshot of a day costs
  const rfmMs = ms(tRfm);
  const rfmCpuMs = cpu(cRfm);
  const local = localTime(clock.now(), config.timeZone);
  let messages = 0;
  let digests = 0;
  for (const p of storage.people.subscribers()) {
    const kinds = dueDigests(p, local);
    const out = await composeDigests(p, kinds, DAY, clock.now(), compose, { applyCap: true });
    digests += out.length;
    for (const d of out) messages += d.messages.length;
  }
  const composeMs = ms(t);
  const composeCpuMs = cpu(c);

  // (3) deliver through grammY to the emulator (fresh compose inside the run, warm caches), messages per second.
  const bot = createBot(config.token!, { config, storage, snapshots, clock, logger: silentLogger, i18n, compose });
  t = performance.now();
  c = process.cpuUsage();
  const report = await runDueDigests({ api: bot.api, storage, compose, clock, logger: silentLogger, timeZone: config.timeZone, defaultDigestTime: config.digestTime, adminIds: [], concurrency: CONCURRENCY });
  const sendMs = ms(t);
  const sendCpuMs = cpu(c);
  const result = {
    rows: ROWS,
    customers: snap.ledger.customers.length,
    alerts: snap.run.alerts.length,
    subscribers: SUBSCRIBERS,
    refreshMs,
    refreshCpuMs,
    rfmRunMs: rfmMs,
    rfmRunCpuMs: rfmCpuMs,
    kpiScorecardMs: scorecardMs,
    kpiScorecardCpuMs: scorecardCpuMs,
    computeAllDigestsMs: composeMs,
    computeAllDigestsCpuMs: composeCpuMs,
    digests,
    messages,
    delivered: emu.delivered().length,
    sendRunMs: sendMs,
    sendRunCpuMs: sendCpuMs,
    loadAverage: (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10),
    messagesPerSecond: Math.round((report.messages / sendMs) * 1000),
    sendReport: report,
  };
  console.log(`refresh (generate ${ROWS} rows → ledger): ${refreshMs} ms wall, ${refreshCpuMs} ms CPU`);
  console.log(`daily warm-up after refresh: RFM run ${rfmMs} ms wall / ${rfmCpuMs} ms CPU; KPI scorecard (month to date, all managers) ${scorecardMs} ms wall / ${scorecardCpuMs} ms CPU`);
  console.log(`compute all digests for ${SUBSCRIBERS} subscribers: ${composeMs} ms wall, ${composeCpuMs} ms CPU; ${digests} digests, ${messages} messages`);
  console.log(`delivery via grammY → emulator: ${report.messages} messages in ${sendMs} ms = ${result.messagesPerSecond} msg/s (concurrency ${CONCURRENCY}; ${sendCpuMs} ms CPU, emulator in the same process)`);
  console.log(JSON.stringify(result));
  storage.close();
} finally {
  await emu.stop();
  rmSync(dir, { recursive: true, force: true });
}
