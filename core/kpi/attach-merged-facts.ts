import type { Scorecard } from './scorecard';

/**
 * Put the facts of a scorecard computed on the ledger with suspected split orders merged (`mergeSplitOrders`) next
 * to the recorded facts, row by row (same role, KPI, manager and team flag), so both are shown. Returns a new
 * scorecard; rows without a counterpart get none.
 *
 * @example attachMergedFacts(card, mergedCard).rows[0].factMerged?.value // → 48.5
 */
export function attachMergedFacts(card: Scorecard, merged: Scorecard): Scorecard {
  const key = (r: { role: string; kpi: string; manager: string | null; team: boolean }) => `${r.role}|${r.kpi}|${r.team ? '*' : (r.manager ?? '')}|${r.team}`;
  const byKey = new Map(merged.rows.map((r) => [key(r), r.fact]));
  return { ...card, rows: card.rows.map((r) => ({ ...r, factMerged: byKey.get(key(r)) })) };
}
