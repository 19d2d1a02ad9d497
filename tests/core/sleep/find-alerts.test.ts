import { describe, expect, it } from 'vitest';
import { TRACK_PLAYBOOK } from '../../../core/segments/default-playbook';
import { findAlerts, type AlertCandidate } from '../../../core/sleep/find-alerts';

const action = { ...TRACK_PLAYBOOK.asleep, source: 'track' as const };
const c = (customerId: string, recencyDays: number, monetaryCents: number, boundaryDays: number | null = 84): AlertCandidate => ({
  customerId,
  name: null,
  manager: 'Olga',
  segment: 'Loyal',
  recencyDays,
  boundaryDays,
  boundarySource: boundaryDays === null ? null : 'global',
  monetaryCents,
  action,
});

describe('findAlerts (boundary 84, lead 14, crossed 7)', () => {
  const opts = { leadDays: 14, crossedDays: 7 };
  it('approaching = recency in [70, 84); just crossed = [84, 91)', () => {
    const got = findAlerts([c('r69', 69, 1), c('r70', 70, 1), c('r83', 83, 1), c('r84', 84, 1), c('r90', 90, 1), c('r91', 91, 1)], opts);
    expect(got.map((a) => [a.customerId, a.status, a.daysLeft])).toEqual([
      ['r90', 'crossed', -6],
      ['r84', 'crossed', 0],
      ['r83', 'approaching', 1],
      ['r70', 'approaching', 14],
    ]);
  });
  it('sorted by value at risk (window net revenue, floored at 0), then days left', () => {
    const got = findAlerts([c('small', 75, 1000), c('big', 80, 90000), c('refund', 72, -500), c('mid', 71, 5000)], opts);
    expect(got.map((a) => [a.customerId, a.valueAtRiskCents])).toEqual([
      ['big', 90000],
      ['mid', 5000],
      ['small', 1000],
      ['refund', 0],
    ]);
    expect(got[0]).toMatchObject({ manager: 'Olga', segment: 'Loyal', recencyDays: 80, daysLeft: 4, monetaryCents: 90000, action });
  });
  describe('edge cases', () => {
    it('no boundary → no alerts', () => expect(findAlerts([c('x', 80, 1, null)], opts)).toEqual([]));
    it('lead 0 → only just-crossed', () => {
      expect(findAlerts([c('a', 83, 1), c('b', 84, 1)], { leadDays: 0, crossedDays: 7 }).map((a) => a.customerId)).toEqual(['b']);
    });
    it('ties in value and days are ordered by id', () => {
      expect(findAlerts([c('b', 75, 1), c('a', 75, 1)], opts).map((a) => a.customerId)).toEqual(['a', 'b']);
    });
  });

  it('a personal boundary gets a proportionally shorter lead: weekly buyer, boundary 14 of 86 → window [11, 14)', () => {
    const personal = (id: string, recencyDays: number): AlertCandidate => ({ ...c(id, recencyDays, 1, 14), boundarySource: 'personal' });
    const got = findAlerts([personal('d1', 1), personal('d10', 10), personal('d11', 11), personal('d13', 13)], {
      ...opts,
      globalBoundaryDays: 86,
    });
    expect(got.map((a) => [a.customerId, a.daysLeft, a.leadDays])).toEqual([
      ['d13', 1, 3],
      ['d11', 3, 3],
    ]);
  });
});

