/**
 * A strict reading of Telegram's HTML parse mode, used by the emulator to reject what the real API rejects
 * ("Bad Request: can't parse entities") and to recover the text a user would see.
 */
const ALLOWED = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'span', 'blockquote', 'tg-emoji']);
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** Parses Telegram HTML; returns the visible text or an error like the Bot API's. */
export function parseTelegramHtml(html: string): { ok: true; text: string } | { ok: false; error: string } {
  let text = '';
  const stack: string[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i];
    if (ch === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return { ok: false, error: `Bad Request: can't parse entities: unclosed start tag at byte offset ${i}` };
      const inner = html.slice(i + 1, end).trim();
      const closing = inner.startsWith('/');
      const name = (closing ? inner.slice(1) : inner).split(/\s/)[0].toLowerCase();
      if (!ALLOWED.has(name)) return { ok: false, error: `Bad Request: can't parse entities: unsupported start tag "${name}" at byte offset ${i}` };
      if (closing) {
        if (stack.pop() !== name) return { ok: false, error: `Bad Request: can't parse entities: unmatched end tag at byte offset ${i}, expected "</${stack.at(-1) ?? ''}>", found "</${name}>"` };
      } else stack.push(name);
      i = end + 1;
    } else if (ch === '&') {
      const semi = html.indexOf(';', i);
      const ent = semi > 0 ? html.slice(i + 1, semi) : '';
      if (NAMED[ent] !== undefined) text += NAMED[ent];
      else if (/^#\d+$/.test(ent)) text += String.fromCodePoint(Number(ent.slice(1)));
      else if (/^#x[0-9a-f]+$/i.test(ent)) text += String.fromCodePoint(parseInt(ent.slice(2), 16));
      else text += '&'; // Telegram tolerates a bare '&' that starts no entity.
      i = NAMED[ent] !== undefined || /^#x?[0-9a-f]+$/i.test(ent) ? semi + 1 : i + 1;
    } else if (ch === '>') {
      text += '>';
      i++;
    } else {
      text += ch;
      i++;
    }
  }
  if (stack.length) return { ok: false, error: `Bad Request: can't parse entities: can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  return { ok: true, text };
}
