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
  const key = managerKey(person.managerName);
  return rows.filter((r) => r.manager !== null && managerKey(r.manager) === key);
}
