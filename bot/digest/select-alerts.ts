import type { SleepAlert } from '../../core';
import { visibleTo } from '../access/visible-customers';
import type { Person } from '../storage';

/** A person's alerts after the communication policy: who is shown and how many were left out and why. */
export interface SelectedAlerts {
  shown: SleepAlert[];
  holdout: number;
  suppressed: number;
  capped: number;
}

/**
 * Chooses the alerts to show a person: only customers they may see; holdout customers (left out to measure
 * incrementality) and suppressed (do-not-contact) customers are removed and counted; with `recentlyAlerted`,
 * customers alerted to this person with the same status within the cap window are removed and counted too.
 * @example selectAlerts(alerts, manager, { suppressed: new Set(['c2']), isHoldout: () => false }).suppressed // → 1
 */
export function selectAlerts(
  alerts: readonly SleepAlert[],
  person: Pick<Person, 'role' | 'managerName'>,
  opts: { suppressed: Set<string>; isHoldout: (customerId: string) => boolean; recentlyAlerted?: Set<string> },
): SelectedAlerts {
  const out: SelectedAlerts = { shown: [], holdout: 0, suppressed: 0, capped: 0 };
  for (const a of visibleTo(person, alerts)) {
    if (opts.suppressed.has(a.customerId)) out.suppressed++;
    else if (opts.isHoldout(a.customerId)) out.holdout++;
    else if (opts.recentlyAlerted?.has(capKey(a.customerId, a.status))) out.capped++;
    else out.shown.push(a);
  }
  return out;
}

/** Key of one alert in the frequency-cap history. @example capKey('c1', 'approaching') // → "c1|approaching" */
export function capKey(customerId: string, status: string): string {
  return `${customerId}|${status}`;
}
