/**
 * A mistake the user can fix (a bad flag, mapping, configuration key or rule), as opposed to a bug.
 * Adapters print `message` as one line, with no stack trace, and exit with code 2 (CLI) or show it
 * next to the field (add-on) or to the admin (bot).
 *
 * @example throw new UserInputError('columns: "Sum" is not a column of the file; columns are: Date, Client, Amount', 'columns')
 */
export class UserInputError extends Error {
  /** The configuration key, flag or field the problem is about, when there is one. */
  readonly key: string | undefined;
  /** The message in each language, when it was written in both (see `bilingual`); `message` then holds "ru / en". */
  readonly texts: { ru: string; en: string } | undefined;

  constructor(message: string | { ru: string; en: string }, key?: string) {
    super(typeof message === 'string' ? message : `${message.ru} / ${message.en}`);
    this.name = 'UserInputError';
    this.key = key;
    this.texts = typeof message === 'string' ? undefined : message;
  }

  /**
   * The message in the user's language when it was written in both, else the message as written.
   * @example new UserInputError(bilingual('нет столбца', 'no column')).messageIn('en') // → "no column"
   */
  messageIn(lang: 'ru' | 'en'): string {
    return this.texts ? this.texts[lang] : this.message;
  }
}

