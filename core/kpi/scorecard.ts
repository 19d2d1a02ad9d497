import type { Ledger } from '../ledger/types';
import type { BaseMode, Period } from './period';
import { basePeriod } from './period';
import type { KpiId, KpiResult, KpiUnit, Role, SnapshotAt } from './types';
import type { Lead } from './lead';
import type { Target } from './targets';
import { planFor } from './targets';
import { buildKpiContext, type KpiContext, type KpiOptions } from './kpi-context';
import { leadCohorts, type LeadCohort } from './lead-cohorts';
import { computeKpi } from './compute-kpi';
import { mergeKpiResults } from './merge-kpi-results';
import { KPI_INFO, ROLE_KPIS, ROLES } from './role-kpis';

/** One line of a scorecard: a KPI for one manager (or the whole team) with plan, fact and change vs base. */
export interface ScorecardRow {
  role: Role;
  kpi: KpiId;
  /** The manager, null for customers without a manager; see `team`. */
  manager: string | null;
  /** True for the whole-team row (all customers and leads; its numerator and denominator = Σ of the managers' rows). */
  team: boolean;
  plan: number | null;
  fact: KpiResult;
  /** fact / plan × 100; null when either is missing or the plan is 0. For `lowerIsBetter` KPIs below 100 is good. */
  percentOfPlan: number | null;
  lowerIsBetter: boolean;
  /** The same KPI over the base period (managers as of the base period's end). */
  base: KpiResult;
  /** fact − base, in `changeUnit` (`pp` for percentages); null when either is not defined. */
  change: number | null;
  changeUnit: KpiUnit;
  /** The fact with suspected split orders merged (see `attachMergedFacts`); absent when not computed. */
  factMerged?: KpiResult;
}

/** A scorecard for one period. */
export interface Scorecard {
  period: Period;
  base: Period;
  /** Managers in row order (null = customers without a manager, listed last when present). */
  managers: (string | null)[];
  rows: ScorecardRow[];
}

/** What a scorecard needs. */
export interface ScorecardInput {
  ledger: Ledger;
  period: Period;
  baseMode?: BaseMode;
  /** Segments at any date (an RFM run as of that date, cached). */
  snapshotAt: SnapshotAt;
  options?: KpiOptions;
  leads?: readonly Lead[] | null;
  targets?: readonly Target[];
  /** Only these roles (default all three). */
  roles?: readonly Role[];
  /** Only this manager's rows (the team row is still given). */
  manager?: string | null;
}

/** Partition of customers and leads by manager. */
interface Groups {
  keys: (string | null)[];
  members: Map<string | null, number[]>;
  leads: Map<string | null, LeadCohort[]>;
  all: number[];
  allLeads: LeadCohort[] | null;
}

function groupsOf(ctx: KpiContext, leads: readonly Lead[] | null): Groups {
  const members = new Map<string | null, number[]>();
  const all: number[] = [];
  for (let i = 0; i < ctx.ledger.customers.length; i++) {
    const m = ctx.manager[i];
    let list = members.get(m);
    if (!list) members.set(m, (list = []));
    list.push(i);
    all.push(i);
  }
  const leadMap = new Map<string | null, LeadCohort[]>();
  const allLeads = leads ? leadCohorts(ctx, leads) : null;
  for (const l of allLeads ?? []) {
    let list = leadMap.get(l.manager);
    if (!list) leadMap.set(l.manager, (list = []));
    list.push(l);
  }
  const named = [...new Set([...members.keys(), ...leadMap.keys()])].filter((k): k is string => k !== null).sort((a, b) => a.localeCompare(b, 'ru'));
  const keys: (string | null)[] = [...named];
  if (members.has(null) || leadMap.has(null)) keys.push(null);
  return { keys, members, leads: leadMap, all, allLeads };
}

/**
 * Build the scorecard of a period: for each role's KPIs, one row per manager and a whole-team row, each with plan
 * (from targets), fact, % of plan and change vs the base period. Customers belong to their manager at the period
 * end (customers table, else latest order); leads to the lead's manager. The team row is computed over all
 * customers and leads, which are the disjoint union of the managers' rows (plus "no manager"), so its numerator
 * and denominator are the sums of theirs.
 *
 * @example buildScorecard({ ledger, period: parsePeriod('2025-Q3'), snapshotAt }).rows.filter(r => r.team).length // → 16
 */
export function buildScorecard(input: ScorecardInput): Scorecard {
  const mode = input.baseMode ?? 'previous';
  const base = basePeriod(input.period, mode);
  const options = input.options ?? {};
  const ctx = buildKpiContext(input.ledger, input.period, base, input.snapshotAt, options);
  const bctx = buildKpiContext(input.ledger, base, basePeriod(base, mode), input.snapshotAt, options);
  const leads = input.leads ?? null;
  const g = groupsOf(ctx, leads);
  const bg = groupsOf(bctx, leads);
  const roles = input.roles ?? ROLES;
  const targets = input.targets ?? [];
  const keys = input.manager === undefined ? g.keys : g.keys.filter((k) => k === input.manager);
  const rows: ScorecardRow[] = [];
  for (const role of roles) {
    for (const kpi of ROLE_KPIS[role]) {
      const info = KPI_INFO[kpi];
      const facts = new Map(g.keys.map((m) => [m, computeKpi(ctx, kpi, g.members.get(m) ?? [], leads ? (g.leads.get(m) ?? []) : null)]));
      const bases = new Map(bg.keys.map((m) => [m, computeKpi(bctx, kpi, bg.members.get(m) ?? [], leads ? (bg.leads.get(m) ?? []) : null)]));
      // The team row is the disjoint union of all groups (including "no manager"): merged, not recomputed.
      const teamOf = (c: KpiContext, gr: Groups, all: Map<string | null, KpiResult>) =>
        gr.keys.length > 0 ? mergeKpiResults([...all.values()], c.start.rank) : computeKpi(c, kpi, [], leads ? [] : null);
      const row = (manager: string | null, team: boolean): ScorecardRow => {
        const fact = team ? teamOf(ctx, g, facts) : facts.get(manager)!;
        const baseRes = team
          ? teamOf(bctx, bg, bases)
          : (bases.get(manager) ?? computeKpi(bctx, kpi, [], leads ? [] : null));
        const plan = planFor(targets, kpi, role, team ? null : manager);
        const percentOfPlan = plan !== null && plan !== 0 && fact.value !== null ? (fact.value / plan) * 100 : null;
        const change = fact.value !== null && baseRes.value !== null ? fact.value - baseRes.value : null;
        return {
          role, kpi, manager, team, plan, fact, percentOfPlan, lowerIsBetter: info.lowerIsBetter,
          base: baseRes, change, changeUnit: info.unit === '%' ? 'pp' : info.unit,
        };
      };
      for (const m of keys) rows.push(row(m, false));
      rows.push(row(null, true));
    }
  }
  return { period: input.period, base, managers: keys, rows };
}
