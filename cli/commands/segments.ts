import { INPUT_FLAGS, RUN_FLAGS } from '../flags';
import { writeOutput } from '../io/write-output';
import { loadRun } from '../load-run';
import type { Command } from '../registry';
import { segmentsOutput } from '../render/segments-output';

/** `rfm segments`: every scored customer with R, F, M, scores, code, segment, track and suggested action. */
export const segmentsCommand: Command = {
  name: 'segments',
  summary: { en: 'every customer with R, F, M, scores, segment and track', ru: 'каждый клиент: R, F, M, баллы, сегмент и трек' },
  usage:
    'rfm segments --input FILE|- [--config FILE] [--as-of YYYY-MM-DD|latest] [--columns MAP] [--delimiter C] [--encoding E]\n' +
    '             [--date-order dmy|mdy] [--time-zone TZ] [--format table|csv|json] [--lang ru|en] [--out FILE]',
  flags: { ...INPUT_FLAGS, ...RUN_FLAGS },
  async run(flags, ctx) {
    await writeOutput(segmentsOutput(await loadRun('segments', flags, ctx)), flags.out, ctx);
  },
};
