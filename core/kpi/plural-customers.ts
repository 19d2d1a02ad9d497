import type { BilingualText } from '../segments/types';

const ru = new Intl.PluralRules('ru');
const en = new Intl.PluralRules('en');
const RU = { one: 'клиент', few: 'клиента', many: 'клиентов', other: 'клиента' } as Record<string, string>;

/**
 * "N customers" in Russian and English with correct plural forms (Intl.PluralRules).
 * @example pluralCustomers(21).ru // → "21 клиент"
 * @example pluralCustomers(3).ru // → "3 клиента"
 * @example pluralCustomers(11).en // → "11 customers"
 */
export function pluralCustomers(n: number): BilingualText {
  return {
    ru: `${n} ${RU[ru.select(n)] ?? 'клиентов'}`,
    en: `${n} ${en.select(n) === 'one' ? 'customer' : 'customers'}`,
  };
}
