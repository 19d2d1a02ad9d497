import type { Cell } from './types';

/**
 * Normalised e-mail of a cell for identity matching: trimmed, lower-case, a `mailto:` prefix removed;
 * '' when the cell is empty or has no `local@domain.tld` shape. Never throws.
 * @example normalizeEmail('  Ivan.Petrov@Mail.RU ') // → "ivan.petrov@mail.ru"
 * @example normalizeEmail('no e-mail') // → ""
 */
export function normalizeEmail(value: Cell): string {
  if (typeof value !== 'string' || value.length === 0) return '';
  let s = value.trim().toLowerCase();
  if (s.startsWith('mailto:')) s = s.slice(7);
  const at = s.indexOf('@');
  if (at < 1 || at !== s.lastIndexOf('@') || s.indexOf('.', at) < at + 2 || s.endsWith('.') || /\s/.test(s)) return '';
  return s;
}
