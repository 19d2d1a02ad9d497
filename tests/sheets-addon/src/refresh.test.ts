/**
 * A refresh end to end through the built bundle in node:vm with the Apps Script fakes: the output tabs
 * equal core's results (core is called directly here and compared), one batched read per input tab and one
 * batched write per output tab, user tabs untouched, reruns idempotent, messy data and broken rules end in
 * the Quality tab, and text that looks like a formula stays text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildScorecard,
  type Cell,
  dayInTimeZone,
  KPI_INFO,
  migrationMatrix,
  parseLeads,
  parsePeriod,
  parseTargetsTable,
  rfmSnapshots,
  ingestTable,
  parseRunConfig,
  type RfmRun,
  runRfm,
  type RunConfigInput,
} from '../../../core/index';
import type { FakeProject, FakeSheet } from '../fakes/index';
import { buildToTemp, mskDate, NOW, project, salesRows } from '../helpers';

let distDir = '';
beforeAll(async () => {
  ({ distDir } = await buildToTemp());
});

const TZ = 'Europe/Moscow';
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Core's own answer for the same sheet values and settings (the add-on must show exactly this). */
function coreRun(values: unknown[][], configInput: RunConfigInput = {}, lang: 'ru' | 'en' = 'ru') {
  const rows = values.map((r) => r.map((v) => (isDate(v) ? new Date(v.getTime()) : v))) as Cell[][];
  const config = parseRunConfig({ timeZone: TZ, ...configInput, language: lang });
  const today = dayInTimeZone(NOW, config.timeZone);
  const { ledger, quality } = ingestTable(rows, { columns: config.columns, dateOrder: config.dateOrder, timeZone: TZ, today, locale: lang });
  return { run: runRfm(ledger, config, { today }), quality, ledger };
}

function refreshed(p: FakeProject): { status: string; message: string; customers?: number; warnings?: number } {
  return p.call('rfmRefreshNow') as { status: string; message: string };
}

function snapshot(sheet: FakeSheet) {
  return {
    values: sheet.inspectValues(),
    formulas: sheet.inspectFormulas(),
    formats: sheet.inspectFormats(),
    frozen: sheet.frozenRows,
    charts: sheet.charts.length,
    rules: sheet.conditionalRules.length,
    widths: [...sheet.columnWidths.entries()],
  };
}

const OUTPUT_TABS = ['RFM Клиенты', 'RFM Сегменты', 'RFM Оповещения', 'RFM KPI', 'RFM Миграция', 'RFM Качество', 'RFM Пороги', 'RFM Правила'];

