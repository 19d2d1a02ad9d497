import type { RunConfig } from '../config/run-config';
import type { Ledger } from '../ledger/types';
import { buildSegmentLookup, codeIndex } from '../segments/build-segment-lookup';
import { resolveAction } from '../segments/resolve-action';
import { resolveSegmentRules, type ResolvedSegmentRules } from '../segments/resolve-segment-rules';
import { scoreCode } from '../segments/score-code';
import { segmentDisplayNames } from '../segments/segment-display-names';
import { reconciliationLines } from '../segments/reconciliation-lines';
import { summarizeSegments, type SegmentSummary } from '../segments/summarize-segments';
import { trackOf } from '../segments/track-of';
import { TRACK_NAMES } from '../segments/track-names';
import { TRACK_IDS, type BilingualText, type RuleWarning, type SuggestedAction, type TrackId } from '../segments/types';
import { playbookWarnings } from '../segments/playbook-warnings';
import { scoreWarnings, type ScoreWarning } from './score-warnings';
import { dataEndWarning, futurePurchasesWarning } from './data-end-warning';
import { currencyWarning } from './currency-warning';
import { validateSegmentRules } from '../segments/validate-segment-rules';
import { describeBoundary, estimateBoundary } from '../sleep/estimate-boundary';
import { findAlerts, type SleepAlert } from '../sleep/find-alerts';
import { groupBoundaries, type GroupBoundary } from '../sleep/group-boundaries';
import { personalBoundary } from '../sleep/personal-boundary';
import type { BoundaryEstimate } from '../sleep/types';
import { isoFromDay } from '../time/civil-day';
import { computeMetrics, type CustomerMetric, type UnscoredCustomer } from './compute-metrics';
import { resolveAsOf } from './resolve-as-of';
import { scoreAxis, type AxisSpec, type AxisTable } from './score-axis';

/** One scored customer in a run. */
export interface RfmCustomerRow
  extends Pick<CustomerMetric, 'lastPurchaseDay' | 'recencyDays' | 'frequency' | 'monetaryCents' | 'scoredFrequency' | 'scoredMonetaryCents'> {
  customerId: string;
  name: string | null;
  manager: string | null;
  r: number;
  f: number;
  m: number;
  /** `R{r}F{f}M{m}`. */
  code: string;
  /** Segment name (the rule's `name`, or the catch-all). */
  segment: string;
  track: TrackId;
  /** Sleep boundary that applies (personal when sooner), its source, and boundary − recency; null without a boundary. */
  boundaryDays: number | null;
  boundarySource: 'global' | 'manual' | 'personal' | null;
  daysToBoundary: number | null;
  action: SuggestedAction;
}

/** The sleep-boundary part of a run. */
export interface SleepReport {
  /** The global boundary used for alerts (manual when configured, else the estimate), or null when none. */
  boundaryDays: number | null;
  source: 'manual' | 'estimate' | null;
  /** The estimate from all customers' gaps before the as-of day (computed even when a manual value overrides). */
  estimate: BoundaryEstimate;
  /** How the boundary was found, for display. */
  description: BilingualText;
  bySegment: GroupBoundary[];
  byTrack: GroupBoundary[];
  /** Customers whose personal boundary is sooner than the global one and is used. */
  personalCustomers: number;
  leadDays: number;
  crossedDays: number;
}

/** What the spike guard did. */
export interface SpikeGuardReport {
  enabled: boolean;
  excludePromo: boolean;
  capMultiple: number | null;
  /** Orders in the window left out (promo) or capped for scoring. */
  promoOrdersExcluded: number;
  ordersCapped: number;
  /** Customers whose F or M score differs from the unguarded run, and their ids. */
  customersChanged: number;
  changedCustomerIds: string[];
}

