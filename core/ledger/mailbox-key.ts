/**
 * The mailbox an e-mail address reaches, for matching customers: providers that ignore parts of an address
 * deliver several spellings to one inbox, and a customer who types them differently at two checkouts is one
 * person. Gmail ignores dots and a `+tag` in the name and answers at googlemail.com too; Yandex answers at
 * ya.ru, yandex.com, .by, .kz and .ua alike, reads a dot in the login as a hyphen, and ignores a `+tag`. Other
 * providers' addresses are matched as written: what they ignore is not documented, so nothing is guessed.
 * @param email a normalised e-mail (trimmed, lower-case: see normalizeEmail)
 * @example mailboxKey('ivan.petrov+shop@googlemail.com') // → "ivanpetrov@gmail.com"
 * @example mailboxKey('ivan.petrov@ya.ru') // → "ivan-petrov@yandex.ru"
 * @example mailboxKey('ivan.petrov@mail.ru') // → "ivan.petrov@mail.ru"
 */
export function mailboxKey(email: string): string {
  // endsWith first: most addresses are neither, and are passed back without building a string.
  if (email.endsWith('@gmail.com') || email.endsWith('@googlemail.com')) return `${untagged(email.slice(0, email.lastIndexOf('@'))).replace(/\./g, '')}@gmail.com`;
  for (const domain of YANDEX) if (email.endsWith(domain)) return `${untagged(email.slice(0, email.lastIndexOf('@'))).replace(/\./g, '-')}@yandex.ru`;
  return email;
}

const YANDEX = ['@yandex.ru', '@ya.ru', '@yandex.com', '@yandex.by', '@yandex.kz', '@yandex.ua'];

/** The name part without a `+tag` (a name that starts with `+` is kept). */
function untagged(name: string): string {
  const plus = name.indexOf('+');
  return plus > 0 ? name.slice(0, plus) : name;
}
