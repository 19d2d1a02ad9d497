import { parseArgs } from 'node:util';
import { UserInputError } from '../core';
import type { Lang } from './context';
import type { FlagSpec, FlagValues } from './registry';

/** Flags every command takes. */
export const COMMON_FLAGS: FlagSpec = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
};

/** Flags of every command that reads a ledger. */
export const INPUT_FLAGS: FlagSpec = {
  input: { type: 'string', short: 'i' },
  columns: { type: 'string' },
  delimiter: { type: 'string' },
  encoding: { type: 'string' },
  'date-order': { type: 'string' },
  'time-zone': { type: 'string' },
  'no-progress': { type: 'boolean' },
};

/** Flags of every command that runs RFM. */
export const RUN_FLAGS: FlagSpec = {
  config: { type: 'string', short: 'c' },
  'as-of': { type: 'string' },
};

/**
 * Parses a subcommand's arguments strictly; unknown flags, missing values and stray words become one-line
 * {@link UserInputError}s that name the flag and point at `--help`.
 */
export function parseFlags(command: string, argv: readonly string[], spec: FlagSpec): FlagValues {
  try {
    const { values } = parseArgs({ args: [...argv], options: spec, strict: true, allowPositionals: false });
    return values as FlagValues;
  } catch (error) {
    const e = error as { code?: string; message: string };
    // Node names the flag as '-i, --input <value>' or '--input' or '-x'; keep the long form when there is one.
    const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
    const flag = /--[\w-]+/.exec(quoted)?.[0] ?? /-[\w-]+/.exec(quoted)?.[0];
    const hint = `run "rfm ${command} --help" for the flags`;
    switch (e.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new UserInputError(`unknown flag ${flag ?? ''} for "rfm ${command}"; ${hint}`.replace('  ', ' '), flag);
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        if (/does not take an argument/.test(e.message)) throw new UserInputError(`${flag ?? 'a flag'} takes no value; ${hint}`, flag);
        throw new UserInputError(`${flag ?? 'a flag'} needs a value (e.g. ${flag ?? '--flag'} VALUE); ${hint}`, flag);
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw new UserInputError(`unexpected argument ${/'([^']*)'/.exec(e.message)?.[1] ?? ''}: values go after a flag (e.g. --input FILE); ${hint}`, 'argv');
      default:
        throw new UserInputError(`${e.message.split('\n')[0]}; ${hint}`);
    }
  }
}

/**
 * The value of an enumerated flag, or its default; anything else is a UserInputError naming the choices.
 * @example oneOf({ format: 'json' }, 'format', ['table', 'json', 'csv'], 'table') // → 'json'
 */
export function oneOf<T extends string>(flags: FlagValues, name: string, choices: readonly T[], fallback: T): T {
  const v = flags[name];
  if (v === undefined) return fallback;
  if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
  throw new UserInputError(`--${name} must be one of ${choices.join(', ')} (got "${String(v)}")`, `--${name}`);
}

/** The output language: `--lang`, else the config's `language`, else Russian (the product's first language). */
export function langOf(flags: FlagValues, configLanguage?: Lang): Lang {
  return oneOf(flags, 'lang', ['ru', 'en'] as const, configLanguage ?? 'ru');
}

/** A required string flag, or a UserInputError saying how to pass it. */
export function required(flags: FlagValues, name: string, example: string, command: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v === '') {
    throw new UserInputError(`rfm ${command} needs --${name} (e.g. --${name} ${example})`, `--${name}`);
  }
  return v;
}
