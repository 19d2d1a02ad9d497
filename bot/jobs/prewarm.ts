import { localTime } from '../clock';
import type { BotDeps } from '../context';
import { defaultKpiPeriod } from '../digest/kpi-digest';

/**
 * Computes today's RFM run and the default KPI scorecard right after a refresh, so neither the morning run nor
 * the first /kpi of the day pays for them. Failures are logged (KPIs then say why when asked).
 * @example await prewarm(deps) // → { rfmMs: 190, kpiMs: 900 }
 */
export async function prewarm(deps: Pick<BotDeps, 'snapshots' | 'clock' | 'config' | 'logger'>): Promise<{ rfmMs: number; kpiMs: number } | null> {
  if (!deps.snapshots.ready()) return null;
  const day = localTime(deps.clock.now(), deps.config.timeZone).day;
  const t0 = performance.now();
  const snap = deps.snapshots.get(day);
  const t1 = performance.now();
  try {
    snap.scorecard(defaultKpiPeriod(day));
  } catch (error) {
    deps.logger.warn('kpi.unavailable', { error: error instanceof Error ? error.message : String(error) });
  }
  const out = { rfmMs: Math.round(t1 - t0), kpiMs: Math.round(performance.now() - t1) };
  deps.logger.info('prewarm', out);
  return out;
}