/** Everything one RFM run computed, with every choice it made. */
export interface RfmRun {
  asOf: number;
  asOfIso: string;
  asOfSource: 'date' | 'latest' | 'today';
  /** The window [start, end) in day numbers (start null = all history; end = asOf, exclusive). */
  window: { days: number | null; start: number | null; startIso: string | null; end: number };
  scale: number;
  axes: { recency: AxisTable; frequency: AxisTable; monetary: AxisTable };
  /** Axes where some score went to no customer, with the value that took them and what would even the groups. */
  scoreWarnings: ScoreWarning[];
  /**
   * What a user must know about the data before any score: `latest` passed over purchases dated after today
   * (futurePurchasesWarning), the as-of date lies far past the newest purchase (a run as of today on an old
   * export, an empty window: dataEndWarning), the amounts name several currencies (currencyWarning). Empty when
   * none.
   */
  dataWarnings: BilingualText[];
  segmentRules: ResolvedSegmentRules & { warnings: RuleWarning[] };
  /** Scored customers in ledger order (by id). */
  customers: RfmCustomerRow[];
  unscored: UnscoredCustomer[];
  summary: SegmentSummary;
  trackSummary: SegmentSummary;
  sleep: SleepReport;
  alerts: SleepAlert[];
  spikeGuard: SpikeGuardReport;
  config: RunConfig;
}

/** The smallest value of a non-empty array (a loop: spreading a million values into Math.min overflows the stack). */
function smallest(values: Float64Array): number {
  let min = values[0];
  for (let i = 1; i < values.length; i++) if (values[i] < min) min = values[i];
  return min;
}

function monetarySpec(spec: RunConfig['monetary']): AxisSpec {
  return spec.method === 'thresholds' ? { method: 'thresholds', cuts: spec.cuts.map((c) => Math.round(c * 100)) } : spec;
}

/**
 * The one RFM run the CLI, the add-on and the bot call: as-of day, metrics, R/F/M scores (one scoring
 * function), segments from the rule table, tracks, suggested actions, segment and track tables reconciled
 * to the ledger, the sleep boundary with per-segment and per-track estimates, personal boundaries, alerts,
 * and the spike-guard report. Pure; `today` (day number in the configured time zone) is needed only when
 * the config has no `asOf`. O(orders + customers·log customers).
 *
 * @example runRfm(ledger, parseRunConfig({ asOf: '2006-12-31', windowDays: null }), {}).customers.find(c => c.customerId === "Abbey O'Reilly")?.recencyDays // → 205
 */