describe('a refresh of a clean sales tab', () => {
  it('writes the Customers tab exactly as core computes it, with hand-checked values per customer', () => {
    const p = project(distDir);
    const src = p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    const out = refreshed(p);
    expect(out.status).toBe('ok');
    const { run } = coreRun(src.inspectValues());
    const tab = p.spreadsheet.sheet('RFM Клиенты').inspectValues();
    expect(tab[0].slice(0, 11)).toEqual(['Клиент', 'Имя', 'Менеджер', 'Последняя покупка', 'Давность, дней', 'Покупок в окне', 'Выручка в окне', 'R', 'F', 'M', 'Код']);
    const segName = new Map(run.summary.rows.map((r) => [r.group, r.names.ru]));
    expect(tab.length - 1).toBe(run.customers.length);
    run.customers.forEach((c, i) => {
      const row = tab[i + 1];
      expect(row[0]).toBe(c.customerId);
      expect(row[3]).toBe(c.lastPurchaseDay + 25569);
      expect(row.slice(4, 11)).toEqual([c.recencyDays, c.frequency, c.monetaryCents / 100, c.r, c.f, c.m, c.code]);
      expect(row[11]).toBe(segName.get(c.segment));
      expect(row[13]).toBe(c.boundaryDays ?? '');
      expect(row[14]).toBe(c.daysToBoundary ?? '');
    });
    // Worked out by hand: as of 2025-03-12, window 365 days, quantile scores on a 5-point scale.
    const byId = new Map(tab.slice(1).map((r) => [r[0], r]));
    const expected: Record<string, [number, number, number, string]> = {
      c1: [20, 3, 5000, 'R4F5M4'],
      c2: [192, 2, 1000, 'R1F3M2'],
      c3: [35, 1, 2000.5, 'R3F1M3'],
      c4: [11, 1, 50, 'R5F1M1'],
      c5: [87, 2, 9000, 'R2F3M5'],
      c6: [216, 1, 120, 'R1F1M1'],
    };
    for (const [id, [recency, frequency, monetary, code]] of Object.entries(expected)) {
      const row = byId.get(id)!;
      expect([row[4], row[5], row[6], row[10]]).toEqual([recency, frequency, monetary, code]);
    }
  });

  it('writes Segments, Alerts, Thresholds, Rules and Quality from the same core run', () => {
    const p = project(distDir);
    const src = p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    refreshed(p);
    const { run, quality } = coreRun(src.inspectValues());

    const seg = p.spreadsheet.sheet('RFM Сегменты').inspectValues();
    expect(seg[0][0]).toBe('На дату 2025-03-12 · окно: 365 дн. с 2024-03-12 · шкала 1–5');
    run.summary.rows.forEach((r, i) => {
      expect(seg[2 + i].slice(0, 6)).toEqual([r.names.ru, r.customers, r.customerShare, r.revenueCents / 100, r.revenueShare ?? '', r.orders]);
    });
    const total = seg[2 + run.summary.rows.length + 3];
    expect(total.slice(0, 4)).toEqual(['Итого (= реестр)', run.summary.total.customers, '', run.summary.ledgerNetCents / 100]);
    expect(run.summary.total.revenueCents).toBe(run.summary.ledgerNetCents);

    const alerts = p.spreadsheet.sheet('RFM Оповещения').inspectValues();
    expect(alerts.length - 2).toBe(run.alerts.length);

    const thr = p.spreadsheet.sheet('RFM Пороги').inspectValues();
    run.axes.recency.bands.forEach((b, i) => {
      expect(thr[2 + i].slice(0, 3)).toEqual([b.score, b.lower ?? '', b.upper ?? '']);
      expect(thr[2 + i][4]).toBe(b.customers);
    });

    const rules = p.spreadsheet.sheet('RFM Правила').inspectValues();
    expect(rules.slice(1).map((r) => r[0])).toEqual(run.segmentRules.rules.map((r) => r.name));
    expect(rules.slice(1).map((r) => r.slice(1, 7))).toEqual(run.segmentRules.rules.map((r) => [...r.r, ...r.f, ...r.m]));

    const q = p.spreadsheet.sheet('RFM Качество').inspectValues();
    expect(q[0][0]).toMatch(/^Обновлено 2025-03-12 12:00 \(Europe\/Moscow\): 10 строк, \d+\.\d с, предупреждений: \d+$/);
    // Six customers, three of them with one purchase: F = 1 takes score 1 and leaves 2 and 4 empty (F=2 → 1 + ⌊5·3/6⌋ = 3).
    expect(run.scoreWarnings.map((w) => [w.axis, w.emptyScores])).toEqual([['frequency', [2, 4]]]);
    expect(q.filter((r) => r[0] === 'Баллы').map((r) => r[1])).toEqual([run.scoreWarnings[0].message.ru]);
    expect(run.scoreWarnings[0].message.ru).toMatch(/^F: ни у одного клиента нет баллов 2 или 4: у 50 % клиентов одно и то же значение \(1 покупка в окне\)/);
    const totals = new Map(q.filter((r) => typeof r[1] === 'number').map((r) => [r[0], r[1]]));
    expect(totals.get('Строк всего')).toBe(quality.totalRows);
    expect(totals.get('Использовано')).toBe(quality.usedRows);
    expect(totals.get('Клиентов')).toBe(quality.customers);
    const reconHeader = q.findIndex((r) => r[0] === 'Сумма во входных данных');
    expect(q[reconHeader + 1].slice(0, 5)).toEqual([
      quality.reconciliation.inputTotal,
      quality.reconciliation.rejectedTotal,
      quality.reconciliation.excludedTotal,
      quality.reconciliation.ledgerNet,
      0,
    ]);
  });

  it('reads each input tab once and writes each output tab once, with a call count independent of the rows', () => {
    // The same customers and dates, every row repeated `copies` times: scores and tables keep their shape.
    const counts = (copies: number) => {
      const p = project(distDir);
      const base = salesRows(p);
      const rows = [base[0]];
      for (let k = 0; k < copies; k++) rows.push(...base.slice(1));
      p.spreadsheet.addUserSheet('Продажи', rows);
      refreshed(p);
      refreshed(p); // the second refresh also reads the Rules tab back
      return p;
    };
    const small = counts(2);
    const big = counts(100);
    for (const p of [small, big]) {
      const log = p.env.log;
      expect(log.count('Range.getValues', 'Продажи')).toBe(2); // once per refresh
      expect(log.count('Range.getValues', 'RFM Правила')).toBe(1); // read back on the second refresh
      for (const tab of OUTPUT_TABS) {
        expect(log.count('Range.setValues', tab)).toBe(2);
        // Formatting is per format and per column, never per row: a few dozen calls per tab and refresh.
        expect(log.forSheet(tab).length).toBeLessThanOrEqual(2 * 40);
      }
      expect(log.count('Range.getValue')).toBe(0);
      expect(log.count('Range.setValue')).toBe(0);
      expect(log.count('Range.getValues')).toBe(3);
    }
    expect(big.env.log.entries.length).toBe(small.env.log.entries.length);
  });

  it('leaves user tabs untouched, even one named like an output tab', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Заметки', [['мой текст', 42]]);
    const clash = p.spreadsheet.addUserSheet('RFM Клиенты', [['моя собственная вкладка']]);
    const src = p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    expect(p.call('rfmSaveSettings', [{ transactionsTab: 'Продажи', language: 'ru', config: {} }])).toEqual({ ok: true, message: 'Сохранено. Обновите данные через меню.' });
    p.env.log.clear();
    const before = { notes: snapshot(p.spreadsheet.sheet('Заметки')), clash: snapshot(clash), src: snapshot(src) };
    refreshed(p);
    refreshed(p);
    expect(snapshot(p.spreadsheet.sheet('Заметки'))).toEqual(before.notes);
    expect(snapshot(clash)).toEqual(before.clash);
    expect(snapshot(src)).toEqual(before.src);
    expect(p.spreadsheet.sheet('RFM Клиенты (2)').inspectValues()[0][0]).toBe('Клиент');
    // The only calls on user tabs: finding and reading the transactions tab.
    expect(p.env.log.forSheet('Заметки')).toEqual([]);
    expect(p.env.log.forSheet('RFM Клиенты')).toEqual([]);
    expect(new Set(p.env.log.forSheet('Продажи').map((e) => e.api))).toEqual(new Set(['Spreadsheet.getSheetByName', 'Sheet.getDataRange', 'Range.getValues']));
  });

  it('is idempotent: a rerun leaves every tab, format, chart and rule exactly as the first run did', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    refreshed(p);
    const first = Object.fromEntries(p.spreadsheet.sheets.map((s) => [s.name, snapshot(s)]));
    refreshed(p);
    const second = Object.fromEntries(p.spreadsheet.sheets.map((s) => [s.name, snapshot(s)]));
    expect(second).toEqual(first);
    expect(p.spreadsheet.sheets.map((s) => s.name)).toEqual(['Продажи', 'RFM Клиенты', 'RFM Сегменты', 'RFM Оповещения', 'RFM KPI', 'RFM Миграция', 'RFM Пороги', 'RFM Правила', 'RFM Качество']);
  });

  it('formats: frozen headers, locale date and money formats, a colour scale on R, F, M, a chart by segment', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    refreshed(p);
    const customers = p.spreadsheet.sheet('RFM Клиенты');
    expect(customers.frozenRows).toBe(1);
    const formats = customers.inspectFormats();
    expect(formats[1][3]).toBe('dd.mm.yyyy');
    expect(formats[1][6]).toBe('#,##0.00 "₽"');
    expect(formats[1][0]).toBe('General'); // text columns keep the default format (see sheet-io.ts)
    expect(customers.conditionalRules).toHaveLength(1);
    expect(customers.conditionalRules[0].ranges.map((r) => r.getA1Notation())).toEqual(['H2:H7', 'I2:I7', 'J2:J7']);
    expect(customers.conditionalRules[0].gradient).toMatchObject({ min: { type: 'NUMBER', value: '1' }, max: { type: 'NUMBER', value: '5' } });
    expect(customers.columnWidths.get(2)).toBeGreaterThanOrEqual(120);
    const segments = p.spreadsheet.sheet('RFM Сегменты');
    expect(segments.charts).toHaveLength(1);
    const chart = segments.charts[0];
    expect(chart.type).toBe('COLUMN');
    expect(chart.ranges.map((r) => r.getA1Notation())).toEqual(['A2:A13', 'B2:B13', 'D2:D13']);
  });

  it('uses the spreadsheet locale for formats and language (en_US)', () => {
    const p = project(distDir, { locale: 'en_US' });
    p.spreadsheet.addUserSheet('Sales', salesRows(p));
    refreshed(p);
    const customers = p.spreadsheet.sheet('RFM Customers');
    expect(customers.inspectValues()[0][0]).toBe('Customer');
    expect(customers.inspectFormats()[1][3]).toBe('mm/dd/yyyy');
    expect(customers.inspectFormats()[1][6]).toBe('"$"#,##0.00');
    expect(p.spreadsheet.sheet('RFM Quality').inspectValues()[0][0]).toMatch(/^Refreshed 2025-03-12 12:00 \(Europe\/Moscow\): 10 rows,/);
  });
});

