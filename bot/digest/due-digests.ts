import type { LocalTime } from '../clock';
import type { Person } from '../storage';
import type { DigestKind } from './types';

/**
 * Which digests a person gets on a local day: alerts daily (when on); segments on Mondays (when on);
 * KPIs on Mondays (weekly) or on the 1st (monthly).
 * @example dueDigests({ digests: { alerts: true, segments: true, kpi: 'monthly' } }, { weekday: 1, dayOfMonth: 23 }) // → ["alerts", "segments"]
 */
export function dueDigests(person: Pick<Person, 'digests'>, local: Pick<LocalTime, 'weekday' | 'dayOfMonth'>): DigestKind[] {
  const out: DigestKind[] = [];
  if (person.digests.alerts) out.push('alerts');
  if (person.digests.segments && local.weekday === 1) out.push('segments');
  if ((person.digests.kpi === 'weekly' && local.weekday === 1) || (person.digests.kpi === 'monthly' && local.dayOfMonth === 1)) out.push('kpi');
  return out;
}
