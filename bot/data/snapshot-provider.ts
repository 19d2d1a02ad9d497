import type { Cell, Ledger, Period, RfmRun, Scorecard } from '../../core';
import type { Clock } from '../clock';
import type { Logger } from '../logger';

/** Data read from the source and turned into a ledger (no scores yet). */
export interface LoadedData {
  ledger: Ledger;
  suppressed: string[];
  source: string;
  leads?: Cell[][];
  targets?: Cell[][];
  /** The add-on's settings tab and Rules tab as read (Google Sheet source with BOT_SHEET_SETTINGS / BOT_SHEET_RULES). */
  settingsRows?: Cell[][];
  rulesRows?: Cell[][];
  /** Version of the run configuration in use and of the ledger (core's configVersion / ledgerVersion). */
  configVersion?: string;
  ledgerVersion?: string;
  /** Rows accounted for at ingestion (used + rejected + excluded = total). */
  rows: { total: number; used: number; rejected: number; excluded: number };
}

/** The ledger and its RFM run as of one day: what every answer and digest reads. */
export interface Snapshot extends LoadedData {
  run: RfmRun;
  /** The as-of day (today in the bot's time zone). */
  day: number;
  /** When the data was read from the source. */
  loadedAt: Date;
  suppressedSet: Set<string>;
  /** The KPI scorecard (all managers and the team) for a period, computed once per period and data load. */
  scorecard(period: Period): Scorecard;
}

/** Outcome of a refresh. */
export type RefreshOutcome = { ok: true; ms: number; customers: number; rows: LoadedData['rows'] } | { ok: false; error: string };

/**
 * Keeps the last good data in memory and serves snapshots per day; a refresh swaps it only when it succeeds,
 * so answers never wait on a reload and a failed refresh leaves the previous data in place (and says how old).
 */
export interface SnapshotProvider {
  /** The snapshot as of `day`, scoring the cached ledger once per day; throws when nothing was ever loaded. */
  get(day: number): Snapshot;
  ready(): boolean;
  refresh(): Promise<RefreshOutcome>;
  status(): { loadedAt: Date | null; lastError: string | null; lastAttemptAt: Date | null };
}

/**
 * Creates the {@link SnapshotProvider} from a loader (source → ledger) and a scorer (ledger, day → RFM run).
 * Concurrent refreshes share one load.
 * @example const p = createSnapshotProvider({ load, score, clock, logger }); await p.refresh(); p.get(20780).run.customers.length
 */
export function createSnapshotProvider(deps: {
  load: () => Promise<LoadedData>;
  score: (ledger: Ledger, day: number) => RfmRun;
  /** Builds a scorecard for a period (absent: KPIs are unavailable and say so). */
  scorecard?: (data: LoadedData, period: Period) => Scorecard;
  clock: Clock;
  logger: Logger;
}): SnapshotProvider {
  let data: (LoadedData & { loadedAt: Date; suppressedSet: Set<string> }) | null = null;
  let runs = new Map<number, RfmRun>();
  let cards = new Map<string, Scorecard>();
  let lastError: string | null = null;
  let lastAttemptAt: Date | null = null;
  let inflight: Promise<RefreshOutcome> | null = null;

  const refreshOnce = async (): Promise<RefreshOutcome> => {
    const started = deps.clock.now();
    lastAttemptAt = started;
    const t0 = performance.now();
    try {
      const loaded = await deps.load();
      data = { ...loaded, loadedAt: started, suppressedSet: new Set(loaded.suppressed) };
      runs = new Map();
      cards = new Map();
      lastError = null;
      const ms = Math.round(performance.now() - t0);
      deps.logger.info('data.refreshed', { ms, customers: loaded.ledger.customers.length, rows: loaded.rows.total });
      return { ok: true, ms, customers: loaded.ledger.customers.length, rows: loaded.rows };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      deps.logger.error('data.refresh_failed', { error: lastError });
      return { ok: false, error: lastError };
    }
  };

  return {
    get: (day) => {
      if (!data) throw new Error('No data loaded yet: the first refresh has not succeeded (see the log for the reason).');
      let run = runs.get(day);
      if (!run) {
        run = deps.score(data.ledger, day);
        if (runs.size >= 3) runs.delete(runs.keys().next().value!);
        runs.set(day, run);
      }
      const loaded = data;
      const scorecard = (period: Period): Scorecard => {
        if (!deps.scorecard) throw new Error('KPIs are not configured');
        let card = cards.get(period.label);
        if (!card) {
          card = deps.scorecard(loaded, period);
          if (cards.size >= 8) cards.delete(cards.keys().next().value!);
          cards.set(period.label, card);
        }
        return card;
      };
      return { ...loaded, run, day, scorecard };
    },
    ready: () => data !== null,
    refresh: () => {
      if (!inflight) inflight = refreshOnce().finally(() => (inflight = null));
      return inflight;
    },
    status: () => ({ loadedAt: data?.loadedAt ?? null, lastError, lastAttemptAt }),
  };
}
