import type { Snapshot } from '../data/snapshot-provider';
import { seesAll } from '../access/visible-customers';
import type { Person } from '../storage';
import { alertLines } from './alert-lines';
import { selectAlerts } from './select-alerts';
import type { RenderContext } from './types';

/** The alerts digest's text (before splitting) and what it will record for the frequency cap. */
export interface AlertsDigest {
  html: string;
  alerted: { customerId: string; kind: string }[];
  counts: { shown: number; more: number; holdout: number; suppressed: number; capped: number };
}

/**
 * The morning alerts digest for one person: customers newly in the approaching window and those who just
 * crossed the boundary (their own customers, or everyone's for heads), minus holdout, suppressed and recently
 * alerted ones (counted in a closing line); at most `maxAlerts` listed, highest value at risk first.
 * @example buildAlertsDigest(snap, person, rc, { isHoldout: () => false, recentlyAlerted: new Set(), capDays: 7, maxAlerts: 25 }).counts.shown // → 3
 */
export function buildAlertsDigest(
  snap: Snapshot,
  person: Person,
  rc: RenderContext,
  opts: { isHoldout: (id: string) => boolean; recentlyAlerted: Set<string>; capDays: number; maxAlerts: number },
): AlertsDigest {
  const sel = selectAlerts(snap.run.alerts, person, { suppressed: snap.suppressedSet, isHoldout: opts.isHoldout, recentlyAlerted: opts.recentlyAlerted });
  // Core sorts alerts by value at risk: the digest lists the most valuable ones; the rest stay for /alerts and
  // come up in later digests (only listed customers count as alerted).
  const more = Math.max(0, sel.shown.length - opts.maxAlerts);
  sel.shown = sel.shown.slice(0, opts.maxAlerts);
  const approaching = sel.shown.filter((a) => a.status === 'approaching');
  const crossed = sel.shown.filter((a) => a.status === 'crossed');
  const lines: string[] = [];
  const all = seesAll(person);
  if (!sel.shown.length) lines.push(rc.t('digest-alerts-new'));
  let n = 0;
  if (approaching.length) {
    lines.push(rc.t('alerts-approaching', { count: approaching.length }));
    for (const a of approaching) lines.push(...alertLines(a, ++n, snap.run, rc, all));
  }
  if (crossed.length) {
    if (lines.length) lines.push('');
    lines.push(rc.t('alerts-crossed', { count: crossed.length }));
    for (const a of crossed) lines.push(...alertLines(a, ++n, snap.run, rc, all));
  }
  if (more) lines.push('', rc.t('alerts-more', { count: more }));
  if (sel.holdout || sel.suppressed || sel.capped) {
    lines.push('', rc.t('left-out', { holdout: sel.holdout, suppressed: sel.suppressed, capped: sel.capped, capDays: opts.capDays }));
  }
  return {
    html: lines.join('\n'),
    alerted: sel.shown.map((a) => ({ customerId: a.customerId, kind: a.status })),
    counts: { shown: sel.shown.length, more, holdout: sel.holdout, suppressed: sel.suppressed, capped: sel.capped },
  };
}
