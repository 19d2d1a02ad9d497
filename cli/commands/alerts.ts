import { INPUT_FLAGS, RUN_FLAGS } from '../flags';
import { writeOutput } from '../io/write-output';
import { loadRun } from '../load-run';
import { runVersions } from '../format/run-versions';
import type { Command } from '../registry';
import { alertsCsv, alertsJson, renderAlertsTable, renderBoundaryGroups, renderBoundaryLine } from '../render/render-alerts';
import { renderRunHeader } from '../render/render-run-header';

/** `rfm alerts`: customers approaching or just past the sleep boundary, by value at risk. */
export const alertsCommand: Command = {
  name: 'alerts',
  summary: { en: 'customers about to fall asleep or just past the sleep boundary', ru: 'клиенты, которые скоро уснут или только что уснули' },
  usage:
    'rfm alerts --input FILE|- [--config FILE] [--as-of YYYY-MM-DD|latest] [--columns MAP] [--delimiter C] [--encoding E]\n' +
    '           [--date-order dmy|mdy] [--time-zone TZ] [--format table|csv|json] [--lang ru|en] [--out FILE]',
  flags: { ...INPUT_FLAGS, ...RUN_FLAGS },
  async run(flags, ctx) {
    const { run, lang, format, ledger, config } = await loadRun('alerts', flags, ctx);
    const text =
      format === 'json'
        ? `${JSON.stringify({ ...alertsJson(run, lang), version: runVersions(ledger, config) }, null, 2)}\n`
        : format === 'csv'
          ? alertsCsv(run, lang)
          : `${renderRunHeader(run, lang)}\n${renderBoundaryLine(run, lang)}\n\n${renderAlertsTable(run, lang)}\n\n${renderBoundaryGroups(run, lang)}\n`;
    await writeOutput(text, flags.out, ctx);
  },
};
