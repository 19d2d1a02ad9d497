import { bilingual, buildReview, buildScorecard, UserInputError } from '../../core';
import { INPUT_FLAGS, RUN_FLAGS } from '../flags';
import { writeOutput } from '../io/write-output';
import { baseFlag, KPI_FLAGS, loadKpiInput, periodFlag, splitHoursFlag } from '../load-kpi-input';
import type { Command } from '../registry';
import { renderReviewTable, reviewCsv } from '../render/render-review';
import { runVersions } from '../format/run-versions';

/** `rfm review`: the anti-gaming list for a period (split orders, lead segments, moved deals, concentration). */
export const reviewCommand: Command = {
  name: 'review',
  summary: { en: 'anti-gaming review: split orders, lead segments, moved deals, concentration', ru: 'проверка на «игры» с КПЭ: дробление заказов, сегменты лидов, переносы сделок, концентрация' },
  usage:
    'rfm review --input FILE|- --period 2025-Q3 [--leads FILE] [--split-hours 48] [--split-tolerance 0.25]\n' +
    '           [--customers FILE] [--config FILE] [--columns MAP] [--format table|csv|json] [--lang ru|en] [--out FILE]',
  flags: { ...INPUT_FLAGS, ...RUN_FLAGS, ...KPI_FLAGS, 'split-tolerance': { type: 'string' } },
  async run(flags, ctx) {
    const period = periodFlag(flags, 'review');
    const hours = splitHoursFlag(flags);
    const tol = flags['split-tolerance'] === undefined ? 0.25 : Number(flags['split-tolerance']);
    if (!(tol >= 0 && tol < 1)) {
      const got = String(flags['split-tolerance']);
      throw new UserInputError(bilingual(`--split-tolerance: нужна доля от 0 до 1, например 0.25 (задано "${got}")`, `--split-tolerance must be a share between 0 and 1, e.g. 0.25 (got "${got}")`), '--split-tolerance');
    }
    const input = await loadKpiInput('review', flags, ctx);
    const options = { weights: input.weights, targetSegments: input.targetSegments, customerManagers: input.customerManagers };
    const scorecard = buildScorecard({ ledger: input.ledger, period, baseMode: baseFlag(flags), snapshotAt: input.snapshotAt, options, leads: input.leads });
    const review = buildReview({ ledger: input.ledger, period, snapshotAt: input.snapshotAt, leads: input.leads, scorecard, split: { hours, tolerance: tol } });
    const text =
      input.format === 'json' ? `${JSON.stringify({ ...review, version: runVersions(input.ledger, input.config) }, null, 1)}\n` : input.format === 'csv' ? reviewCsv(review, input.lang) : renderReviewTable(review, input.lang);
    await writeOutput(text, flags.out, ctx);
  },
};
