import { describe, expect, it } from 'vitest';
import { CLASSIC_PRESET, configVersion, parseRunConfig, rulesTableRows, settingsTabRows } from '../../../core';
import { type ConfigEvent, createConfigKeeper } from '../../../bot/data/config-keeper';
import type { LoadedData } from '../../../bot/data/snapshot-provider';

const data = (settingsRows?: unknown[][], rulesRows?: unknown[][]): LoadedData =>
  ({ ledger: { customers: [], orders: [], merges: [], netCents: 0, has: {} }, suppressed: [], source: 'test', rows: { total: 0, used: 0, rejected: 0, excluded: 0 }, settingsRows, rulesRows }) as unknown as LoadedData;

describe('createConfigKeeper', () => {
  const base = parseRunConfig({});
  const settings = (input: object) => settingsTabRows(input);
  const rules = (list = CLASSIC_PRESET) => [['header'], ...rulesTableRows(list)];

  it('adopts the sheet at the first read silently, then reports a change as "X → Y"', () => {
    const keeper = createConfigKeeper(base, { timeZone: 'Europe/Moscow' });
    const events: ConfigEvent[] = [];
    keeper.onEvent((e) => void events.push(e));
    expect(keeper.apply(data(settings({ sleep: { leadDays: 10 } }), rules()))).toBeNull();
    const v1 = keeper.current().version;
    expect(v1).toBe(configVersion(parseRunConfig({ timeZone: 'Europe/Moscow', sleep: { leadDays: 10 } })));
    expect(keeper.current().config.sleep.leadDays).toBe(10);
    // Same settings again: nothing to say.
    expect(keeper.apply(data(settings({ sleep: { leadDays: 10 } }), rules()))).toBeNull();
    const edited = CLASSIC_PRESET.map((r, i) => (i === 0 ? { ...r, f: [5, 5] as const } : r));
    const e = keeper.apply(data(settings({ sleep: { leadDays: 10 } }), rules(edited)));
    expect(e).toEqual({ kind: 'changed', from: v1, to: keeper.current().version });
    expect(keeper.current().config.segments?.[0].f).toEqual([5, 5]);
    expect(events).toEqual([e]);
  });

  describe('edge cases', () => {
    it('an invalid settings tab keeps the last good config and names the row and key, once', () => {
      const keeper = createConfigKeeper(base, { timeZone: 'UTC' });
      keeper.apply(data(settings({ scale: 5 }), rules()));
      const good = keeper.current();
      const bad = [...settings({ scale: 5 }), ['sleep.leadDays', 'soon']];
      const e = keeper.apply(data(bad, rules()));
      expect(e).toEqual({ kind: 'invalid', version: good.version, problems: [`row ${bad.length}, sleep.leadDays = "soon": must be a number`] });
      expect(keeper.current()).toEqual(good);
      expect(keeper.apply(data(bad, rules()))).toBeNull(); // not repeated at every refresh
    });
    it('a bad rule keeps the last good config and names the Rules row', () => {
      const keeper = createConfigKeeper(base, {});
      const broken = CLASSIC_PRESET.map((r, i) => (i === 1 ? { ...r, r: [0, 5] as const } : r));
      const e = keeper.apply(data(settings({}), rules(broken)));
      expect(e?.kind).toBe('invalid');
      expect(e?.kind === 'invalid' && e.problems[0]).toMatch(/^Rules row 3, column 2 = "\[0, 5\]": scores run from 1 to 5/);
      expect(keeper.current().version).toBe(configVersion(base));
    });
    it('without a settings tab nothing changes', () => {
      const keeper = createConfigKeeper(base, {});
      expect(keeper.apply(data())).toBeNull();
      expect(keeper.current().config).toBe(base);
    });
  });
});
