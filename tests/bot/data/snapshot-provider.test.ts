import { describe, expect, it } from 'vitest';
import { parseRunConfig, runRfm } from '../../../core';
import { fakeClock } from '../../../bot/clock';
import { createSnapshotProvider, type LoadedData } from '../../../bot/data/snapshot-provider';
import { silentLogger } from '../../../bot/logger';
import { buildLedger, buyer } from '../fixtures/build-ledger';
import { DAY } from '../fixtures/harness';

const ledger = buildLedger([buyer('a', 'A', 'M', 50), buyer('b', 'B', 'M', 3)], DAY);
const data: LoadedData = { ledger, suppressed: ['b'], source: 't', rows: { total: 8, used: 8, rejected: 0, excluded: 0 } };
const config = parseRunConfig({ sleep: { boundaryDays: 60, personal: false } });

describe('createSnapshotProvider', () => {
  it('serves the last good data, scores each day once, and shares one load between concurrent refreshes', async () => {
    let loads = 0;
    let scores = 0;
    let fail = false;
    const clock = fakeClock('2026-11-23T06:00:00Z');
    const p = createSnapshotProvider({
      load: async () => {
        loads++;
        if (fail) throw new Error('sheet unavailable');
        return data;
      },
      score: (l, day) => {
        scores++;
        return runRfm(l, config, { today: day });
      },
      clock,
      logger: silentLogger,
    });
    expect(p.ready()).toBe(false);
    expect(() => p.get(DAY)).toThrow(/No data loaded yet/);
    const [r1, r2] = await Promise.all([p.refresh(), p.refresh()]);
    expect(r1).toEqual(r2);
    expect(loads).toBe(1);
    expect(p.get(DAY).run.alerts.map((a) => a.customerId)).toEqual(['a']);
    expect(p.get(DAY).suppressedSet.has('b')).toBe(true);
    p.get(DAY);
    p.get(DAY + 1);
    expect(scores).toBe(2);

    clock.set('2026-11-23T07:00:00Z');
    fail = true;
    expect(await p.refresh()).toEqual({ ok: false, error: 'sheet unavailable' });
    expect(p.status()).toMatchObject({ lastError: 'sheet unavailable', loadedAt: new Date('2026-11-23T06:00:00Z') });
    expect(p.get(DAY).loadedAt).toEqual(new Date('2026-11-23T06:00:00Z')); // still the old data
    fail = false;
    expect((await p.refresh()).ok).toBe(true);
    expect(p.status().lastError).toBeNull();
  });

  describe('edge cases', () => {
    it('says KPIs are not configured when no scorecard builder is given', async () => {
      const p = createSnapshotProvider({ load: async () => data, score: (l, d) => runRfm(l, config, { today: d }), clock: fakeClock('2026-11-23T06:00:00Z'), logger: silentLogger });
      await p.refresh();
      expect(() => p.get(DAY).scorecard({ label: 'x', kind: 'month', start: DAY - 30, end: DAY } as never)).toThrow(/not configured/);
    });
  });
});
