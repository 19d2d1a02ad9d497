import type { Cell } from './types';

/**
 * A cell as the text a user would see, for reports: strings as they are, numbers in JS notation,
 * Date objects as ISO 8601, booleans as TRUE/FALSE, empty cells as ''.
 * @example cellText(17850.5) // → "17850.5"
 * @example cellText(null) // → ""
 */
export function cellText(value: Cell): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : '';
  return String(value);
}
