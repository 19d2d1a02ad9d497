/**
 * One configuration, one answer (issue 7): the same generated ledger and the same settings go
 *  (a) through the CLI, with the config file `rfm config export` makes from the sheet's settings and Rules tabs
 *      downloaded as CSV,
 *  (b) into the add-on bundle running on the in-memory spreadsheet (settings saved by the sidebar, then a refresh),
 *  (c) through the bot reading that same spreadsheet's tabs via the local Sheets API emulator (one batchGet).
 * Per-customer segments, the segment summary, the alert list and one manager's KPI scorecard must be identical to
 * the cent, with the same config and ledger versions; editing a rule in the Rules tab changes all three alike.
 */
import { auth } from '@googleapis/sheets';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cell, dayFromIso, generateTransactions, KPI_INFO, parsePeriod } from '../../core/index';
import { createDeps } from '../../bot/app';
import { fakeClock } from '../../bot/clock';
import { loadConfig } from '../../bot/config';
import { createSheetsSource } from '../../bot/data/sheets-source';
import { silentLogger } from '../../bot/logger';
import { csvLine } from '../../cli/format/csv-line';
import { SheetsApiEmulator, type SheetCell } from '../bot/emulators/sheets-api';
import { runInProcess } from '../cli/harness';
import type { FakeProject } from '../sheets-addon/fakes/index';
import { buildToTemp, project } from '../sheets-addon/helpers';

/** The add-on tests' clock is 2025-03-12 12:00 in Moscow; the CLI harness and the bot use the same day. */
const AS_OF = '2025-03-12';
const DAY = dayFromIso(AS_OF)!;
const PERIOD = '2025-02'; // the add-on's KPI period: the last complete month before the as-of date
const SETTINGS_TAB = 'RFM Настройки';
const RULES_TAB = 'RFM Правила';
const SALES_TAB = 'Продажи';

/** Settings as the marketer enters them in the sidebar (not the defaults, so they must travel). */
const FORM = {
  transactionsTab: SALES_TAB,
  kpiPeriod: 'month',
  language: 'ru',
  config: {
    timeZone: 'Europe/Moscow',
    windowDays: 540,
    recency: { method: 'thresholds', cuts: [30, 90, 180, 365] },
    sleep: { leadDays: 21 },
  },
};

const rows = generateTransactions({ seed: 11, customers: 250, endDay: DAY - 1 });

let distDir = '';
let dir = '';
let sheets: SheetsApiEmulator;
beforeAll(async () => {
  ({ distDir } = await buildToTemp());
  dir = mkdtempSync(join(tmpdir(), 'rfm-cross-'));
  sheets = await new SheetsApiEmulator().start();
});
afterAll(async () => {
  await sheets.stop();
  rmSync(dir, { recursive: true, force: true });
});

type Values = Cell[][];
const values = (p: FakeProject, tab: string): Values => p.spreadsheet.sheet(tab).getDataRange().getValues() as Values;

/** A cell as the Sheets API returns it unformatted: text, numbers, booleans (no Date cells in these tabs). */
function apiCell(v: Cell): SheetCell {
  if (v === null || v === undefined) return '';
  if (v instanceof Date || typeof v === 'object') throw new Error('no Date cells expected in the shared tabs');
  return v as SheetCell;
}

