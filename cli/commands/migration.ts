import { bilingual, dayFromIso, migrationMatrix, resolveSegmentRules, segmentDisplayNames, UserInputError } from '../../core';
import { INPUT_FLAGS, required, RUN_FLAGS } from '../flags';
import { writeOutput } from '../io/write-output';
import { loadKpiInput } from '../load-kpi-input';
import type { Command, FlagValues } from '../registry';
import { migrationCsv, migrationJson, renderMigrationTable } from '../render/render-migration';
import { runVersions } from '../format/run-versions';

function dateFlag(flags: FlagValues, name: string): number {
  const v = required(flags, name, name === 'from' ? '2025-07-01' : '2025-10-01', 'migration');
  const d = dayFromIso(v);
  if (d === null) throw new UserInputError(bilingual(`--${name}: нужна настоящая дата ГГГГ-ММ-ДД (задано "${v}")`, `--${name} must be a real date YYYY-MM-DD (got "${v}")`), `--${name}`);
  return d;
}

/** `rfm migration`: segment at one date × segment at another, customers and revenue per cell. */
export const migrationCommand: Command = {
  name: 'migration',
  summary: { en: 'segment migration matrix between two dates: stayed, up, down, new', ru: 'матрица переходов между сегментами за интервал: остались, выше, ниже, новые' },
  usage:
    'rfm migration --input FILE|- --from YYYY-MM-DD --to YYYY-MM-DD [--config FILE] [--columns MAP]\n' +
    '              [--format table|csv|json] [--lang ru|en] [--out FILE]',
  flags: { ...INPUT_FLAGS, ...RUN_FLAGS, from: { type: 'string' }, to: { type: 'string' } },
  async run(flags, ctx) {
    const from = dateFlag(flags, 'from');
    const to = dateFlag(flags, 'to');
    if (to <= from) {
      throw new UserInputError(
        bilingual('--to должна быть позже --from (сегменты на дату --from сравниваются с сегментами на дату --to)', '--to must be after --from (segments at --from are compared with segments at --to)'),
        '--to',
      );
    }
    const input = await loadKpiInput('migration', flags, ctx);
    const m = migrationMatrix(input.ledger, from, to, input.snapshotAt);
    const text =
      input.format === 'json' ? `${JSON.stringify({ ...migrationJson(m), version: runVersions(input.ledger, input.config) }, null, 1)}\n` : input.format === 'csv' ? migrationCsv(m) : renderMigrationTable(m, input.lang, segmentDisplayNames(resolveSegmentRules(input.config)));
    await writeOutput(text, flags.out, ctx);
  },
};
