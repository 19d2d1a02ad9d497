import type { ParseArgsConfig } from 'node:util';
import type { CliContext, Lang } from './context';

/** Flag definitions as `node:util` parseArgs takes them. */
export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed flag values. */
export type FlagValues = Record<string, string | boolean | undefined>;

/**
 * One `rfm` subcommand. Each lives in `cli/commands/<name>.ts` and is listed in `cli/commands/index.ts`;
 * adding a subcommand is adding a file and one line there.
 */
export interface Command {
  name: string;
  /** One line for `rfm --help`, in both languages. */
  summary: Record<Lang, string>;
  /** Usage line(s), flags included, e.g. `rfm quality --input FILE [--format table|json|csv]`. */
  usage: string;
  flags: FlagSpec;
  /** How many leading words (before any flag) the command takes, e.g. `rfm config import FILE` → 2. */
  positionals?: number;
  /**
   * The flags whose values name files the command reads, which `--out` may not name (see outIsInput); default:
   * those of `--input`, `--config`, `--settings`, `--rules`, `--targets`, `--customers` and `--leads` it has.
   * `rfm demo` names its own: its `--customers` is a number.
   */
  readFlags?: readonly string[];
  /** Runs the command; throws UserInputError for user mistakes (exit 2). */
  run(flags: FlagValues, ctx: CliContext, positionals?: string[]): Promise<void>;
}
