/** Telegram's limits: message text and photo caption, in UTF-16 code units (what Telegram counts after entity parsing; raw HTML is longer, so this is safe). */
export const MESSAGE_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/**
 * Splits HTML text into chunks of at most `limit` characters, at line boundaries. Templates never open a tag on one
 * line and close it on another, so every chunk is well-formed. A single line longer than the limit is cut at a space
 * (or hard) outside any tag or entity.
 * @param limit default 4000, leaving room under Telegram's 4096
 * @example splitMessage('a\nb\nc', 3) // → ["a\nb", "c"]
 */
export function splitMessage(text: string, limit = 4000): string[] {
  const chunks: string[] = [];
  let cur = '';
  const push = () => {
    if (cur.length) chunks.push(cur);
    cur = '';
  };
  for (const rawLine of text.split('\n')) {
    const pieces = rawLine.length > limit ? cutLine(rawLine, limit) : [rawLine];
    for (const line of pieces) {
      if (cur.length === 0) cur = line;
      else if (cur.length + 1 + line.length <= limit) cur += '\n' + line;
      else {
        push();
        cur = line;
      }
    }
  }
  push();
  // Drop chunks that are only blank lines, and trim leading/trailing blank lines Telegram would reject as empty.
  return chunks.map((c) => c.replace(/^\n+|\n+$/g, '')).filter((c) => c.trim().length > 0);
}

function cutLine(line: string, limit: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let at = rest.lastIndexOf(' ', limit);
    if (at <= 0) at = limit;
    // Never cut inside a tag `<...>` or an entity `&...;`.
    const lt = rest.lastIndexOf('<', at);
    if (lt > rest.lastIndexOf('>', at)) at = lt;
    const amp = rest.lastIndexOf('&', at);
    if (amp > rest.lastIndexOf(';', at) && at - amp < 10) at = amp;
    if (at <= 0) at = limit;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, '');
  }
  if (rest.length) out.push(rest);
  return out;
}
