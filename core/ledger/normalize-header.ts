/**
 * Header text reduced for alias matching: lower-case, `ё` → `е`, and only letters and digits kept
 * (spaces, `_`, `-`, `.`, `№`, brackets, currency signs go). Never throws.
 * @example normalizeHeader(' Customer_ID ') // → "customerid"
 * @example normalizeHeader('Дата оплаты') // → "датаоплаты"
 * @example normalizeHeader('E-mail') // → "email"
 */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
}
