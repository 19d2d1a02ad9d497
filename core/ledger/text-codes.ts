import { hashText } from './hash-text';

/** Load factor: slots per text, at least. */
const SLOTS_PER_TEXT = 2;

/**
 * Distinct texts numbered 0, 1, 2… in order of first sight: a `Map<string, number>` for millions of texts
 * (a million one-off customers' e-mails, phones or order numbers). The index is open addressing over one
 * `Int32Array` (a slot holds the text's hash and its code + 1), so the garbage collector never walks it and
 * a lookup reads one slot, then the text only when the hashes agree. Measured on 2 million distinct
 * e-mails and phones: about half a `Map`'s time.
 *
 * A text is kept as it is given, not copied: give texts that are their own strings (a cell decoded from bytes,
 * or one passed through `detachString` when it may be cut from a larger text). Copying every new text here
 * held each e-mail twice over (the copy is a 32-byte view on a copy of its characters) and each text customer or
 * order id a second time, beside the string its caller keeps.
 * @example const t = new TextCodes(); t.codeOf('a@x.ru') // → 0; t.codeOf('b@x.ru') // → 1;
 *   t.codeOf('a@x.ru') // → 0; t.find('c@x.ru') // → -1; t.texts[1] // → "b@x.ru"
 */
export class TextCodes {
  /** The text of each code, the string first given for it. */
  readonly texts: string[] = [];
  private slots = new Int32Array(2 << 10);
  private mask = (1 << 10) - 1;

  /** Number of distinct texts. */
  get size(): number {
    return this.texts.length;
  }

  /** The code of `text`, or -1 when it has none. */
  find(text: string): number {
    const h = hashString(text);
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const codePlusOne = slots[2 * slot + 1];
      if (codePlusOne === 0) return -1;
      if (slots[2 * slot] === h && this.texts[codePlusOne - 1] === text) return codePlusOne - 1;
    }
  }

  /** The code of `text`, new (the next number) on first sight. */
  codeOf(text: string): number {
    const h = hashString(text);
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      const codePlusOne = slots[2 * slot + 1];
      if (codePlusOne === 0) break;
      if (slots[2 * slot] === h && this.texts[codePlusOne - 1] === text) return codePlusOne - 1;
    }
    const code = this.texts.length;
    this.texts.push(text);
    slots[2 * slot] = h;
    slots[2 * slot + 1] = code + 1;
    if (this.texts.length * SLOTS_PER_TEXT > mask) this.grow();
    return code;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = old[s] & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[s];
      slots[2 * slot + 1] = old[s + 1];
    }
    this.slots = slots;
    this.mask = mask;
  }
}

const lanes = new Int32Array(2);

/** A 32-bit hash of a string: the first lane of {@link hashText} (the ledger's one string hash). */
function hashString(s: string): number {
  hashText(s, lanes);
  return lanes[0];
}
