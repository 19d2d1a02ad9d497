/**
 * The `rfm` command's entry point (bin/rfm.js runs it from a cached esbuild bundle, or through tsx).
 * All logic is in run-cli.ts and cli/commands/*; this file only binds the process.
 */
import { runCli } from './run-cli';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0); // e.g. `rfm segments … | head`
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  nowMs: () => Date.now(),
  cwd: process.cwd(),
});
