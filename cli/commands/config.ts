import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  bilingual,
  configVersion,
  parseRulesTable,
  parseRunConfig,
  resolveSegmentRules,
  RULES_TABLE_COLUMNS,
  type RunConfigInput,
  rulesTableRows,
  settingsProblemText,
  settingsTabConfig,
  settingsTabRows,
  translateMessage,
  UserInputError,
} from '../../core';
import { cannotRead, notValidJson } from '../file-mistakes';
import type { CliContext } from '../context';
import { langOf, oneOf } from '../flags';
import { csvLine } from '../format/csv-line';
import { readTableFile } from '../io/read-table-file';
import { writeOutput } from '../io/write-output';
import type { Command, FlagValues } from '../registry';

/** Header of the Rules tab as the CLI prints it (the add-on and the bot read rules by position). */
const RULES_HEADER = ['Сегмент / Segment', 'R от / from', 'R до / to', 'F от / from', 'F до / to', 'M от / from', 'M до / to', 'Название RU', 'Name EN'];

/**
 * `rfm config export`: a JSON config file (for `--config`) from the spreadsheet's settings tab and Rules tab
 * downloaded as CSV (File → Download → CSV, one tab at a time), or from an existing `--config` (validated,
 * as entered). Sheet-only keys (tabs.*, kpi.period) are not part of a run configuration and are left out.
 */
async function exportConfig(flags: FlagValues, ctx: CliContext): Promise<void> {
  let input: RunConfigInput;
  if (typeof flags.settings === 'string') {
    const rows = await readTableFile(flags.settings, '--settings', ctx);
    let rules = null;
    const sheet = settingsTabConfig(rows);
    if (!sheet.ok) {
      const text = (lang: 'ru' | 'en'): string => sheet.problems.map((p) => translateMessage(lang, settingsProblemText(p))).join('; ');
      throw new UserInputError(bilingual(`--settings ${flags.settings}: ${text('ru')}`, `--settings ${flags.settings}: ${text('en')}`), '--settings');
    }
    if (typeof flags.rules === 'string') {
      const read = parseRulesTable(await readTableFile(flags.rules, '--rules', ctx), sheet.input);
      if (!read.ok) {
        const where = (p: (typeof read.problems)[number], row: string, column: string): string => `${row} ${p.row}, ${column} ${RULES_TABLE_COLUMNS[p.column]}${p.value ? ` = "${p.value}"` : ''}`;
        const ru = read.problems.map((p) => `${where(p, 'строка', 'столбец')}: ${translateMessage('ru', p.message)}`).join('; ');
        const en = read.problems.map((p) => `${where(p, 'row', 'column')}: ${p.message}`).join('; ');
        throw new UserInputError(bilingual(`--rules ${flags.rules}: ${ru}`, `--rules ${flags.rules}: ${en}`), '--rules');
      }
      rules = read.rules;
    }
    input = rules ? { ...sheet.input, preset: undefined, segments: rules.map((r) => ({ ...r, r: [...r.r], f: [...r.f], m: [...r.m] })) as RunConfigInput['segments'] } : sheet.input;
    if (sheet.workbook.transactionsTab !== undefined || sheet.workbook.kpiPeriod !== undefined) {
      const lang = langOf(flags);
      ctx.stderr.write(
        lang === 'ru'
          ? 'rfm: примечание: tabs.* и kpi.period описывают таблицу, а не расчёт; в выгруженный файл они не попадают\n'
          : 'rfm: note: tabs.* and kpi.period describe the spreadsheet, not the run; they are not in the exported file\n',
      );
    }
  } else if (typeof flags.config === 'string') {
    input = await readConfigJson(flags.config, '--config', ctx);
  } else {
    throw new UserInputError(
      bilingual(
        'rfm config export: нужен --settings FILE.csv (вкладка настроек, скачанная как CSV; добавьте --rules FILE.csv для вкладки правил) или --config FILE',
        'rfm config export needs --settings FILE.csv (the settings tab downloaded as CSV; add --rules FILE.csv for the Rules tab) or --config FILE',
      ),
      '--settings',
    );
  }
  const config = parseRunConfig(input);
  const text = `${JSON.stringify(input, null, 2)}\n`;
  await writeOutput(text, flags.out, ctx);
  if (typeof flags.out === 'string' && flags.out !== '-') ctx.stdout.write(`${flags.out}: settings version ${configVersion(config)}\n`);
}