describe('KPI and Migration tabs', () => {
  it('show core\'s scorecard (with leads and targets tabs) and migration for the last complete month', () => {
    const p = project(distDir);
    const src = p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    const leadsRows = [
      ['Лид', 'Клиент', 'Дата создания', 'Статус', 'Сумма', 'Менеджер'],
      ['L1', 'c1', "'2025-02-03", 'выиграна', 2500, 'Анна'],
      ['L2', 'c3', "'2025-02-04", 'отказ', 0, 'Борис'],
      ['L3', 'c9', 'когда-то', 'выиграна', 10, 'Борис'],
    ];
    const targetsRows = [
      ['КПЭ', 'Роль', 'План'],
      ['churn', 'success', 5],
      ['win-rate', 'sales', 50],
    ];
    p.spreadsheet.addUserSheet('Лиды', leadsRows);
    p.spreadsheet.addUserSheet('Планы', targetsRows);
    const saved = p.call('rfmSaveSettings', [{ transactionsTab: 'Продажи', leadsTab: 'Лиды', targetsTab: 'Планы', language: 'ru', config: {} }]) as { ok: boolean };
    expect(saved.ok).toBe(true);
    p.env.log.clear();
    expect(refreshed(p).status).toBe('ok');
    expect(p.env.log.count('Range.getValues', 'Лиды')).toBe(1);
    expect(p.env.log.count('Range.getValues', 'Планы')).toBe(1);

    const { ledger } = coreRun(src.inspectValues());
    const config = parseRunConfig({ timeZone: TZ, language: 'ru' });
    const snapshotAt = rfmSnapshots(ledger, config);
    const period = parsePeriod('2025-02');
    const toCells = (rows: unknown[][]) => p.spreadsheet.sheet(rows === leadsRows ? 'Лиды' : 'Планы').inspectValues() as Cell[][];
    const leads = parseLeads(toCells(leadsRows), { timeZone: TZ });
    const targets = parseTargetsTable(toCells(targetsRows));
    const card = buildScorecard({ ledger, period, baseMode: 'previous', snapshotAt, leads: leads.leads, targets: targets.targets });

    const kpi = p.spreadsheet.sheet('RFM KPI').inspectValues();
    expect(kpi[0][0]).toBe('Маркетинг · 2025-02 против 2025-01');
    const team = kpi.filter((r) => r[0] === 'Вся команда');
    const coreTeam = card.rows.filter((r) => r.team);
    expect(team.map((r) => r[1])).toEqual(coreTeam.map((r) => KPI_INFO[r.kpi].ru));
    coreTeam.forEach((r, i) => {
      const money = r.fact.unit === 'money' || r.fact.unit === 'money-per-customer';
      const shown = (v: number | null) => (v === null ? '' : money ? v / 100 : v);
      expect(team[i][2]).toBe(shown(r.plan));
      expect(team[i][3]).toBe(shown(r.fact.value));
      expect(team[i][9]).toBe(r.fact.denominator);
      expect(team[i][10]).toBe(r.fact.customerIds.length);
    });
    expect(team.find((r) => r[1] === 'Отток')![2]).toBe(5);

    const mig = migrationMatrix(ledger, period.start, period.end, snapshotAt);
    const m = p.spreadsheet.sheet('RFM Миграция').inspectValues();
    expect(m[0][0]).toBe('Клиенты: сегмент на 2025-02-01 → 2025-03-01');
    const movement = new Map(m.filter((r) => typeof r[1] === 'number').map((r) => [r[0], r[1]]));
    expect(movement.get('Остались в сегменте')).toBe(mig.counts.stayed);
    expect(movement.get('Перешли выше')).toBe(mig.counts.up);
    expect(movement.get('Перешли ниже')).toBe(mig.counts.down);
    expect(movement.get('Новые')).toBe(mig.counts.new);
    expect(movement.get('Клиентов на конец')).toBe(mig.endCustomers);

    // The unreadable lead row is reported in Quality with its row in the leads tab.
    expect(leads.rejected.map((r) => r.row)).toEqual([4]);
    const q = p.spreadsheet.sheet('RFM Качество').inspectValues();
    expect(q.some((r) => r[0] === 'Лиды' && String(r[1]).startsWith('строка 4,'))).toBe(true);
  });
});

