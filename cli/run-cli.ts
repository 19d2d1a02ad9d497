import { bilingual, UserInputError } from '../core';
import { COMMANDS } from './commands';
import type { CliContext } from './context';
import { COMMON_FLAGS, parseFlags } from './flags';
import { outIsInput } from './io/out-is-input';
import type { Command } from './registry';

const VERSION = '0.1.0';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'rfm — RFM segments, sleep-boundary alerts and data quality from a transaction ledger',
    '',
    'Usage: rfm <command> [flags]    (rfm <command> --help for its flags)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.en}\n  ${' '.repeat(width)}  ${c.summary.ru}`),
    '',
    'Exit codes: 0 ok, 2 a mistake in the flags, config or input file (one line on stderr), 1 a bug.',
    '',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return `${c.summary.en} / ${c.summary.ru}\n\nUsage:\n  ${c.usage.split('\n').join('\n  ')}\n`;
}

/** `--lang en` / `--lang=en` anywhere in the arguments, else Russian (the CLI's default), for error lines. */
function langInArgv(argv: readonly string[]): 'ru' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang=en' || (argv[i] === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'ru';
}

/**
 * Runs `rfm` with the given arguments and returns the process exit code: 0 done, 2 a user mistake
 * (flag, config, unreadable or malformed input: one line on stderr, no stack trace), 1 an unexpected
 * failure (a bug: one line, plus the stack when RFM_DEBUG=1).
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const target = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      ctx.stdout.write(target ? commandHelp(target) : overview());
      return 0;
    }
    if (name === '--version' || name === '-v') {
      ctx.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      const names = COMMANDS.map((c) => c.name).join(', ');
      throw new UserInputError(bilingual(`неизвестная команда "${name}"; команды: ${names} (rfm --help)`, `unknown command "${name}"; commands are: ${names} (rfm --help)`), 'command');
    }
    let words = 0;
    while (words < (command.positionals ?? 0) && words < rest.length && !rest[words].startsWith('-')) words++;
    const flags = parseFlags(command.name, rest.slice(words), { ...COMMON_FLAGS, ...command.flags });
    if (flags.help) {
      ctx.stdout.write(commandHelp(command));
      return 0;
    }
    const mistake = outIsInput(flags, rest.slice(0, words), ctx.cwd, command.readFlags);
    if (mistake !== null) throw mistake;
    await command.run(flags, ctx, rest.slice(0, words));
    return 0;
  } catch (error) {
    if (error instanceof UserInputError) {
      ctx.stderr.write(`rfm: ${error.messageIn(langInArgv(argv)).replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    const e = error as Error;
    ctx.stderr.write(`rfm: unexpected error: ${e?.message ?? String(error)} (this is a bug; rerun with RFM_DEBUG=1 for details)\n`);
    if (ctx.env.RFM_DEBUG) ctx.stderr.write(`${e?.stack ?? ''}\n`);
    return 1;
  }
}
