/** Pieces joined per chunk: big enough that the final join is cheap, small enough that the pieces die young. */
const PIECES_PER_CHUNK = 1024;

/**
 * A big text built from many small pieces (one per output line), joined a thousand at a time into flat
 * chunks. Unlike `out += line`, which keeps every line alive in one rope until the end, the lines become
 * garbage while still in the young generation, so a 65k-line output stops triggering GC over the whole heap.
 *
 * @example const t = new TextChunks(); t.add('a,'); t.add('b\n'); t.toChunks() // → ["a,b\n"]
 */
export class TextChunks {
  private pieces: string[] = [];
  private chunks: string[] = [];

  /** Appends a piece of text. */
  add(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length === PIECES_PER_CHUNK) {
      this.chunks.push(this.pieces.join(''));
      this.pieces = [];
    }
  }

  /** Number of chunks joined and not yet taken (see {@link takeFilled}). */
  get filled(): number {
    return this.chunks.length;
  }

  /**
   * The chunks joined so far (not the pieces still waiting), handed over and no longer kept, for a writer that
   * takes the text as it grows. `toChunks` then gives only what came after.
   */
  takeFilled(): string[] {
    return this.chunks.splice(0);
  }

  /** The text so far as flat chunks, in order (join them for the whole text; write them one by one to keep memory low). */
  toChunks(): string[] {
    if (this.pieces.length > 0) {
      this.chunks.push(this.pieces.join(''));
      this.pieces = [];
    }
    return this.chunks.slice();
  }
}
