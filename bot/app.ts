import { readFileSync } from 'node:fs';
import {
  buildScorecard,
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
  const snapshots = createSnapshotProvider({
    load: () => source.load({ timeZone: config.timeZone, today: today(), locale: 'en' }),
    score: (ledger, day) => runRfm(ledger, runConfig, { today: day }),
    scorecard: (data, period) =>
      buildScorecard({
        ledger: data.ledger,
        period,
        snapshotAt: rfmSnapshots(data.ledger, runConfig),
        leads: data.leads?.length ? parseLeads(data.leads, { timeZone: config.timeZone }).leads : null,
        targets: data.targets?.length ? parseTargetsTable(data.targets).targets : [],
      }),
    clock,
    logger,
  });
  const i18n = createI18n();
  return { config, storage, snapshots, clock, logger, i18n, compose: buildComposeEnv(config, storage, snapshots, i18n) };
}