export function runRfm(ledger: Ledger, config: RunConfig, options: { today?: number } = {}): RfmRun {
  const asOf = resolveAsOf(config.asOf, ledger, options.today);
  const D = asOf.day;
  const scale = config.scale;
  const guard = config.spikeGuard;
  const guardOn = guard.excludePromo || guard.capMultiple !== null;
  const metrics = computeMetrics(ledger, {
    asOf: D,
    windowDays: config.windowDays,
    excludePromo: guard.excludePromo,
    capMultiple: guard.capMultiple,
    gaps: true,
  });
  const scored = metrics.scored;
  const n = scored.length;

  const rVals = new Float64Array(n);
  const fVals = new Float64Array(n);
  const mVals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rVals[i] = scored[i].recencyDays;
    fVals[i] = scored[i].scoredFrequency;
    mVals[i] = scored[i].scoredMonetaryCents;
  }
  const mSpec = monetarySpec(config.monetary);
  const R = scoreAxis(rVals, config.recency, scale, 'lower', 'recency.cuts');
  const F = scoreAxis(fVals, config.frequency, scale, 'higher', 'frequency.cuts');
  const M = scoreAxis(mVals, mSpec, scale, 'higher', 'monetary.cuts');

  // Spike guard report: score the raw values too and count who moved.
  const changed: string[] = [];
  let promoExcluded = 0;
  let capped = 0;
  if (guardOn) {
    for (let i = 0; i < n; i++) {
      fVals[i] = scored[i].frequency;
      mVals[i] = scored[i].monetaryCents;
      promoExcluded += scored[i].promoOrdersExcluded;
      capped += scored[i].ordersCapped;
    }
    const F0 = scoreAxis(fVals, config.frequency, scale, 'higher', 'frequency.cuts');
    const M0 = scoreAxis(mVals, mSpec, scale, 'higher', 'monetary.cuts');
    for (let i = 0; i < n; i++) {
      if (F0.scores[i] !== F.scores[i] || M0.scores[i] !== M.scores[i]) changed.push(scored[i].customer.id);
    }
  }

  const resolved = resolveSegmentRules(config);
  const warnings = validateSegmentRules(resolved.rules, scale, resolved.other.name);
  warnings.push(...playbookWarnings(config.playbook, [...resolved.rules.map((r) => r.name), resolved.other.name, ...TRACK_IDS]));
  const lookup = buildSegmentLookup(resolved.rules, scale);

  // Sleep boundary: gaps of every scored customer before D.
  const gapsOf = metrics.gaps!; // = purchaseGaps(customer, D) per scored customer, from the same pass
  let totalGaps = 0;
  for (let i = 0; i < n; i++) totalGaps += gapsOf[i].length;
  const allGaps = new Float64Array(totalGaps);
  for (let i = 0, k = 0; i < n; i++) for (const g of gapsOf[i]) allGaps[k++] = g;
  const sleepCfg = config.sleep;
  const estimate = estimateBoundary(allGaps, sleepCfg);
  const manual = sleepCfg.boundaryDays ?? null;
  const globalDays = manual ?? (estimate.status === 'ok' ? estimate.days : null);
  const globalSource: 'manual' | 'global' = manual !== null ? 'manual' : 'global';

  const customers: RfmCustomerRow[] = new Array(n);
  let personalCount = 0;
  // Per code: segment, track and code text; per (rule, track): one shared action object (treat as read-only).
  const codes = scale * scale * scale;
  const codeText: string[] = new Array(codes);
  const codeTrack: TrackId[] = new Array(codes);
  for (let r = 1; r <= scale; r++)
    for (let f = 1; f <= scale; f++)
      for (let m = 1; m <= scale; m++) {
        const k = codeIndex(r, f, m, scale);
        codeText[k] = scoreCode(r, f, m);
        codeTrack[k] = trackOf(r, f, m, scale);
      }
  const actions: (SuggestedAction | undefined)[] = new Array((resolved.rules.length + 1) * TRACK_IDS.length);
  const actionFor = (rule: number, segment: string, track: TrackId): SuggestedAction => {
    const key = (rule + 1) * TRACK_IDS.length + TRACK_IDS.indexOf(track);
    let a = actions[key];
    if (!a) actions[key] = a = resolveAction(segment, track, config.playbook);
    return a;
  };
  for (let i = 0; i < n; i++) {
    const x = scored[i];
    const r = R.scores[i];
    const f = F.scores[i];
    const m = M.scores[i];
    const k = codeIndex(r, f, m, scale);
    const rule = lookup[k];
    const segment = rule >= 0 ? resolved.rules[rule].name : resolved.other.name;
    const track = codeTrack[k];
    let boundaryDays: number | null = globalDays;
    let boundarySource: RfmCustomerRow['boundarySource'] = globalDays === null ? null : globalSource;
    if (globalDays !== null && sleepCfg.personal) {
      const own = personalBoundary(gapsOf[i], globalDays, {
        factor: sleepCfg.personalFactor,
        minPurchaseDays: sleepCfg.personalMinPurchases,
      });
      if (own !== null && own < globalDays) {
        boundaryDays = own;
        boundarySource = 'personal';
        personalCount++;
      }
    }
    customers[i] = {
      customerId: x.customer.id,
      name: x.customer.name,
      manager: x.customer.manager,
      lastPurchaseDay: x.lastPurchaseDay,
      recencyDays: x.recencyDays,
      frequency: x.frequency,
      monetaryCents: x.monetaryCents,
      scoredFrequency: x.scoredFrequency,
      scoredMonetaryCents: x.scoredMonetaryCents,
      r,
      f,
      m,
      code: codeText[k],
      segment,
      track,
      boundaryDays,
      boundarySource,
      daysToBoundary: boundaryDays === null ? null : boundaryDays - x.recencyDays,
      action: actionFor(rule, segment, track),
    };
  }

  const segmentOrder = uniqueNames([...resolved.rules.map((r) => r.name), resolved.other.name]);
  const sleep: SleepReport = {
    boundaryDays: globalDays,
    source: manual !== null ? 'manual' : globalDays !== null ? 'estimate' : null,
    estimate,
    description:
      manual !== null
        ? {
            ru: `${manual} дн.: задано вручную (оценка по данным: ${describeBoundary(estimate).ru})`,
            en: `${manual} days: set by hand (estimate from the data: ${describeBoundary(estimate).en})`,
          }
        : describeBoundary(estimate),
    bySegment: [],
    byTrack: [],
    personalCustomers: personalCount,
    leadDays: sleepCfg.leadDays,
    crossedDays: sleepCfg.crossedDays,
  };
  lazyField(sleep, 'bySegment', () => groupBoundaries(gapsOf, customers.map((c) => c.segment), segmentOrder, sleepCfg));
  lazyField(sleep, 'byTrack', () => groupBoundaries(gapsOf, customers.map((c) => c.track), TRACK_IDS, sleepCfg));

  const segmentNames = segmentDisplayNames(resolved);
  const run: RfmRun = {
    asOf: D,
    asOfIso: isoFromDay(D),
    asOfSource: asOf.source,
    window: {
      days: config.windowDays,
      start: metrics.windowStart,
      startIso: metrics.windowStart === null ? null : isoFromDay(metrics.windowStart),
      end: D,
    },
    scale,
    axes: { recency: R.table, frequency: F.table, monetary: M.table },
    scoreWarnings: scoreWarnings({ recency: R.table, frequency: F.table, monetary: M.table }, config.windowDays),
    dataWarnings: [
      ...(asOf.skippedFuture === null ? [] : [futurePurchasesWarning(asOf.skippedFuture, D)]),
      dataEndWarning(n === 0 ? null : D - smallest(rVals), D, asOf.source, config.windowDays),
      currencyWarning(ledger.currencies),
    ].filter((w): w is BilingualText => w !== null),
    segmentRules: { ...resolved, warnings },
    customers,
    unscored: metrics.unscored,
    summary: EMPTY_SUMMARY,
    trackSummary: EMPTY_SUMMARY,
    sleep,
    alerts: [],
    spikeGuard: {
      enabled: guardOn,
      excludePromo: guard.excludePromo,
      capMultiple: guard.capMultiple,
      promoOrdersExcluded: promoExcluded,
      ordersCapped: capped,
      customersChanged: changed.length,
      changedCustomerIds: changed,
    },
    config,
  };
  // Tables nobody may read (the KPIs take a run per snapshot day and read only the customers) are computed on
  // first access, once; they are ordinary enumerable values from then on.
  let reconciliation: ReturnType<typeof reconciliationLines> | undefined;
  const lines = () => {
    if (!reconciliation) reconciliation = reconciliationLines(ledger, { asOf: D, windowStart: metrics.windowStart, unscored: metrics.unscored });
    return reconciliation;
  };
  lazyField(run, 'summary', () =>
    summarizeSegments(customers, (c) => c.segment, segmentOrder, (g) => segmentNames.get(g) ?? { ru: g, en: g }, lines(), ledger, {
      dropEmpty: [resolved.other.name],
    }),
  );
  lazyField(run, 'trackSummary', () =>
    summarizeSegments(customers, (c) => c.track, TRACK_IDS, (g) => TRACK_NAMES[g as TrackId] ?? { ru: g, en: g }, lines(), ledger),
  );
  lazyField(run, 'alerts', () => findAlerts(customers, { ...sleepCfg, globalBoundaryDays: globalDays }));
  return run;
}

/** Placeholder replaced by {@link lazyField} before the run is returned; never seen by a caller. */
const EMPTY_SUMMARY = undefined as unknown as SegmentSummary;

/**
 * Make `target[key]` computed on first read and then stored as a plain enumerable value (so JSON, spreads and
 * deep equality see it like any other field).
 */
function lazyField<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

function uniqueNames(names: string[]): string[] {
  return [...new Set(names)];
}
