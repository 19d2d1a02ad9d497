import { readFileSync } from 'node:fs';
import {
  buildScorecard,
  ledgerVersion,
  parseLeads,
  parseRunConfig,
  parseTargetsTable,
  rfmSnapshots,
  runRfm,
  UserInputError,
  type RunConfig,
} from '../core';
import { localTime, type Clock } from './clock';
import { buildComposeEnv } from './compose-env';
import type { BotConfig } from './config';
import type { BotDeps } from './context';
import { createConfigKeeper } from './data/config-keeper';
import { createSource } from './data/create-source';
import type { DataSource } from './data/data-source';
import { createSnapshotProvider } from './data/snapshot-provider';
import { createI18n } from './i18n';
import type { Logger } from './logger';
import { openStorage } from './storage';

/**
 * The run configuration (the CLI's `--config` schema) from BOT_RFM_CONFIG, or the defaults. The as-of date is
 * always "today in the bot's time zone", so a fixed `asOf` in the file is ignored here.
 */
export function loadRunConfig(path: string | undefined): RunConfig {
  let json: unknown = {};
  if (path) {
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new UserInputError(`BOT_RFM_CONFIG: cannot read ${path} as JSON (${(error as Error).message})`, 'BOT_RFM_CONFIG');
    }
  }
  const { asOf: _ignored, ...rest } = (json ?? {}) as Record<string, unknown>;
  return parseRunConfig(rest);
}

/**
 * Wires every dependency from the validated config: SQLite state, the data source and its snapshot cache
 * (core's ingestion, RFM run and KPI scorecards), translations and digest composition. Nothing is loaded yet:
 * call `deps.snapshots.refresh()`. `overrides.source` replaces the configured source (tests, other hosts).
 * @example const deps = createDeps(loadConfig(process.env, { requireToken: false }), systemClock, logger)
 */
export function createDeps(config: BotConfig, clock: Clock, logger: Logger, overrides: { source?: DataSource } = {}): BotDeps {
  const runConfig = loadRunConfig(config.rfmConfigPath);
  const today = () => localTime(clock.now(), config.timeZone).day;
  const source = overrides.source ?? createSource(config, today);
  const storage = openStorage(config.dbPath);
  // The spreadsheet's settings and Rules tabs (when the source reads them) replace this at each refresh.
  const runConfigs = createConfigKeeper(runConfig, { timeZone: config.timeZone });
  const snapshots = createSnapshotProvider({
    load: async () => {
      // The bot keeps only the row counts of the quality report: duplicate rows and empty cells are not looked for.
      const data = await source.load({ timeZone: config.timeZone, today: today(), locale: 'en', qualityChecks: false });
      const event = runConfigs.apply(data);
      if (event) logger.info(`config.${event.kind}`, event.kind === 'changed' ? { from: event.from, to: event.to } : { problems: event.problems.length });
      return { ...data, configVersion: runConfigs.current().version, ledgerVersion: ledgerVersion(data.ledger) };
    },
    score: (ledger, day) => runRfm(ledger, runConfigs.current().config, { today: day }),
    scorecard: (data, period) =>
      buildScorecard({
        ledger: data.ledger,
        period,
        snapshotAt: rfmSnapshots(data.ledger, runConfigs.current().config),
        leads: data.leads?.length ? parseLeads(data.leads, { timeZone: config.timeZone }).leads : null,
        targets: data.targets?.length ? parseTargetsTable(data.targets).targets : [],
      }),
    clock,
    logger,
  });
  const i18n = createI18n();
  return { config, storage, snapshots, runConfigs, clock, logger, i18n, compose: buildComposeEnv(config, storage, snapshots, i18n) };
}
