/**
 * A small structured logger (one JSON line per event on stderr). It never receives customer data: callers log
 * counts, chat ids and error codes only. As a second guard, every secret registered with it is masked.
 */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/**
 * Creates a logger writing to `write` (default stderr) that replaces each of `secrets` with "***".
 * @example createLogger({ secrets: ['123:ABC'] }).info('start', { url: 'https://api.telegram.org/bot123:ABC/getMe' }) // logs the URL with the token masked
 */
export function createLogger(opts: { secrets?: (string | undefined)[]; write?: (line: string) => void; now?: () => Date } = {}): Logger {
  const secrets = (opts.secrets ?? []).filter((s): s is string => !!s && s.length >= 6);
  const write = opts.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const now = opts.now ?? (() => new Date());
  const mask = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const log = (level: string) => (event: string, fields: Record<string, unknown> = {}) => {
    const safe = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, v instanceof Error ? `${v.name}: ${v.message}` : v]),
    );
    write(mask(JSON.stringify({ t: now().toISOString(), level, event, ...safe })));
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
