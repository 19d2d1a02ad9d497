import { parseArgs } from 'node:util';
import { bilingual, UserInputError } from '../core';
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
    const hint = { ru: `флаги: "rfm ${command} --help"`, en: `run "rfm ${command} --help" for the flags` };
    const say = (ru: string, en: string, key?: string): UserInputError => new UserInputError(bilingual(`${ru}; ${hint.ru}`, `${en}; ${hint.en}`), key);
    switch (e.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw say(`неизвестный флаг ${flag ?? ''} для "rfm ${command}"`.replace('  ', ' '), `unknown flag ${flag ?? ''} for "rfm ${command}"`.replace('  ', ' '), flag);
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        if (/does not take an argument/.test(e.message)) throw say(`${flag ?? 'флаг'} пишется без значения`, `${flag ?? 'a flag'} takes no value`, flag);
        throw say(`после ${flag ?? 'флага'} нужно значение (например, ${flag ?? '--flag'} ЗНАЧЕНИЕ)`, `${flag ?? 'a flag'} needs a value (e.g. ${flag ?? '--flag'} VALUE)`, flag);
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
        const word = /'([^']*)'/.exec(e.message)?.[1] ?? '';
        throw say(`лишнее слово ${word}: значения пишутся после флага (например, --input FILE)`, `unexpected argument ${word}: values go after a flag (e.g. --input FILE)`, 'argv');
      }
      default:
        throw say(e.message.split('\n')[0], e.message.split('\n')[0]);
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
  throw new UserInputError(
    bilingual(`--${name}: допустимо ${choices.join(', ')} (задано "${String(v)}")`, `--${name} must be one of ${choices.join(', ')} (got "${String(v)}")`),
    `--${name}`,
  );
}

/** The output language: `--lang`, else the config's `language`, else Russian (the product's first language). */
export function langOf(flags: FlagValues, configLanguage?: Lang): Lang {
  return oneOf(flags, 'lang', ['ru', 'en'] as const, configLanguage ?? 'ru');
}

/** A required string flag, or a UserInputError saying how to pass it. */
export function required(flags: FlagValues, name: string, example: string, command: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v === '') {
    throw new UserInputError(bilingual(`rfm ${command}: нужен флаг --${name} (например, --${name} ${example})`, `rfm ${command} needs --${name} (e.g. --${name} ${example})`), `--${name}`);
  }
  return v;
}
