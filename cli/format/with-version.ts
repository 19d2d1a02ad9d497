import type { RunVersions } from './run-versions';

/**
 * Rows of a JSON list output, each with the run's `version` (the list stays a list, one object per line).
 * @example withVersion([{ segment: 'Champions' }], v) // → [{ segment: 'Champions', version: v }]
 */
export function withVersion<T extends object>(rows: readonly T[], version: RunVersions): (T & { version: RunVersions })[] {
  return rows.map((row) => ({ ...row, version }));
}
