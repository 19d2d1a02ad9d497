import { UserInputError } from '../errors';
import { bilingual } from './bilingual';
import { HEADER_ALIASES } from './header-aliases';
import { normalizeHeader } from './normalize-header';
import { FIELD_NAMES, type ColumnMapping, type FieldName } from './types';

const CURRENCY_SUFFIXES = ['usd', 'eur', 'rub', 'rur', 'uzs', 'kzt', 'byn', 'uah', 'gbp', 'руб', 'сум', 'тг', 'грн', 'р'];

function aliasRank(field: FieldName, key: string): number {
  const aliases = HEADER_ALIASES[field];
  let rank = aliases.indexOf(key);
  if (rank >= 0) return rank;
  for (const suffix of CURRENCY_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      rank = aliases.indexOf(key.slice(0, -suffix.length));
      if (rank >= 0) return rank + 0.5;
    }
  }
  return -1;
}

function listColumns(headers: string[]): string {
  return headers.map((h, i) => (h === '' ? `#${i + 1}` : h)).join(', ');
}

/**
 * Maps fields to source columns (0-based). Explicit entries always win and are matched by exact
 * header text first, then ignoring case, spaces and `_`; the remaining fields are detected from the
 * Russian and English aliases in {@link HEADER_ALIASES}; a column feeds at most one field.
 * Requires `date`, `amount` (or both `quantity` and `price`) and `customer` (or an `email`/`phone`
 * column to identify customers by).
 * @throws UserInputError naming the columns found, when an explicit column is missing or a required field cannot be mapped
 * @example detectColumns(['Клиент', 'Дата оплаты', 'Сумма']) // → { customer: 0, date: 1, amount: 2 }
 */
export function detectColumns(headers: string[], explicit: Partial<Record<FieldName, string>> = {}): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const keys = headers.map(normalizeHeader);
  for (const field of FIELD_NAMES) {
    const wanted = explicit[field];
    if (wanted === undefined) continue;
    let index = headers.indexOf(wanted);
    if (index < 0) index = headers.findIndex((h) => h.trim() === wanted.trim());
    const key = normalizeHeader(wanted);
    if (index < 0 && key !== '') index = keys.indexOf(key);
    if (index < 0) {
      throw new UserInputError(
        bilingual(
          `столбца «${wanted}» (${field}) нет в файле; столбцы: ${listColumns(headers)}`,
          `column "${wanted}" (${field}) is not in the file; columns are: ${listColumns(headers)}`,
        ),
        'columns',
      );
    }
    mapping[field] = index;
    taken.add(index);
  }
  for (const field of FIELD_NAMES) {
    if (mapping[field] !== undefined) continue;
    let best = -1;
    let bestRank = Infinity;
    for (let i = 0; i < keys.length; i++) {
      if (taken.has(i) || keys[i] === '') continue;
      const rank = aliasRank(field, keys[i]);
      if (rank >= 0 && rank < bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    if (best >= 0) {
      mapping[field] = best;
      taken.add(best);
    }
  }
  const missing: string[] = [];
  if (mapping.date === undefined) missing.push('date');
  if (mapping.amount === undefined && (mapping.quantity === undefined || mapping.price === undefined)) missing.push('amount');
  if (mapping.customer === undefined && mapping.email === undefined && mapping.phone === undefined) missing.push('customer');
  if (missing.length > 0) {
    const ru = missing.map((f) => RU_FIELD[f]).join(', ');
    throw new UserInputError(
      bilingual(
        `не найдены столбцы: ${ru}; назовите их, например, «Клиент», «Дата оплаты», «Сумма» или задайте соответствие (${missing[0]}=<столбец>); столбцы файла: ${listColumns(headers)}`,
        `cannot find the ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}: name them e.g. customer_id, date, amount or map them (${missing[0]}=<column>); the file's columns are: ${listColumns(headers)}`,
      ),
      'columns',
    );
  }
  return mapping;
}

const RU_FIELD: Record<string, string> = { date: 'дата', amount: 'сумма', customer: 'клиент' };
