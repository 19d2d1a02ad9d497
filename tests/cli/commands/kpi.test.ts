import { describe, expect, it } from 'vitest';
import { runInProcess } from '../harness';
import { base, dir } from '../../helpers/kpi-cli-fixture';

/** The fixture's sales run to late 2025: the clock stands after them, as it would for a user. */
const NOW = '2026-01-15T12:00:00Z';

interface Row { kpi: string; manager: string | null; team: boolean; plan: number | null; percentOfPlan: number | null; change: number | null; fact: { value: number | null; numerator: number; denominator: number; customerIds?: string[] } }

describe('rfm kpi', () => {
  it('JSON: hand-worked values, plans, team row = Σ managers, rejected lead rows listed', async () => {
    const r = await runInProcess(['kpi', ...base, '--period', '2025-Q3', '--leads', 'leads.csv', '--targets', 'targets.json', '--format', 'json'], dir, '', NOW);
    // The fixture's sales stop in mid-August: the scorecard still comes, with a warning on stderr (JSON stays clean).
    expect(r.stderr).toBe('rfm: внимание: последний заказ в данных — 2025-08-15, это 46 из 92 дн. периода 2025-Q3; если выгрузка обрывается раньше конца периода, факт занижен: возьмите законченный период или интервал по 2025-08-15\n');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { rows: Row[]; managers: (string | null)[]; rejected: { leads: { row: number }[] } };
    expect(j.managers).toEqual(['Анна', 'Борис', null]);
    const get = (kpi: string, manager: string | null, team = false) => j.rows.find((x) => x.kpi === kpi && x.team === team && (team || x.manager === manager))!;
    expect(get('reactivation', null, true)).toMatchObject({ plan: 40, percentOfPlan: 125, change: 50, fact: { value: 50, numerator: 1, denominator: 2 } });
    expect(get('reactivation', 'Анна')).toMatchObject({ plan: 80, percentOfPlan: 125, fact: { value: 100 } });
    expect(get('win-rate', null, true).fact).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
    expect(get('churn', null, true).fact.customerIds).toEqual(['a', 'c', 'f']);
    expect(j.rejected.leads.map((x) => x.row)).toEqual([6]);
    for (const t of j.rows.filter((x) => x.team)) {
      const parts = j.rows.filter((x) => !x.team && x.kpi === t.kpi);
      expect(parts.reduce((s, x) => s + x.fact.numerator, 0)).toBeCloseTo(t.fact.numerator, 6);
    }
  });
  it('table in Russian by default; CSV one line per row', async () => {
    const t = await runInProcess(['kpi', ...base, '--period', '2025-Q3', '--role', 'marketing'], dir, '', NOW);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('Реактивация спящих');
    expect(t.stdout).toContain('Вся команда');
    const c = await runInProcess(['kpi', ...base, '--period', '2025-Q3', '--role', 'success', '--format', 'csv'], dir, '', NOW);
    expect(c.stdout.trim().split('\r\n')).toHaveLength(1 + 6 * 4);
  });
  describe('edge cases', () => {
    it('a period still running is said so, in the user\'s language', async () => {
      const r = await runInProcess(['kpi', ...base, '--period', '2025-Q3', '--lang', 'en', '--format', 'csv'], dir, '', '2025-08-20T09:00:00Z');
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('rfm: note: period 2025-Q3 is still running (today is 2025-08-20, 50 of 92 days): facts of a partial period are compared with a complete base and look worse than they are\n');
    });
    it('a bad period or an unknown manager is a one-line error with exit 2', async () => {
      const a = await runInProcess(['kpi', ...base, '--period', 'summer', '--lang', 'en'], dir, '', NOW);
      expect(a.code).toBe(2);
      expect(a.stderr).toBe('rfm: period "summer" not recognised: use a month 2025-07, a quarter 2025-Q3, a year 2025 or a range 2025-07-01..2025-09-30\n');
      // Russian by default, and only Russian: core words the message in both, the CLI shows the user's language.
      const ru = await runInProcess(['kpi', ...base, '--period', 'summer'], dir, '', NOW);
      expect(ru.code).toBe(2);
      expect(ru.stderr).toMatch(/^rfm: период «summer» не распознан: месяц 2025-07/);
      expect(ru.stderr).not.toMatch(/not recognised/);
      const b = await runInProcess(['kpi', ...base, '--period', '2025-Q3', '--manager', 'Зоя'], dir, '', NOW);
      expect(b.code).toBe(2);
      expect(b.stderr).toMatch(/--manager "Зоя": нет клиентов и лидов за 2025-Q3; менеджеры: Анна, Борис/);
      const c = await runInProcess(['kpi', ...base], dir, '', NOW);
      expect(c.stderr).toMatch(/rfm kpi: нужен флаг --period/);
    });
  });
});

