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

  constructor(message: string, key?: string) {
    super(message);
    this.name = 'UserInputError';
    this.key = key;
  }
}
