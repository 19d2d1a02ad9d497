import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bilingual, dayFromIso, dayInTimeZone, parseRunConfig, runRfm, UserInputError, type RfmRun, type RunConfig } from '../core';
import { cannotRead, notValidJson } from './file-mistakes';
import type { CliContext, Lang } from './context';
import { langOf, oneOf, required } from './flags';
import { columnsFlag, loadLedger, type LoadedLedger } from './io/load-ledger';
import type { FlagValues } from './registry';
import { runWarningLines } from './render/render-run-warnings';

/** The config file (`--config`) read and validated by core's schema; `{}` (all defaults) without the flag. */
export async function loadConfig(flags: FlagValues, ctx: CliContext): Promise<RunConfig> {
  const path = flags.config;
  let json: unknown = {};
  if (typeof path === 'string') {
    let text: string;
    try {
      text = await readFile(resolve(ctx.cwd, path), 'utf8');
    } catch (error) {
      throw cannotRead('--config', path, (error as NodeJS.ErrnoException).code);
    }
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw notValidJson('--config', path, (error as Error).message);
    }
  }
  const asOf = flags['as-of'];
  if (typeof asOf === 'string' && asOf !== 'latest' && dayFromIso(asOf) === null) {
    throw new UserInputError(bilingual(`--as-of: нужна настоящая дата ГГГГ-ММ-ДД или "latest" (задано "${asOf}")`, `--as-of must be a real date YYYY-MM-DD or "latest" (got "${asOf}")`), '--as-of');
  }
  const config = parseRunConfig(json);
  const timeZone = flags['time-zone'];
  if (typeof timeZone === 'string') {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
    } catch {
      throw new UserInputError(
        bilingual(`--time-zone: нужен часовой пояс IANA, например Europe/Moscow или UTC (задано "${timeZone}")`, `--time-zone must be an IANA time zone such as Europe/Moscow or UTC (got "${timeZone}")`),
        '--time-zone',
      );
    }
  }
  return {
    ...config,
    ...(typeof asOf === 'string' ? { asOf } : {}),
    ...(typeof timeZone === 'string' ? { timeZone } : {}),
  };
}

/** The ledger, validated config and output settings that every command reading `--input` shares. */
export interface LoadedInput extends LoadedLedger {
  config: RunConfig;
  lang: Lang;
  format: 'table' | 'csv' | 'json';
  /** `--date-order`, else the config's; undefined leaves core's default (day first). */
  dateOrder: 'dmy' | 'mdy' | undefined;
  /** Today in the configured time zone, as a day number. */
  today: number;
}

/** A finished run with everything a command prints. */
export interface LoadedRun extends LoadedInput {
  run: RfmRun;
}

/** What a command shows beyond its own output. */
export interface InputUse {
  /**
   * The command shows the data-quality report (`quality`, `demo`), so the report must be complete: only then are
   * duplicate rows looked for and empty cells counted. Other commands leave those checks out (`qualityChecks`).
   */
  showsQuality?: boolean;
}

/**
 * Validate the shared flags and the config, then read the ledger from `--input`:
 * `--columns` / the config's columns, `--delimiter`, `--encoding`, `--date-order`, `--time-zone`.
 */
export async function loadInput(command: string, flags: FlagValues, ctx: CliContext, use: InputUse = {}): Promise<LoadedInput> {
  const format = oneOf(flags, 'format', ['table', 'csv', 'json'] as const, 'table');
  const dateOrderFlag = flags['date-order'] === undefined ? undefined : oneOf(flags, 'date-order', ['dmy', 'mdy'] as const, 'dmy');
  const input = required(flags, 'input', 'sales.csv', command);
  const config = await loadConfig(flags, ctx);
  const lang = langOf(flags, config.language);
  const today = dayInTimeZone(ctx.nowMs(), config.timeZone);
  const dateOrder = dateOrderFlag ?? config.dateOrder;
  const loaded = await loadLedger(
    {
      input,
      columns: columnsFlag(flags.columns) ?? config.columns,
      delimiter: typeof flags.delimiter === 'string' ? flags.delimiter : undefined,
      encoding: typeof flags.encoding === 'string' ? flags.encoding : undefined,
      dateOrder,
      timeZone: config.timeZone,
      today,
      lang,
      progress: format !== 'json' && !flags['no-progress'],
      qualityChecks: use.showsQuality === true,
    },
    ctx,
  );
  return { ...loaded, config, lang, format, dateOrder, today };
}

/**
 * The shared path of every RFM command: {@link loadInput}, then core's `runRfm` as of `--as-of` / the
 * config's `asOf` / today in the configured time zone (`--time-zone` wins). With `--format csv|json` the run's
 * warnings (rules, empty scores) go to stderr, one line each; a table report prints them under its header.
 */
export async function loadRun(command: string, flags: FlagValues, ctx: CliContext, use: InputUse = {}): Promise<LoadedRun> {
  const input = await loadInput(command, flags, ctx, use);
  const run = runRfm(input.ledger, input.config, { today: input.today });
  // A table report shows the warnings under its header; CSV and JSON stay data, so they go to stderr.
  if (input.format !== 'table') {
    for (const line of runWarningLines(run, input.lang)) ctx.stderr.write(`rfm: ${input.lang === 'ru' ? 'предупреждение' : 'warning'}: ${line}\n`);
  }
  return { ...input, run };
}
