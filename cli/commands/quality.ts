import { INPUT_FLAGS } from '../flags';
import { writeOutput } from '../io/write-output';
import { loadInput } from '../load-run';
import type { Command } from '../registry';
import { qualityCsv, renderQualityReport } from '../render/render-quality';
import { runVersions } from '../format/run-versions';

/** `rfm quality`: how the input file was read — rows used, rejected (with row, column, value, reason) and excluded, and the reconciliation. */
export const qualityCommand: Command = {
  name: 'quality',
  summary: { en: 'data-quality report: rows used/rejected/excluded, completeness, reconciliation', ru: 'качество данных: строки в реестре/отклонённые/исключённые, заполненность, сверка' },
  usage:
    'rfm quality --input FILE|- [--columns MAP] [--delimiter ,|;|tab|whitespace] [--encoding auto|utf-8|cp1251] [--date-order dmy|mdy]\n' +
    '            [--time-zone TZ] [--config FILE] [--format table|json|csv] [--lang ru|en] [--out FILE]',
  flags: { ...INPUT_FLAGS, config: { type: 'string', short: 'c' } },
  async run(flags, ctx) {
    const { quality, format, lang, ledger, config, aboveHeader } = await loadInput('quality', flags, ctx, { showsQuality: true });
    const text =
      format === 'json'
        ? `${JSON.stringify({ ...quality, aboveHeader, version: runVersions(ledger, config) }, null, 2)}\n`
        : format === 'csv'
          ? qualityCsv(quality, lang)
          : `${renderQualityReport(quality, lang, 20, aboveHeader)}\n`;
    await writeOutput(text, flags.out, ctx);
  },
};
