/**
 * One message in Russian and English, for a UserInputError: adapters show the user's language
 * (`error.messageIn(lang)`); `error.message` holds both, Russian first.
 * @example new UserInputError(bilingual('нет столбца', 'no column')).message // → "нет столбца / no column"
 */
export function bilingual(ru: string, en: string): { ru: string; en: string } {
  return { ru, en };
}

/**
 * One line that says the same thing in Russian first and English second, for texts stored as one string
 * (reasons of rejected rows in tables that have no language setting).
 * @example bilingualLine('пустая строка', 'empty row') // → "пустая строка / empty row"
 */
export function bilingualLine(ru: string, en: string): string {
  return `${ru} / ${en}`;
}
