/**
 * One line that says the same thing in Russian first and English second, for UserInputError
 * messages that adapters print as they are.
 * @example bilingual('нет столбца', 'no column') // → "нет столбца / no column"
 */
export function bilingual(ru: string, en: string): string {
  return `${ru} / ${en}`;
}