describe('grid size', () => {
  it('grows a tab for a big run and gives the rows back on a smaller one', () => {
    const p = project(distDir);
    const rows = salesRows(p);
    for (let i = 0; i < 1100; i++) rows.push([`n${i}`, mskDate(p, 2025, 1, 1 + (i % 28)), 100 + i, 'Анна', '', '']);
    const src = p.spreadsheet.addUserSheet('Продажи', rows);
    refreshed(p);
    const customers = p.spreadsheet.sheet('RFM Клиенты');
    expect(customers.getMaxRows()).toBe(1107); // header + 1106 customers
    src.clear();
    src.userWrite(1, 1, salesRows(p));
    refreshed(p);
    expect(customers.getMaxRows()).toBe(1000);
    expect(customers.inspectValues()).toHaveLength(7);
  });
});

describe('text that looks like a formula stays text', () => {
  it('names and phones starting with =, +, -, @ are stored as text, never as formulas', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    refreshed(p);
    const tab = p.spreadsheet.sheet('RFM Клиенты');
    const names = new Map(tab.inspectValues().slice(1).map((r) => [r[0], r[1]]));
    expect(names.get('c2')).toBe('=IMPORTXML("http://evil","//a")');
    expect(names.get('c3')).toBe('-x');
    expect(names.get('c4')).toBe('@x');
    for (const sheet of p.spreadsheet.sheets) {
      expect(sheet.inspectFormulas().flat().filter((f) => f !== '')).toEqual([]);
    }
  });

  it('customer ids that look like numbers or dates keep their text form', () => {
    const p = project(distDir);
    const rows = salesRows(p);
    rows.push(["'00123", mskDate(p, 2025, 2, 1), 10, 'Анна', "'2025-01-01", '']);
    rows.push(["'+79991234567", mskDate(p, 2025, 2, 2), 10, 'Анна', "'TRUE", '']);
    p.spreadsheet.addUserSheet('Продажи', rows);
    refreshed(p);
    const values = p.spreadsheet.sheet('RFM Клиенты').inspectValues().slice(1);
    const ids = values.map((r) => r[0]);
    expect(ids).toContain('+79991234567');
    const byId = new Map(values.map((r) => [r[0], r]));
    expect(byId.get('+79991234567')![1]).toBe('TRUE');
    expect(values.some((r) => r[1] === '2025-01-01')).toBe(true);
    expect(values.every((r) => typeof r[0] === 'string')).toBe(true);
  });
});

