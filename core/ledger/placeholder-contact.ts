/**
 * Contacts typed to fill a required field, not to reach anyone: `noemail@mail.ru`, `test@test.ru`,
 * `+7 (000) 000-00-00`, `8 999 999-99-99`, `1234567`. Many customers share them, so matching customers by
 * them would merge strangers into one; the ingester uses them for nothing and counts them.
 */

/** Local parts (before the @) that stand for "no e-mail". */
const PLACEHOLDER_LOCAL = new Set([
  'noemail', 'no-email', 'no_email', 'no.email', 'nomail', 'no-mail', 'no_mail', 'none', 'null', 'nil', 'na', 'n/a',
  'no', 'net', 'нет', 'test', 'example', 'noreply', 'no-reply', 'donotreply',
  'do-not-reply', 'unknown', 'anonymous', 'x', 'xx', 'xxx', 'xxxx', 'asdf', 'qwerty', '0', '1', '123',
]);
/** Domains reserved for examples or made up for "no e-mail". */
const PLACEHOLDER_DOMAIN = new Set(['example.com', 'example.org', 'example.net', 'example.ru', 'test.com', 'test.ru', 'noemail.com', 'nomail.com', 'nomail.ru', 'noemail.ru', 'mail.test']);

/**
 * Whether a normalised e-mail (lower-case, see normalizeEmail) is a placeholder.
 * @example isPlaceholderEmail('noemail@mail.ru') // → true
 * @example isPlaceholderEmail('anna@test.ru') // → true (a made-up domain)
 * @example isPlaceholderEmail('ivan.petrov@mail.ru') // → false
 */
export function isPlaceholderEmail(email: string): boolean {
  const at = email.indexOf('@');
  return PLACEHOLDER_LOCAL.has(email.slice(0, at)) || PLACEHOLDER_DOMAIN.has(email.slice(at + 1));
}

/**
 * Whether a normalised phone (digits with the country code, see normalizePhone) is a placeholder: its number
 * after a Russian/Kazakh `7` or an Uzbek `998` is one digit repeated (`70000000000`, `79999999999`, `1111111`)
 * or counts up (`1234567`, `71234567890`).
 * @example isPlaceholderPhone('70000000000') // → true
 * @example isPlaceholderPhone('79161234567') // → false
 */
export function isPlaceholderPhone(phone: string): boolean {
  let national = phone;
  if (phone.length === 11 && phone.charCodeAt(0) === 55) national = phone.slice(1);
  else if (phone.length === 12 && phone.startsWith('998')) national = phone.slice(3);
  let same = true;
  for (let i = 1; i < national.length && same; i++) same = national.charCodeAt(i) === national.charCodeAt(0);
  return same || '1234567890'.startsWith(national) || '0123456789'.startsWith(national);
}
