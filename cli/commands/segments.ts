import { INPUT_FLAGS, RUN_FLAGS } from '../flags';
import { renderJsonList } from '../format/render-json-list';
import { writeOutput } from '../io/write-output';
import { loadRun } from '../load-run';
import { runVersions } from '../format/run-versions';
import { withVersion } from '../format/with-version';
import type { Command } from '../registry';
import { renderRunHeader } from '../render/render-run-header';
import { renderSegmentsTable, segmentsCsv, segmentsJson } from '../render/render-segments';

/** `rfm segments`: every scored customer with R, F, M, scores, code, segment, track and suggested action. */
export const segmentsCommand: Command = {
  name: 'segments',
  summary: { en: 'every customer with R, F, M, scores, segment and track', ru: 'каждый клиент: R, F, M, баллы, сегмент и трек' },
  usage:
    'rfm segments --input FILE|- [--config FILE] [--as-of YYYY-MM-DD|latest] [--columns MAP] [--delimiter C] [--encoding E]\n' +
    '             [--date-order dmy|mdy] [--time-zone TZ] [--format table|csv|json] [--lang ru|en] [--out FILE]',
  flags: { ...INPUT_FLAGS, ...RUN_FLAGS },
  async run(flags, ctx) {
    const { run, lang, format, ledger, config } = await loadRun('segments', flags, ctx);
    const text =
      format === 'json'
        ? renderJsonList(withVersion(segmentsJson(run, lang), runVersions(ledger, config)))
        : format === 'csv'
          ? segmentsCsv(run, lang)
          : `${renderRunHeader(run, lang)}\n\n${renderSegmentsTable(run, lang)}\n`;
    await writeOutput(text, flags.out, ctx);
  },
};
