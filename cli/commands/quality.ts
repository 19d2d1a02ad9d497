import { dayInTimeZone } from '../../core';
import { INPUT_FLAGS, langOf, oneOf, required } from '../flags';
import { columnsFlag, loadLedger } from '../io/load-ledger';
import { writeOutput } from '../io/write-output';
import { loadConfig } from '../load-run';
import type { Command } from '../registry';
import { qualityCsv, renderQualityReport } from '../render/render-quality';

/** `rfm quality`: how the input file was read — rows used, rejected (with row, column, value, reason) and excluded, and the reconciliation. */
export const qualityCommand: Command = {
  name: 'quality',
  summary: { en: 'data-quality report: rows used/rejected/excluded, completeness, reconciliation', ru: 'качество данных: строки в реестре/отклонённые/исключённые, заполненность, сверка' },
  usage:
    'rfm quality --input FILE|- [--columns MAP] [--delimiter ,|;|tab|whitespace] [--encoding auto|utf-8|cp1251] [--date-order dmy|mdy]\n' +
    '            [--time-zone TZ] [--config FILE] [--format table|json|csv] [--lang ru|en] [--out FILE]',
  flags: { ...INPUT_FLAGS, config: { type: 'string', short: 'c' } },
  async run(flags, ctx) {
    const format = oneOf(flags, 'format', ['table', 'json', 'csv'] as const, 'table');
    const input = required(flags, 'input', 'sales.csv', 'quality');
    const dateOrder = flags['date-order'] === undefined ? undefined : oneOf(flags, 'date-order', ['dmy', 'mdy'] as const, 'dmy');
    const config = await loadConfig(flags, ctx);
    const lang = langOf(flags, config.language);
    const { quality } = await loadLedger(
      {
        input,
        columns: columnsFlag(flags.columns) ?? config.columns,
        delimiter: typeof flags.delimiter === 'string' ? flags.delimiter : undefined,
      encoding: typeof flags.encoding === 'string' ? flags.encoding : undefined,
        dateOrder: dateOrder ?? config.dateOrder,
        timeZone: config.timeZone,
        today: dayInTimeZone(ctx.nowMs(), config.timeZone),
        lang,
        progress: format !== 'json' && !flags['no-progress'],
      },
      ctx,
    );
    const text =
      format === 'json' ? `${JSON.stringify(quality, null, 2)}\n` : format === 'csv' ? qualityCsv(quality) : `${renderQualityReport(quality, lang)}\n`;
    await writeOutput(text, flags.out, ctx);
  },
};
