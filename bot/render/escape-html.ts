/**
 * Escapes text for Telegram's HTML parse mode: `&`, `<`, `>` (and `"` for attribute safety).
 * Every data value (names, ids, managers, segments) passes through this before it meets a template.
 * @example escapeHtml('<b>&Co</b>') // → "&lt;b&gt;&amp;Co&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
