/**
 * A copy of a string that shares no memory with the text it was cut from. Strings cut from a big
 * chunk of a CSV file can keep the whole chunk alive; the ledger keeps only detached copies, so a
 * 5M-row file is not held in memory through its ids, e-mails and names. Short strings (< 13 UTF-16
 * units) are always copies already and come back as they are.
 * @example detachString('ivan.petrov@mail.ru') // → "ivan.petrov@mail.ru" (a fresh copy)
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
