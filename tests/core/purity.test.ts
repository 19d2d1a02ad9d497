/**
 * core/ is pure (README, house rules): the add-on bundles it into Apps Script's V8 and the bot imports it,
 * so it may not use Node built-ins, do I/O, read the host's clock or time zone, or import an adapter.
 * This test reads every core source file and type-checks core without Node's types.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const coreDir = join(root, 'core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Packages core may import: each runs unchanged in Apps Script's V8. */
const ALLOWED_PACKAGES = new Set(['zod']);

/** What would read the host's clock, time zone or environment, or do I/O. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/\bDate\.now\s*\(/, 'reads the clock: take the as-of date as an input'],
  [/new Date\(\s*\)/, 'reads the clock: take the as-of date as an input'],
  [/\bprocess\./, 'reads the Node process: pass settings in'],
  [/\brequire\s*\(/, 'CommonJS require: import instead'],
  [/\bconsole\./, 'logs: return findings to the caller'],
  [/\bgetTimezoneOffset\s*\(/, "reads the host's time zone: take the zone as an input"],
  [/Intl\.DateTimeFormat\(\s*\)\.resolvedOptions\(\)\.timeZone/, "reads the host's time zone"],
  [/\b(fetch|setTimeout|setInterval)\s*\(/, 'I/O or timers do not belong in core'],
];

describe('core/ is pure', () => {
  const files = sourceFiles(coreDir);

  it('has source files to check', () => expect(files.length).toBeGreaterThan(20));

  it('imports only core modules and allowed packages, never cli/, bot/ or sheets-addon/', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        const spec = m[1];
        const rel = relative(root, file);
        if (spec.startsWith('.')) {
          const target = relative(root, resolve(file, '..', spec));
          if (!target.startsWith('core')) problems.push(`${rel}: imports ${spec} (outside core/)`);
        } else if (!ALLOWED_PACKAGES.has(spec.split('/')[0])) {
          problems.push(`${rel}: imports package ${spec}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads no clock, host time zone, process or I/O', () => {
    const problems: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        if (/^\s*\*/.test(code)) return; // doc comment lines may mention these in prose
        for (const [re, why] of FORBIDDEN) if (re.test(code)) problems.push(`${relative(root, file)}:${i + 1}: ${why}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('type-checks without Node types (core/tsconfig.json)', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(coreDir, 'tsconfig.json')], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });
});
