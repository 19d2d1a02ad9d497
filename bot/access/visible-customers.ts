import type { Person } from '../storage';

/** Normalises a manager name for matching: trimmed, single spaces, case-folded, ё→е. @example managerKey(' Анна  Смирнова ') // → "анна смирнова" */
export function managerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
}

/** True when the person sees every customer (heads and admins). */
export function seesAll(person: Pick<Person, 'role'>): boolean {
  return person.role === 'head' || person.role === 'admin';
}

/**
 * The rows a person may see: a manager only the customers whose manager they are; heads and admins all.
 * @example visibleTo({ role: 'manager', managerName: 'Анна' }, [{ manager: 'Анна' }, { manager: 'Игорь' }]) // → [{ manager: 'Анна' }]
 */
export function visibleTo<T extends { manager: string | null }>(person: Pick<Person, 'role' | 'managerName'>, rows: readonly T[]): T[] {
  if (seesAll(person)) return rows.slice();
  if (!person.managerName) return [];
  return (byManager(rows).get(managerKey(person.managerName)) ?? []).slice();
}

// Rows grouped by manager key, once per array (a snapshot's arrays never change): 200 subscribers do not each
// scan 65,000 customers.
const groups = new WeakMap<readonly object[], Map<string, unknown[]>>();
function byManager<T extends { manager: string | null }>(rows: readonly T[]): Map<string, T[]> {
  let g = groups.get(rows) as Map<string, T[]> | undefined;
  if (!g) {
    g = new Map();
    for (const r of rows) {
      if (r.manager === null) continue;
      const k = managerKey(r.manager);
      let list = g.get(k);
      if (!list) g.set(k, (list = []));
      list.push(r);
    }
    groups.set(rows, g as Map<string, unknown[]>);
  }
  return g;
}
