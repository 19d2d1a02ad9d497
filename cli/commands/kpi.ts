import {
  attachMergedFacts, bilingual, basePeriod, buildKpiContext, buildScorecard, findSplitOrders, healthDistribution, mergeSplitOrders,
  isoFromDay, periodCoverage, rfmSnapshots, UserInputError, type Period, type PeriodCoverage,
} from '../../core';
import type { Lang } from '../context';
import { INPUT_FLAGS, RUN_FLAGS } from '../flags';
import { writeOutput } from '../io/write-output';
import { baseFlag, KPI_FLAGS, loadKpiInput, periodFlag, rolesFlag, splitHoursFlag } from '../load-kpi-input';
import type { Command } from '../registry';
import { renderScorecardTable, scorecardCsv, scorecardJson } from '../render/render-scorecard';
import { runVersions } from '../format/run-versions';

/**
 * The warning for a period the data covers only in part: one still running (today is inside it), or data
 * whose last order comes before the period's end (an export cut short, or simply no sales since).
 */
function partialPeriodNote(period: Period, c: PeriodCoverage, today: number, lang: Lang): string {
  const last = c.lastDay === null ? null : isoFromDay(c.lastDay);
  const ru = lang === 'ru';
  if (c.running) {
    const elapsed = Math.max(0, Math.min(c.days, today - period.start));
    return ru
      ? `внимание: период ${period.label} ещё идёт (сегодня ${isoFromDay(today)}, прошло ${elapsed} из ${c.days} дн.): факт за неполный период сравнивается с полной базой и выглядит хуже, чем есть`
      : `note: period ${period.label} is still running (today is ${isoFromDay(today)}, ${elapsed} of ${c.days} days): facts of a partial period are compared with a complete base and look worse than they are`;
  }
  if (last === null) return ru ? `внимание: в данных нет заказов до сегодняшнего дня; период ${period.label} пуст` : `note: the data has no orders up to today; period ${period.label} is empty`;
  return ru
    ? `внимание: последний заказ в данных — ${last}, это ${c.daysCovered} из ${c.days} дн. периода ${period.label}; если выгрузка обрывается раньше конца периода, факт занижен: возьмите законченный период или интервал по ${last}`
    : `note: the data's last order is on ${last}, ${c.daysCovered} of the ${c.days} days of ${period.label}; if the export stops before the period's end, facts are understated: use a finished period or a range up to ${last}`;
}

/** `rfm kpi`: role scorecards per manager and for the whole team, against plan and the base period. */
export const kpiCommand: Command = {
  name: 'kpi',
  summary: { en: 'role KPIs per manager and for the team: plan, fact, % of plan, change vs base', ru: 'КПЭ ролей по менеджерам и команде: план, факт, % плана, изменение к базе' },
  usage:
    'rfm kpi --input FILE|- --period 2025-Q3|2025-07|2025|2025-07-01..2025-09-30 [--base previous|year-ago]\n' +
    '        [--role marketing|sales|success] [--manager NAME] [--leads FILE] [--targets FILE.json|FILE.csv]\n' +
    '        [--customers FILE] [--weights "Champions=1.5,Loyal=1.2"] [--target-segments "At Risk,Hibernating"]\n' +
    '        [--split-hours 48] [--no-ids] [--config FILE] [--columns MAP] [--format table|csv|json] [--lang ru|en] [--out FILE]',
  flags: { ...INPUT_FLAGS, ...RUN_FLAGS, ...KPI_FLAGS },
  async run(flags, ctx) {
    const period = periodFlag(flags, 'kpi');
    const baseMode = baseFlag(flags);
    const roles = rolesFlag(flags);
    const manager = typeof flags.manager === 'string' ? flags.manager : undefined;
    const splitHours = splitHoursFlag(flags);
    const input = await loadKpiInput('kpi', flags, ctx);
    const { ledger, lang, format } = input;
    const coverage = periodCoverage(ledger, period, input.today);
    if (!coverage.complete || coverage.running) ctx.stderr.write(`rfm: ${partialPeriodNote(period, coverage, input.today, lang)}\n`);
    const options = { weights: input.weights, targetSegments: input.targetSegments, customerManagers: input.customerManagers };
    const common = { period, baseMode, options, leads: input.leads, targets: input.targets, roles, manager };
    let card = buildScorecard({ ledger, snapshotAt: input.snapshotAt, ...common });
    if (manager !== undefined && card.managers.length === 0) {
      const all = buildScorecard({ ledger, snapshotAt: input.snapshotAt, ...common, manager: undefined, roles: ['marketing'] });
      const names = all.managers.filter((m) => m !== null).join(', ');
      throw new UserInputError(
        bilingual(`--manager "${manager}": нет клиентов и лидов за ${period.label}; менеджеры: ${names}`, `--manager "${manager}" has no customers or leads in ${period.label}; managers are: ${names}`),
        '--manager',
      );
    }
    // Possible order splitting anywhere in the ledger: show the KPIs with those orders merged next to the recorded ones.
    const splits = findSplitOrders(ledger, { hours: splitHours });
    if (splits.length > 0) {
      const merged = mergeSplitOrders(ledger, splits);
      // Lead KPIs are left out of the merged view: re-scoring every lead-creation day twice is too slow to be the default.
      const mergedCard = buildScorecard({ ledger: merged, snapshotAt: rfmSnapshots(merged, input.config), ...common, leads: null });
      card = attachMergedFacts(card, mergedCard);
      card = { ...card, rows: card.rows.map((r) => (r.role === 'sales' && (r.kpi === 'lead-conversion' || r.kpi === 'win-rate') ? { ...r, factMerged: undefined } : r)) };
    }
    const showHealth = !roles || roles.includes('success');
    const ctxK = showHealth ? buildKpiContext(ledger, period, basePeriod(period, baseMode), input.snapshotAt, options) : null;
    const members = ctxK ? ledger.customers.map((_, i) => i).filter((i) => manager === undefined || ctxK.manager[i] === manager) : [];
    const health = ctxK ? healthDistribution(ctxK, members) : undefined;
    const rejected = { leads: input.leadsRejected, targets: input.targetsRejected, customers: input.customersRejected };
    const text =
      format === 'json'
        ? `${JSON.stringify({ ...scorecardJson(card, { splitOrders: splits.length, healthDistribution: health, rejected }, !flags['no-ids']), version: runVersions(ledger, input.config) }, null, 1)}\n`
        : format === 'csv'
          ? scorecardCsv(card, lang)
          : renderScorecardTable(card, lang, health) + rejectedNote(rejected, lang);
    await writeOutput(text, flags.out, ctx);
  },
};

function rejectedNote(r: Record<string, { row: number; column: string; value: string; reason: string }[]>, lang: 'ru' | 'en'): string {
  const lines: string[] = [];
  for (const [table, list] of Object.entries(r)) {
    for (const x of list.slice(0, 20)) {
      lines.push(lang === 'ru'
        ? `  ${table}: строка ${x.row}, «${x.column}» = «${x.value}»: ${x.reason}`
        : `  ${table}: row ${x.row}, "${x.column}" = "${x.value}": ${x.reason}`);
    }
    if (list.length > 20) lines.push(`  ${table}: … +${list.length - 20}`);
  }
  if (lines.length === 0) return '';
  return `\n${lang === 'ru' ? 'Строки, которые не удалось прочитать (не учтены):' : 'Rows that could not be read (left out):'}\n${lines.join('\n')}\n`;
}
