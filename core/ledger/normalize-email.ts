import type { Cell } from './types';

/**
 * Normalised e-mail of a cell for identity matching: trimmed, lower-case, a `mailto:` prefix removed;
 * '' when the cell is empty or has no `local@domain.tld` shape. Never throws.
 * @example normalizeEmail('  Ivan.Petrov@Mail.RU ') // → "ivan.petrov@mail.ru"
 * @example normalizeEmail('no e-mail') // → ""
 */
export function normalizeEmail(value: Cell): string {
  if (typeof value !== 'string' || value.length === 0) return '';
  let s = value;
  // Fast path: already trimmed plain lower-case ASCII is used as it is (no new string).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c > 126 || (c >= 65 && c <= 90)) {
      s = value.trim().toLowerCase();
      break;
    }
  }
  if (s.startsWith('mailto:')) s = s.slice(7);
  const at = s.indexOf('@');
  if (at < 1 || at !== s.lastIndexOf('@') || s.indexOf('.', at) < at + 2 || s.charCodeAt(s.length - 1) === 46) return '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0xa0) return ''; // no spaces inside an address
  }
  return s;
}
