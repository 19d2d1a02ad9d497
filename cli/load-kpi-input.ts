import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  parseBaseMode, parseCustomerManagers, parseLeads, parsePeriod, parseTargetsJson, parseTargetsTable,
  bilingual, parseWeights, rfmSnapshots, UserInputError, type BaseMode, type Lead, type Ledger, type Period, type QualityReport,
  type RejectedRow, type Role, type RunConfig, type SnapshotAt, type Target,
} from '../core';
import type { CliContext, Lang } from './context';
import { cannotRead, notValidJson } from './file-mistakes';
import { langOf, oneOf, required } from './flags';
import { readTableFile } from './io/read-table-file';
import { loadInput } from './load-run';
import type { FlagSpec, FlagValues } from './registry';

/** Flags of the KPI commands beyond the input and run flags. */
export const KPI_FLAGS: FlagSpec = {
  period: { type: 'string', short: 'p' },
  base: { type: 'string' },
  role: { type: 'string' },
  manager: { type: 'string' },
  leads: { type: 'string' },
  targets: { type: 'string' },
  customers: { type: 'string' },
  weights: { type: 'string' },
  'target-segments': { type: 'string' },
  'split-hours': { type: 'string' },
  'no-ids': { type: 'boolean' },
};

/** Everything the KPI commands need, read and validated. */
export interface KpiInput {
  ledger: Ledger;
  /** Today in the configured time zone, as a day number. */
  today: number;
  quality: QualityReport;
  config: RunConfig;
  snapshotAt: SnapshotAt;
  lang: Lang;
  format: 'table' | 'csv' | 'json';
  leads: Lead[] | null;
  leadsRejected: RejectedRow[];
  targets: Target[];
  targetsRejected: RejectedRow[];
  customerManagers: Map<string, string> | undefined;
  customersRejected: RejectedRow[];
  weights: Record<string, number> | undefined;
  targetSegments: string[] | undefined;
}

/** Reads the ledger (as `rfm segments` does), the config, and the optional leads, targets and customers tables. */
export async function loadKpiInput(command: string, flags: FlagValues, ctx: CliContext): Promise<KpiInput> {
  const loaded = await loadInput(command, flags, ctx);
  const { config, dateOrder, lang, format } = loaded;
  let leads: Lead[] | null = null;
  let leadsRejected: RejectedRow[] = [];
  if (typeof flags.leads === 'string') {
    const parsed = parseLeads(await readTableFile(flags.leads, '--leads', ctx), { timeZone: config.timeZone, dateOrder });
    leads = parsed.leads;
    leadsRejected = parsed.rejected;
  }
  let targets: Target[] = [];
  let targetsRejected: RejectedRow[] = [];
  if (typeof flags.targets === 'string') {
    if (/\.json$/i.test(flags.targets)) {
      let json: unknown;
      try {
        json = JSON.parse((await readFile(resolve(ctx.cwd, flags.targets), 'utf8')).replace(/^\uFEFF/, ''));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw code ? cannotRead('--targets', flags.targets, code) : notValidJson('--targets', flags.targets, (error as Error).message);
      }
      targets = parseTargetsJson(json);
    } else {
      const parsed = parseTargetsTable(await readTableFile(flags.targets, '--targets', ctx));
      targets = parsed.targets;
      targetsRejected = parsed.rejected;
    }
  }
  let customerManagers: Map<string, string> | undefined;
  let customersRejected: RejectedRow[] = [];
  if (typeof flags.customers === 'string') {
    const parsed = parseCustomerManagers(await readTableFile(flags.customers, '--customers', ctx));
    customerManagers = parsed.managers;
    customersRejected = parsed.rejected;
  }
  const weights = typeof flags.weights === 'string' ? parseWeights(flags.weights) : undefined;
  const targetSegments = typeof flags['target-segments'] === 'string'
    ? flags['target-segments'].split(',').map((s) => s.trim()).filter(Boolean)
    : undefined;
  return {
    ledger: loaded.ledger, quality: loaded.quality, config, snapshotAt: rfmSnapshots(loaded.ledger, config), lang, format, today: loaded.today,
    leads, leadsRejected, targets, targetsRejected, customerManagers, customersRejected, weights, targetSegments,
  };
}

/** `--period` parsed (required). */
export function periodFlag(flags: FlagValues, command: string): Period {
  return parsePeriod(required(flags, 'period', '2025-Q3', command));
}

/** `--base previous|year-ago`. */
export function baseFlag(flags: FlagValues): BaseMode {
  return parseBaseMode(typeof flags.base === 'string' ? flags.base : undefined);
}

/** `--role` (absent = all roles). */
export function rolesFlag(flags: FlagValues): Role[] | undefined {
  if (flags.role === undefined) return undefined;
  return [oneOf(flags, 'role', ['marketing', 'sales', 'success'] as const, 'marketing')];
}

/** `--split-hours N` (default 48). */
export function splitHoursFlag(flags: FlagValues): number {
  const v = flags['split-hours'];
  if (v === undefined) return 48;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isFinite(n) || n <= 0) throw new UserInputError(bilingual(`--split-hours: нужно число часов больше 0 (задано "${String(v)}")`, `--split-hours must be a number of hours above 0 (got "${String(v)}")`), '--split-hours');
  return n;
}