describe('edge cases', () => {
  it('a messy sheet gives a Quality tab with row numbers and reasons, not an exception', () => {
    const p = project(distDir);
    const rows = salesRows(p);
    rows.push(['c7', 'вчера', 100, 'Анна', '', '']); // row 12: date not recognised
    rows.push(['c8', mskDate(p, 2025, 1, 1), 'много', 'Анна', '', '']); // row 13: amount not recognised
    rows.push(['', mskDate(p, 2025, 1, 1), 100, 'Анна', '', '']); // row 14: no customer
    rows.push(['', '', '', '', '', '']); // blank row
    const src = p.spreadsheet.addUserSheet('Продажи', rows);
    const out = refreshed(p);
    expect(out.status).toBe('ok');
    const { quality } = coreRun(src.inspectValues());
    expect(quality.rejected.map((r) => r.row)).toEqual([12, 13, 14]);
    const q = p.spreadsheet.sheet('RFM Качество').inspectValues();
    const start = q.findIndex((r) => String(r[0]).startsWith('Отклонённые строки'));
    expect(q[start][0]).toBe('Отклонённые строки («Продажи»)');
    expect(q.slice(start + 2, start + 5)).toEqual(quality.rejected.map((r) => [r.row, r.column, r.value, r.reason, '']));
    expect(quality.usedRows + quality.rejectedRows + quality.excludedRows).toBe(quality.totalRows);
  });

  it('customers the run cannot score are listed in Quality with the reason; data checks count rows in Russian plural forms', () => {
    const p = project(distDir);
    const rows = salesRows(p);
    rows.push(['c9', mskDate(p, 2025, 2, 1), -300, 'Борис', 'Глеб', '']); // row 12: c9 only has a refund
    rows.push(['c10', mskDate(p, 2025, 4, 1), 500, '', '', '']); // row 13: c10 buys only after the as-of date
    rows.push(['c10', mskDate(p, 2025, 4, 1), 500, '', '', '']); // row 14: the same row again
    p.spreadsheet.addUserSheet('Продажи', rows);
    expect(refreshed(p).status).toBe('ok');
    const q = p.spreadsheet.sheet('RFM Качество').inspectValues();
    const start = q.findIndex((r) => String(r[0]).startsWith('Без оценки'));
    expect(q[start][0]).toBe('Без оценки: 2 клиента (нет покупок до даты расчёта)');
    expect(q.slice(start + 2, start + 4).map((r) => r.slice(0, 4))).toEqual([
      ['c10', '', '', 'все заказы с даты расчёта и позже'],
      ['c9', 'Глеб', 'Борис', 'до даты расчёта только возвраты или нулевые заказы'],
    ]);
    const messages = q.filter((r) => r[0] === 'Данные').map((r) => r[1]);
    expect(messages).toContain('1 строка полностью повторяет более раннюю (учтена; проверьте), например строка 14');
    expect(messages).toContain('2 строки с датой позже 2025-03-12, например строка 13');
  });

  it('placeholder and Excel-rounded phones merge nobody and are named in Quality', () => {
    const p = project(distDir);
    const rows = salesRows(p);
    rows.push(['c11', mskDate(p, 2025, 2, 1), 100, 'Анна', 'Ия', "'+7 (000) 000-00-00"]); // row 12
    rows.push(['c12', mskDate(p, 2025, 2, 2), 200, 'Анна', 'Ян', "'+7 (000) 000-00-00"]); // row 13
    rows.push(['c13', mskDate(p, 2025, 2, 3), 300, 'Анна', 'Ян', '7,91612E+10']); // row 14
    p.spreadsheet.addUserSheet('Продажи', rows);
    expect(refreshed(p).status).toBe('ok');
    const ids = p.spreadsheet.sheet('RFM Клиенты').inspectValues().map((r) => r[0]);
    expect(ids).toEqual(expect.arrayContaining(['c11', 'c12', 'c13']));
    const messages = p.spreadsheet.sheet('RFM Качество').inspectValues().filter((r) => r[0] === 'Данные').map((r) => r[1]);
    expect(messages).toContain('2 строки: телефон-заглушка (+7 000 000-00-00, 1234567) не использован для объединения клиентов, например строка 12');
    expect(messages).toContain('1 строка: телефон округлён Excel (вида 7,91612E+10) и не использован для объединения клиентов (сделайте столбец текстовым), например строка 14');
  });

  it('a title row above the header is passed over and named in Quality; the customers are as without it', () => {
    const plain = project(distDir);
    plain.spreadsheet.addUserSheet('Продажи', salesRows(plain));
    refreshed(plain);
    const p = project(distDir);
    const rows = salesRows(p);
    p.spreadsheet.addUserSheet('Продажи', [['Продажи за март 2025', '', '', '', '', ''], ['', '', '', '', '', ''], ...rows]);
    expect(refreshed(p).status).toBe('ok');
    expect(p.spreadsheet.sheet('RFM Клиенты').inspectValues()).toEqual(plain.spreadsheet.sheet('RFM Клиенты').inspectValues());
    const q = p.spreadsheet.sheet('RFM Качество').inspectValues();
    expect(q.filter((r) => r[0] === 'Данные').map((r) => r[1])).toContain('над заголовком пропущено: 1 строка (1: «Продажи за март 2025»)');
    // Rejected rows keep the sheet's row numbers: the header is now row 3.
    const messy = project(distDir);
    messy.spreadsheet.addUserSheet('Продажи', [['Продажи за март 2025'], ...rows, ['c7', 'вчера', 100, 'Анна', '', '']]);
    refreshed(messy);
    const mq = messy.spreadsheet.sheet('RFM Качество').inspectValues();
    const start = mq.findIndex((r) => String(r[0]).startsWith('Отклонённые строки'));
    expect(mq[start + 2][0]).toBe(rows.length + 2);
  });

  it('a tab whose columns cannot be found ends in the Quality tab and an alert, not a stack trace', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', [['foo', 'bar'], [1, 2]]);
    const out = refreshed(p);
    expect(out.status).toBe('error');
    expect(p.ui.alerts).toHaveLength(1);
    expect(p.ui.alerts[0]).toMatch(/^Обновление не удалось: не найдены столбцы/);
    const q = p.spreadsheet.sheet('RFM Качество').inspectValues();
    expect(q[0][0]).toMatch(/^Ошибка обновления 2025-03-12 12:00 \(Europe\/Moscow\): не найдены столбцы/);
    expect(p.lock.heldByUs).toBe(false);
  });

  it('a missing transactions tab and an empty one are reported', () => {
    const p = project(distDir);
    p.documentProperties.store.set('rfmPulse.settings', JSON.stringify({ transactionsTab: 'Нет такой', config: {} }));
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    expect(refreshed(p).message).toBe('Обновление не удалось: Нет вкладки «Нет такой» с транзакциями: выберите её в «Настройках».');
    const q = project(distDir);
    q.spreadsheet.addUserSheet('Пусто', []);
    expect(refreshed(q).message).toBe('Обновление не удалось: Вкладка «Пусто» пуста: нужна строка заголовков и строки транзакций.');
  });

  it('a refresh while another holds the lock does nothing and says so', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    p.lock.heldElsewhere = true;
    const out = refreshed(p);
    expect(out.status).toBe('busy');
    expect(p.spreadsheet.sheets).toHaveLength(1);
    expect(p.env.log.count('Range.getValues')).toBe(0);
    expect(p.spreadsheet.toasts.at(-1)!.message).toBe('Обновление уже идёт в другом окне; попробуйте через минуту.');
  });
});

