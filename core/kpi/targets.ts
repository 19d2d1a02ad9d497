import { UserInputError } from '../errors';
import type { Cell, RejectedRow } from '../ledger/types';
import type { KpiId, Role } from './types';
import { KPI_INFO, ROLES } from './role-kpis';
import { bilingual } from '../ledger/bilingual';

/** One plan value: for a KPI, optionally for one role or one manager. */
export interface Target {
  kpi: KpiId;
  role: Role | null;
  manager: string | null;
  /** Plan in the KPI's unit: percent for `%`, cents for money (the file gives currency units), points for `score`. */
  plan: number;
}

/** Targets read from a file, with the rows that could not be used. */
export interface ParsedTargets {
  targets: Target[];
  rejected: RejectedRow[];
}

const KPI_IDS = Object.keys(KPI_INFO) as KpiId[];

function toTarget(kpi: unknown, role: unknown, manager: unknown, plan: unknown): Target | string {
  const k = String(kpi ?? '').trim().toLowerCase() as KpiId;
  if (!KPI_IDS.includes(k)) return `kpi "${String(kpi ?? '')}" is not known (КПЭ не известен); KPIs are: ${KPI_IDS.join(', ')}`;
  const r = role === null || role === undefined || String(role).trim() === '' ? null : String(role).trim().toLowerCase();
  if (r !== null && !(ROLES as readonly string[]).includes(r)) return `role "${String(role)}" must be marketing, sales or success (роль: marketing, sales или success)`;
  const p = typeof plan === 'number' ? plan : Number(String(plan ?? '').trim().replace(',', '.').replace(/\s|%/g, ''));
  if (plan === null || plan === undefined || String(plan).trim() === '' || !Number.isFinite(p)) return `plan "${String(plan ?? '')}" is not a number (план должен быть числом)`;
  const m = manager === null || manager === undefined || String(manager).trim() === '' ? null : String(manager).trim();
  const unit = KPI_INFO[k].unit;
  const value = unit === 'money' || unit === 'money-per-customer' ? Math.round(p * 100) : p;
  return { kpi: k, role: r as Role | null, manager: m, plan: value };
}

/**
 * Read targets from parsed JSON: an array (or `{ "targets": [...] }`) of `{kpi, plan, role?, manager?}`. Money
 * plans are in currency units (1500.50 → 150050 cents). Throws {@link UserInputError} naming the entry and key.
 *
 * @example parseTargetsJson([{ kpi: 'churn', role: 'success', plan: 5 }])[0].plan // → 5
 */
export function parseTargetsJson(json: unknown): Target[] {
  const list = Array.isArray(json) ? json : (json as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(list)) {
    throw new UserInputError(bilingual('планы: нужен массив {"kpi", "plan", "role"?, "manager"?} или {"targets": [...]}', 'targets: expected an array of {"kpi", "plan", "role"?, "manager"?} or {"targets": [...]}'), 'targets');
  }
  return list.map((e, i) => {
    if (typeof e !== 'object' || e === null) throw new UserInputError(bilingual(`targets[${i}]: нужен объект {"kpi", "plan"}`, `targets[${i}]: must be an object {"kpi", "plan"}`), `targets[${i}]`);
    const o = e as Record<string, unknown>;
    const t = toTarget(o.kpi, o.role, o.manager, o.plan);
    if (typeof t === 'string') throw new UserInputError(`targets[${i}]: ${t}`, `targets[${i}]`);
    return t;
  });
}

/**
 * Read targets from a table (first row = header with columns kpi, plan and optionally role, manager; Russian
 * headers КПЭ/показатель, план, роль, менеджер also work). Bad rows are rejected with row, column and reason.
 *
 * @example parseTargetsTable([['kpi','role','plan'],['churn','success','5']]).targets[0].role // → "success"
 */
export function parseTargetsTable(rows: Cell[][]): ParsedTargets {
  if (rows.length === 0) throw new UserInputError(bilingual('планы: таблица пуста; первая строка должна быть заголовком', 'targets: the table is empty; the first row must be a header'), 'targets');
  const h = rows[0].map((c) => String(c ?? '').trim().toLowerCase());
  const find = (names: string[]): number => h.findIndex((x) => names.includes(x));
  const ck = find(['kpi', 'кпэ', 'kpi id', 'показатель', 'метрика']);
  const cp = find(['plan', 'план', 'target', 'цель']);
  const cr = find(['role', 'роль']);
  const cm = find(['manager', 'менеджер']);
  if (ck < 0 || cp < 0) throw new UserInputError(bilingual(`планы: в заголовке нужны столбцы «kpi» и «plan» (КПЭ, план); сейчас: ${rows[0].join(', ')}`, `targets: the header needs columns "kpi" and "plan"; it is: ${rows[0].join(', ')}`), 'targets');
  const targets: Target[] = [];
  const rejected: RejectedRow[] = [];
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k];
    if (r.every((c) => c === null || c === undefined || String(c).trim() === '')) continue;
    const t = toTarget(r[ck], cr >= 0 ? r[cr] : null, cm >= 0 ? r[cm] : null, r[cp]);
    if (typeof t === 'string') {
      const column = t.startsWith('kpi') ? String(rows[0][ck]) : t.startsWith('role') ? String(rows[0][cr]) : String(rows[0][cp]);
      rejected.push({ row: k + 1, column, value: String((t.startsWith('kpi') ? r[ck] : t.startsWith('role') ? r[cr] : r[cp]) ?? ''), reason: t });
    } else targets.push(t);
  }
  return { targets, rejected };
}

/**
 * The plan that applies: one for this manager (and KPI) first, then one for the role, then one for the KPI alone;
 * null when none. The whole-team row uses `manager = null`.
 *
 * @example planFor([{ kpi: 'churn', role: null, manager: null, plan: 5 }], 'churn', 'success', 'Анна') // → 5
 */
export function planFor(targets: readonly Target[], kpi: KpiId, role: Role, manager: string | null): number | null {
  let byRole: number | null = null;
  let any: number | null = null;
  for (const t of targets) {
    if (t.kpi !== kpi) continue;
    if (t.manager !== null) {
      if (manager !== null && t.manager === manager && (t.role === null || t.role === role)) return t.plan;
      continue;
    }
    if (t.role === role) byRole = t.plan;
    else if (t.role === null) any = t.plan;
  }
  return byRole ?? any;
}
