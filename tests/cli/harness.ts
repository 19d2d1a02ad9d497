import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../cli/run-cli';

/** Repository root (tests/cli → ../..). */
export const ROOT = resolve(__dirname, '../..');

/** A fresh temp folder with the given files written into it. */
export function fixtureDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rfm-cli-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (same code path as bin/rfm.js, without the ~0.5 s spawn). The clock is fixed at `nowIso`. */
export async function runInProcess(argv: string[], cwd: string, stdinText = '', nowIso = '2025-03-12T12:00:00Z'): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await runCli(argv, {
    stdin: Readable.from([Buffer.from(stdinText)]),
    stdout,
    stderr,
    env: {},
    nowMs: () => Date.parse(nowIso),
    cwd,
  });
  return { code, stdout: out, stderr: err };
}

/** Runs the real `node bin/rfm.js` as a child process. */
export function spawnCli(argv: string[], cwd: string, stdinText?: string): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/rfm.js'), ...argv], { cwd, input: stdinText, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