/** Reads and validates a JSON config file; returns it as entered. */
async function readConfigJson(path: string, flag: string, ctx: CliContext): Promise<RunConfigInput> {
  let text: string;
  try {
    text = await readFile(resolve(ctx.cwd, path), 'utf8');
  } catch (error) {
    throw cannotRead(flag, path, (error as NodeJS.ErrnoException).code);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw notValidJson(flag, path, (error as Error).message);
  }
  parseRunConfig(json);
  const { asOf: _asOf, ...rest } = json as RunConfigInput;
  return rest;
}

/**
 * `rfm config import FILE`: validates a JSON config file and prints the rows to paste into the spreadsheet:
 * the settings tab (default; tab-separated, so pasting in Google Sheets fills the key and value columns) or
 * with `--tab rules` the Rules tab (the file's segments, else its preset's rules). `--format csv` writes CSV
 * (formula-safe) for File → Import instead.
 */
async function importConfig(file: string | undefined, flags: FlagValues, ctx: CliContext): Promise<void> {
  if (!file) {
    throw new UserInputError(
      bilingual('rfm config import: укажите JSON-файл: rfm config import config.json [--tab settings|rules]', 'rfm config import needs the JSON file: rfm config import config.json [--tab settings|rules]'),
      'FILE',
    );
  }
  const tab = oneOf(flags, 'tab', ['settings', 'rules'] as const, 'settings');
  const format = oneOf(flags, 'format', ['tsv', 'csv'] as const, 'tsv');
  const input = await readConfigJson(file, 'FILE', ctx);
  const config = parseRunConfig(input);
  const rows: (string | number | null)[][] =
    tab === 'settings'
      ? [...settingsTabRows(input), ['# settings version', configVersion(config)]]
      : [RULES_HEADER, ...rulesTableRows(resolveSegmentRules(config).rules)];
  const line = (cells: (string | number | null)[]) =>
    format === 'csv' ? csvLine(cells, true) : cells.map((c) => String(c ?? '').replace(/[\t\r\n]/g, ' ')).join('\t');
  await writeOutput(`${rows.map(line).join('\n')}\n`, flags.out, ctx);
}

/** `rfm config export|import`: move a spreadsheet's settings to a JSON config file and back. */
export const configCommand: Command = {
  name: 'config',
  summary: {
    en: 'export the sheet settings tab (CSV) to a JSON config, or import a JSON config as rows to paste',
    ru: 'выгрузить вкладку настроек таблицы (CSV) в JSON-конфиг или загрузить JSON-конфиг строками для вставки',
  },
  usage:
    'rfm config export (--settings SETTINGS.csv [--rules RULES.csv] | --config FILE) [--out FILE]\n' +
    'rfm config import FILE [--tab settings|rules] [--format tsv|csv] [--out FILE]',
  positionals: 2,
  flags: {
    settings: { type: 'string' },
    rules: { type: 'string' },
    config: { type: 'string', short: 'c' },
    tab: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  },
  async run(flags, ctx, words = []) {
    const [action, file] = words;
    if (action === 'export') return exportConfig(flags, ctx);
    if (action === 'import') return importConfig(file, flags, ctx);
    throw new UserInputError(
      bilingual(
        `rfm config: нужно "export" или "import" (задано ${action ? `"${action}"` : 'ничего'}); справка: "rfm config --help"`,
        `rfm config needs "export" or "import" (got ${action ? `"${action}"` : 'nothing'}); run "rfm config --help"`,
      ),
      'action',
    );
  },
};
