import { readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { bilingual, dayInTimeZone, isoFromDay, UserInputError } from '../../core';
import { RUN_FLAGS } from '../flags';
import { formatNumber } from '../format/format-number';
import { CUSTOMERS, plural, ROWS } from '../i18n';
import { writeDemoCsv } from '../io/write-demo-csv';
import { writeOutput } from '../io/write-output';
import { loadConfig, loadRun } from '../load-run';
import type { Command, FlagValues } from '../registry';
import { alertsJson, renderAlertsTable, renderBoundaryLine } from '../render/render-alerts';
import { renderQualityTotals } from '../render/render-quality';
import { renderRunHeader } from '../render/render-run-header';
import { renderSummaryTable, summaryJson } from '../render/render-summary';
import { renderThresholdsCompact, thresholdsJson } from '../render/render-thresholds';

/** The demo ledger's home: `data/` at the package root (git-ignored). */
const DEMO_FILE = fileURLToPath(new URL('../../data/demo-transactions.csv', import.meta.url));
const DEMO_META = `${DEMO_FILE.slice(0, -4)}.json`;
const TOP_ALERTS = 10;

interface DemoMeta {
  seed: number;
  customers: number;
  endDay: number;
  rows: number;
}

function intFlag(flags: FlagValues, name: string, fallback: number, min: number, max: number): number {
  const v = flags[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UserInputError(bilingual(`--${name}: нужно целое число от ${min} до ${max} (задано "${String(v)}")`, `--${name} must be a whole number from ${min} to ${max} (got "${String(v)}")`), `--${name}`);
  }
  return n;
}

/** Makes sure the demo CSV exists for these parameters and today's end date; regenerates it otherwise. */
async function ensureDemoData(want: Omit<DemoMeta, 'rows'>, force: boolean): Promise<{ meta: DemoMeta; generated: boolean }> {
  if (!force) {
    try {
      const meta = JSON.parse(await readFile(DEMO_META, 'utf8')) as DemoMeta;
      await stat(DEMO_FILE);
      if (meta.seed === want.seed && meta.customers === want.customers && meta.endDay === want.endDay) return { meta, generated: false };
    } catch {
      // absent or unreadable: generate
    }
  }
  const rows = await writeDemoCsv(DEMO_FILE, { seed: want.seed, customers: want.customers, endDay: want.endDay });
  const meta = { ...want, rows };
  await writeFile(DEMO_META, `${JSON.stringify(meta)}\n`);
  return { meta, generated: true };
}

/** `rfm demo`: generate the seeded demo ledger (once a day) and print the main job on it in one screen. */
export const demoCommand: Command = {
  name: 'demo',
  summary: { en: 'generate a realistic demo ledger and show quality, segments, cut points and alerts', ru: 'сгенерировать демо-реестр и показать качество, сегменты, пороги и оповещения' },
  usage:
    'rfm demo [--customers N] [--seed N] [--regenerate] [--config FILE] [--as-of YYYY-MM-DD|latest]\n' +
    '         [--time-zone TZ] [--format table|json] [--lang ru|en] [--out FILE]\n' +
    'The data goes to data/demo-transactions.csv, regenerated when absent, when --customers/--seed change,\n' +
    'or on a new day (it always ends today, so the demo looks current).',
  readFlags: ['config'],
  flags: {
    ...RUN_FLAGS,
    customers: { type: 'string' },
    seed: { type: 'string' },
    regenerate: { type: 'boolean' },
    'time-zone': { type: 'string' },
    'no-progress': { type: 'boolean' },
  },
  async run(flags, ctx) {
    const customers = intFlag(flags, 'customers', 2000, 1, 1_000_000);
    const seed = intFlag(flags, 'seed', 42, 0, 2 ** 31 - 1);
    const config = await loadConfig(flags, ctx);
    const endDay = dayInTimeZone(ctx.nowMs(), config.timeZone);
    const { meta, generated } = await ensureDemoData({ seed, customers, endDay }, flags.regenerate === true);
    const file = relative(ctx.cwd, DEMO_FILE) || DEMO_FILE;
    const { run, quality, lang, format } = await loadRun('demo', { ...flags, input: DEMO_FILE, format: flags.format ?? 'table' }, ctx, { showsQuality: true });
    if (format === 'csv') {
      throw new UserInputError(
        bilingual(
          'rfm demo печатает таблицу или json; для CSV: rfm segments/summary/alerts --input data/demo-transactions.csv --format csv',
          'rfm demo prints table or json; for CSV use rfm segments/summary/alerts --input data/demo-transactions.csv --format csv',
        ),
        '--format',
      );
    }
    if (format === 'json') {
      const alerts = alertsJson(run, lang) as { customers: unknown[] };
      const text = JSON.stringify({ file, generated, data: meta, quality, summary: summaryJson(run, lang), thresholds: thresholdsJson(run), alerts: { ...alerts, customers: alerts.customers.slice(0, TOP_ALERTS) } }, null, 2);
      await writeOutput(`${text}\n`, flags.out, ctx);
      return;
    }
    const ru = lang === 'ru';
    const n = (x: number): string => formatNumber(x, lang);
    const title = ru
      ? `RFM Pulse — демо: ${file} (${generated ? 'создан сейчас' : 'создан сегодня'}: ${n(meta.customers)} ${plural('ru', meta.customers, CUSTOMERS.ru)}, ${n(meta.rows)} ${plural('ru', meta.rows, ROWS.ru)}, seed ${meta.seed}, по ${isoFromDay(meta.endDay)})`
      : `RFM Pulse — demo: ${file} (${generated ? 'generated now' : 'generated today'}: ${n(meta.customers)} ${plural('en', meta.customers, CUSTOMERS.en)}, ${n(meta.rows)} ${plural('en', meta.rows, ROWS.en)}, seed ${meta.seed}, up to ${isoFromDay(meta.endDay)})`;
    const more = run.alerts.length > TOP_ALERTS ? (ru ? ` (первые ${TOP_ALERTS} из ${n(run.alerts.length)} по сумме под угрозой)` : ` (top ${TOP_ALERTS} of ${n(run.alerts.length)} by value at risk)`) : '';
    const text = [
      title,
      '',
      ru ? '== Качество данных' : '== Data quality',
      renderQualityTotals(quality, lang),
      '',
      ru ? '== Сегменты' : '== Segments',
      renderRunHeader(run, lang),
      renderSummaryTable(run.summary, lang),
      '',
      ru ? '== Пороги (в скобках — клиентов с баллом; q — квантили, t — пороги)' : '== Cut points (customers with the score in brackets; q = quantile, t = thresholds)',
      renderThresholdsCompact(run, lang),
      '',
      (ru ? '== Оповещения' : '== Alerts') + more,
      renderBoundaryLine(run, lang),
      renderAlertsTable(run, lang, TOP_ALERTS).replace(/\n… .*$/, ''),
      '',
      ru
        ? `Дальше: npm run rfm -- segments|summary|thresholds|alerts|quality --input ${file} [--format csv|json] [--lang en]`
        : `Next: npm run rfm -- segments|summary|thresholds|alerts|quality --input ${file} [--format csv|json] [--lang ru]`,
      '',
    ].join('\n');
    await writeOutput(text, flags.out, ctx);
  },
};
