import type { Readable, Writable } from 'node:stream';

/** Everything a command may touch of the outside world (injected so tests and other adapters can swap it). */
export interface CliContext {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** The clock: milliseconds since the epoch (only read to resolve "today" in the configured time zone). */
  nowMs: () => number;
  /** Directory relative paths are resolved from. */
  cwd: string;
}

/** The CLI's languages. */
export type Lang = 'ru' | 'en';