describe('the Rules tab is read back', () => {
  function editRules(p: FakeProject, edit: (rows: unknown[][]) => void) {
    const sheet = p.spreadsheet.sheet('RFM Правила');
    const rows = sheet.inspectValues() as unknown[][];
    edit(rows);
    sheet.clear();
    sheet.userWrite(1, 1, rows.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? `'${v}` : v))));
  }

  it('an edited rule table is used by the next refresh (as core would with those segments)', () => {
    const p = project(distDir);
    const src = p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    refreshed(p);
    editRules(p, (rows) => {
      rows.splice(1, 0, ['VIP', 4, 5, 3, 5, 3, 5, 'ВИП', 'VIP']);
    });
    refreshed(p);
    const before = p.spreadsheet.sheet('RFM Правила').inspectValues();
    const rules = before.slice(1).map((r) => ({
      name: String(r[0]),
      r: [r[1], r[2]] as [number, number],
      f: [r[3], r[4]] as [number, number],
      m: [r[5], r[6]] as [number, number],
      names: { ru: String(r[7]), en: String(r[8]) },
    }));
    const { run } = coreRun(src.inspectValues(), { segments: rules });
    const tab = p.spreadsheet.sheet('RFM Клиенты').inspectValues().slice(1);
    const segName = new Map(run.summary.rows.map((r) => [r.group, r.names.ru]));
    expect(tab.map((r) => r[11])).toEqual(run.customers.map((c) => segName.get(c.segment)));
    expect(tab.find((r) => r[0] === 'c1')![11]).toBe('ВИП'); // R4F5M4 now matches VIP first
    expect(before[1][0]).toBe('VIP');
  });

  it('a bad rule is reported in Quality with its row, the last good rules are used, and the tab is left for the user to fix', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    refreshed(p);
    const good = p.spreadsheet.sheet('RFM Клиенты').inspectValues();
    editRules(p, (rows) => {
      rows[3][2] = 9; // row 4: "R до" = 9 on a 5-point scale
      rows[5][1] = 'abc'; // row 6: not a number
    });
    const edited = p.spreadsheet.sheet('RFM Правила').inspectValues();
    const out = refreshed(p);
    expect(out.status).toBe('ok');
    expect(p.spreadsheet.sheet('RFM Клиенты').inspectValues()).toEqual(good);
    expect(p.spreadsheet.sheet('RFM Правила').inspectValues()).toEqual(edited);
    const q = p.spreadsheet.sheet('RFM Качество').inspectValues();
    const at = q.findIndex((r) => String(r[0]).startsWith('Вкладка правил содержит ошибку'));
    expect(at).toBeGreaterThan(0);
    expect(q[at + 2].slice(0, 3)).toEqual([6, 'R от', 'abc']);

    // Fixing only the number leaves the out-of-scale range, which the run-config schema rejects.
    editRules(p, (rows) => {
      rows[5][1] = 4;
    });
    refreshed(p);
    const q2 = p.spreadsheet.sheet('RFM Качество').inspectValues();
    const at2 = q2.findIndex((r) => String(r[0]).startsWith('Вкладка правил содержит ошибку'));
    expect(q2[at2 + 2].slice(0, 4)).toEqual([4, 'R от', '[1, 9]', 'баллы идут от 1 до 5; [1, 9] вне шкалы']);
    expect(p.spreadsheet.sheet('RFM Клиенты').inspectValues()).toEqual(good);
  });

  it('changing the preset in settings rewrites the Rules tab from the new preset', () => {
    const p = project(distDir);
    p.spreadsheet.addUserSheet('Продажи', salesRows(p));
    refreshed(p);
    editRules(p, (rows) => {
      rows[1][0] = 'Мои чемпионы';
    });
    const saved = p.call('rfmSaveSettings', [{ transactionsTab: 'Продажи', language: 'ru', config: { preset: 'billz' } }]) as { ok: boolean };
    expect(saved.ok).toBe(true);
    refreshed(p);
    const rules = p.spreadsheet.sheet('RFM Правила').inspectValues();
    const { run } = coreRun(p.spreadsheet.sheet('Продажи').inspectValues(), { preset: 'billz' });
    expect(rules.slice(1).map((r) => r[0])).toEqual(run.segmentRules.rules.map((r) => r.name));
    expect((run as RfmRun).scale).toBe(3);
  });
});