/** Trailing empty cells dropped, as the API does. */
function apiRows(vals: Values): SheetCell[][] {
  const out = vals.map((r) => {
    const row = r.map(apiCell);
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    return row;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** What one surface answered, reduced to comparable numbers. */
interface Answer {
  configVersion: string;
  ledgerVersion: string;
  customers: Record<string, { segment: string; r: number; f: number; m: number; monetaryCents: number; daysToBoundary: number | null }>;
  summary: Record<string, { customers: number; revenueCents: number }>;
  alerts: string[];
  kpi: string[];
}

const cents = (x: number) => Math.round(x * 100);

/** (b) The add-on: values of its output tabs. */
function addonAnswer(p: FakeProject, outcome: { configVersion?: string; ledgerVersion?: string }): Answer {
  const customers: Answer['customers'] = {};
  for (const r of values(p, 'RFM Клиенты').slice(1)) {
    customers[String(r[0])] = { segment: String(r[11]), r: r[7] as number, f: r[8] as number, m: r[9] as number, monetaryCents: cents(r[6] as number), daysToBoundary: r[14] === '' ? null : (r[14] as number) };
  }
  const summary: Answer['summary'] = {};
  const seg = values(p, 'RFM Сегменты');
  let end = 2;
  while (end < seg.length && seg[end][0] !== '') end++;
  // The segment rows, then four footer lines (not scored, before the window, after the as-of date, total).
  for (let i = 2; i < end - 4; i++) summary[String(seg[i][0])] = { customers: seg[i][1] as number, revenueCents: cents(seg[i][3] as number) };
  const alerts = values(p, 'RFM Оповещения').slice(2).filter((r) => r[2] !== '').map((r) => `${r[2]}|${r[1] === 'приближается' ? 'approaching' : 'crossed'}|${r[7]}`);
  const kpi = values(p, 'RFM KPI').filter((r) => r[0] === MANAGER).map((r) => `${r[1]}|${r[3] === '' ? null : r[3]}|${r[9] === '' ? null : r[9]}|${r[10]}`);
  return { configVersion: outcome.configVersion!, ledgerVersion: outcome.ledgerVersion!, customers, summary, alerts: alerts.sort(), kpi: kpi.sort() };
}

const MANAGER = 'Мария Новикова';

/** (a) The CLI: export the sheet's settings and Rules tabs (as CSV downloads) to a config file, then run. */
async function cliAnswer(p: FakeProject, tag: string): Promise<Answer> {
  const csv = (vals: Values) => `${vals.map((r) => csvLine(r.map((c) => (c === null || c === undefined ? '' : c)), false)).join('\n')}\n`;
  writeFileSync(join(dir, `settings-${tag}.csv`), csv(values(p, SETTINGS_TAB)));
  writeFileSync(join(dir, `rules-${tag}.csv`), csv(values(p, RULES_TAB)));
  const exp = await runInProcess(['config', 'export', '--settings', `settings-${tag}.csv`, '--rules', `rules-${tag}.csv`, '--out', `config-${tag}.json`], dir);
  expect(exp.code, exp.stderr).toBe(0);
  const common = ['--input', 'sales.csv', '--config', `config-${tag}.json`, '--format', 'json'];
  const seg = await runInProcess(['segments', ...common], dir);
  expect(seg.code, seg.stderr).toBe(0);
  const segRows = JSON.parse(seg.stdout) as { customerId: string; segmentName: string; r: number; f: number; m: number; monetaryCents: number; daysToBoundary: number | null; version: { config: string; ledger: string } }[];
  const customers: Answer['customers'] = {};
  for (const c of segRows) customers[c.customerId] = { segment: c.segmentName, r: c.r, f: c.f, m: c.m, monetaryCents: c.monetaryCents, daysToBoundary: c.daysToBoundary };
  const sum = JSON.parse((await runInProcess(['summary', ...common], dir)).stdout) as { kind: string; name: string; customers: number; revenueCents: number }[];
  const summary: Answer['summary'] = {};
  for (const s of sum.filter((x) => x.kind === 'segment')) summary[s.name] = { customers: s.customers, revenueCents: s.revenueCents };
  const al = JSON.parse((await runInProcess(['alerts', ...common], dir)).stdout) as { customers: { customerId: string; status: string; daysLeft: number }[] };
  const alerts = al.customers.map((a) => `${a.customerId}|${a.status === 'approaching' ? 'approaching' : 'crossed'}|${a.daysLeft}`);
  const k = await runInProcess(['kpi', '--input', 'sales.csv', '--config', `config-${tag}.json`, '--period', PERIOD, '--manager', MANAGER, '--format', 'json'], dir);
  expect(k.code, k.stderr).toBe(0);
  const card = JSON.parse(k.stdout) as { rows: { manager: string | null; team: boolean; kpi: keyof typeof KPI_INFO; fact: { value: number | null; unit: string; numerator: number; denominator: number | null; customerIds: string[] } }[] };
  const kpi = card.rows.filter((r) => !r.team && r.manager === MANAGER).map((r) => kpiLine(r.kpi, r.fact));
  return { configVersion: segRows[0].version.config, ledgerVersion: segRows[0].version.ledger, customers, summary, alerts: alerts.sort(), kpi: kpi.sort() };
}

/** A KPI fact as the add-on's KPI tab shows it: label, value and numerator in display units, denominator, customers. */
function kpiLine(kpi: keyof typeof KPI_INFO, f: { value: number | null; unit: string; numerator: number; denominator: number | null; customerIds: readonly string[] }): string {
  const money = f.unit === 'money' || f.unit === 'money-per-customer';
  const value = f.value === null ? null : money ? f.value / 100 : f.value;
  return `${KPI_INFO[kpi].ru}|${value}|${f.denominator}|${f.customerIds.length}`;
}

/** (c) The bot: the spreadsheet's tabs served by the Sheets API emulator, read in one batchGet. */
async function botAnswer(p: FakeProject, tag: string): Promise<Answer & { ranges: string[][] }> {
  for (const tab of [SALES_TAB, SETTINGS_TAB, RULES_TAB]) sheets.setTab('book', tab, apiRows(values(p, tab)));
  const config = loadConfig(
    {
      BOT_DATA_SOURCE: 'sheets',
      GOOGLE_SHEET_ID: 'book',
      GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/key.json',
      GOOGLE_API_ROOT: sheets.rootUrl,
      BOT_SHEET_TRANSACTIONS: SALES_TAB,
      BOT_SHEET_SETTINGS: SETTINGS_TAB,
      BOT_SHEET_RULES: RULES_TAB,
      BOT_TIME_ZONE: 'Europe/Moscow',
      BOT_DB_PATH: join(dir, `bot-${tag}.sqlite`),
    },
    { requireToken: false },
  );
  const client = new auth.OAuth2();
  client.setCredentials({ access_token: 'test' });
  const s = config.source.kind === 'sheets' ? config.source : null;
  const source = createSheetsSource({ spreadsheetId: s!.spreadsheetId, ranges: s!.ranges, rootUrl: s!.rootUrl, authClient: client });
  const deps = createDeps(config, fakeClock(`${AS_OF}T06:00:00Z`), silentLogger, { source });
  const before = sheets.calls.length;
  const refreshed = await deps.snapshots.refresh();
  expect(refreshed.ok, JSON.stringify(refreshed)).toBe(true);
  const ranges = sheets.calls.slice(before).map((c) => c.ranges);
  const snap = deps.snapshots.get(DAY);
  const run = snap.run;
  const names = new Map<string, string>([...run.summary.rows.map((r) => [r.group, r.names.ru] as [string, string])]);
  const customers: Answer['customers'] = {};
  for (const c of run.customers) customers[c.customerId] = { segment: names.get(c.segment) ?? c.segment, r: c.r, f: c.f, m: c.m, monetaryCents: c.monetaryCents, daysToBoundary: c.daysToBoundary };
  const summary: Answer['summary'] = {};
  for (const r of run.summary.rows) summary[r.names.ru] = { customers: r.customers, revenueCents: r.revenueCents };
  const alerts = run.alerts.map((a) => `${a.customerId}|${a.status === 'approaching' ? 'approaching' : 'crossed'}|${a.daysLeft}`);
  const card = snap.scorecard(parsePeriod(PERIOD));
  const kpi = card.rows.filter((r) => !r.team && r.manager === MANAGER).map((r) => kpiLine(r.kpi, r.fact));
  deps.storage.close();
  return { configVersion: snap.configVersion!, ledgerVersion: snap.ledgerVersion!, customers, summary, alerts: alerts.sort(), kpi: kpi.sort(), ranges };
}

describe('the CLI, the add-on and the bot give one answer for one spreadsheet', () => {
  it('agree per customer, on the summary, the alerts and a manager scorecard, with the same versions; a rule edit moves all three alike', async () => {
    const p = project(distDir);
    // The ledger pasted as plain text (as File → Import with "convert text" off would keep it).
    p.spreadsheet.addUserSheet(SALES_TAB, rows.map((r) => r.map((c) => (c === null || c === undefined || c === '' ? '' : `'${String(c)}`))));
    writeFileSync(join(dir, 'sales.csv'), `${rows.map((r) => csvLine(r, false)).join('\n')}\n`);

    expect(p.call('rfmSaveSettings', [FORM])).toMatchObject({ ok: true });
    const out1 = p.call('rfmRefreshNow') as { status: string; configVersion?: string; ledgerVersion?: string };
    expect(out1.status).toBe('ok');

    const addon1 = addonAnswer(p, out1);
    const cli1 = await cliAnswer(p, 'before');
    const bot1 = await botAnswer(p, 'before');

    // The bot read data, settings and rules in ONE batched call.
    expect(bot1.ranges).toEqual([[SALES_TAB, SETTINGS_TAB, RULES_TAB]]);
    expect(Object.keys(addon1.customers).length).toBeGreaterThan(200);
    expect(addon1.alerts.length).toBeGreaterThan(0);
    expect(addon1.kpi.length).toBeGreaterThan(0);
    const { ranges: _r1, ...bot1Answer } = bot1;
    expect(cli1).toEqual(addon1);
    expect(bot1Answer).toEqual(addon1);
    // The Quality tab shows the same versions.
    expect(values(p, 'RFM Качество')[1][0]).toBe(`Версия настроек ${addon1.configVersion} · версия данных ${addon1.ledgerVersion} · данные на ${AS_OF}`);

    // Edit one rule in the Rules tab: the first rule now needs F = 5 only.
    const rulesSheet = p.spreadsheet.sheet(RULES_TAB);
    const firstRule = values(p, RULES_TAB)[1];
    rulesSheet.userWrite(2, 4, [[5]]);
    expect(values(p, RULES_TAB)[1][3]).toBe(5);
    const out2 = p.call('rfmRefreshNow') as { status: string; configVersion?: string; ledgerVersion?: string };
    expect(out2.status).toBe('ok');
    const addon2 = addonAnswer(p, out2);
    const cli2 = await cliAnswer(p, 'after');
    const { ranges: _r2, ...bot2 } = await botAnswer(p, 'after');

    expect(addon2.configVersion).not.toBe(addon1.configVersion);
    expect(addon2.ledgerVersion).toBe(addon1.ledgerVersion);
    const moved = Object.keys(addon1.customers).filter((id) => addon1.customers[id].segment !== addon2.customers[id].segment);
    expect(moved.length).toBeGreaterThan(0);
    // Only customers of the edited rule with F below 5 left it.
    for (const id of moved) {
      expect(addon1.customers[id].segment).toBe(String(firstRule[7] || firstRule[0]));
      expect(addon2.customers[id].f).toBeLessThan(5);
    }
    expect(cli2).toEqual(addon2);
    expect(bot2).toEqual(addon2);
  });
});
