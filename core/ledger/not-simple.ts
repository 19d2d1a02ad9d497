/**
 * What the byte readers ({@link asciiAmountCents}, {@link asciiDateCode}) return for a cell they do not
 * read themselves: the caller reads the cell as text instead. Never a valid amount or date code.
 * @example asciiAmountCents(new TextEncoder().encode('$12'), 0, 3) === NOT_SIMPLE // → true
 */
export const NOT_SIMPLE = -Infinity;
