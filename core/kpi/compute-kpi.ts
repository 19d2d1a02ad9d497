import type { KpiContext } from './kpi-context';
import type { KpiId, KpiResult } from './types';
import type { LeadCohort } from './lead-cohorts';
import { reactivationRate } from './reactivation-rate';
import { frequencyGrowth } from './frequency-growth';
import { monetaryUplift } from './monetary-uplift';
import { movedShare } from './moved-share';
import { leadConversion } from './lead-conversion';
import { winRate } from './win-rate';
import { averageOrderValue } from './average-order-value';
import { weightedRevenue } from './weighted-revenue';
import { revenueRetention } from './revenue-retention';
import { churnRate } from './churn-rate';
import { crossSell } from './cross-sell';
import { upsell } from './upsell';
import { accountHealthKpi } from './account-health-kpi';

/**
 * Compute one KPI by id for a set of customers (indices into `ctx.ledger.customers`) and, for the lead KPIs,
 * a set of leads. Lead KPIs without a leads table are not defined (reason given).
 *
 * @example computeKpi(ctx, 'churn', [0, 1, 2], null).unit // → "%"
 */
export function computeKpi(ctx: KpiContext, id: KpiId, members: readonly number[], leads: readonly LeadCohort[] | null): KpiResult {
  switch (id) {
    case 'reactivation': return reactivationRate(ctx, members);
    case 'f-growth': return frequencyGrowth(ctx, members);
    case 'm-uplift': return monetaryUplift(ctx, members);
    case 'moved-up': return movedShare(ctx, members, 'up');
    case 'moved-down': return movedShare(ctx, members, 'down');
    case 'aov-new': return averageOrderValue(ctx, members, 'new');
    case 'aov-existing': return averageOrderValue(ctx, members, 'existing');
    case 'weighted-revenue': return weightedRevenue(ctx, members);
    case 'nrr': return revenueRetention(ctx, members, 'nrr');
    case 'grr': return revenueRetention(ctx, members, 'grr');
    case 'churn': return churnRate(ctx, members);
    case 'cross-sell': return crossSell(ctx, members);
    case 'upsell': return upsell(ctx, members);
    case 'account-health': return accountHealthKpi(ctx, members);
    case 'lead-conversion':
    case 'win-rate': {
      if (!leads) {
        return {
          id, value: null, numerator: 0, denominator: 0, unit: '%', customerIds: [],
          undefinedReason: { ru: 'нет таблицы лидов (--leads)', en: 'no leads table (--leads)' },
        };
      }
      return id === 'win-rate' ? winRate(leads, ctx.start.rank) : leadConversion(leads, ctx.start.rank);
    }
  }
}
