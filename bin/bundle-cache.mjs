// A one-file esbuild bundle kept in node_modules/.cache/rfm-pulse and rebuilt whenever a source is newer:
// the `rfm` launcher (bin/rfm.js) and the CLI's reader thread (cli/io/scan-worker-script.ts) both start
// from such bundles instead of compiling TypeScript at every start. Plain JavaScript, so the launcher can
// use it before anything is compiled.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

/**
 * Per folder: the latest modification time under it, once per process. The launcher and the reader thread it
 * starts ahead (bin/reader-thread.mjs) check bundles of the same folders (cli/, core/: ~10 ms a walk), and a
 * process checks its bundles once, when it starts.
 * @type {Map<string, number>}
 */
const walked = new Map();

/** Latest modification time (ms) of `dir` and of every file and folder under it; throws when one cannot be read. @param {string} dir @returns {number} */
function newestUnder(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    const ms = entry.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs;
    if (ms > newest) newest = ms;
  }
  return newest;
}

/**
 * Latest modification time (ms) of every file and folder under `dirs` and of `files` (a deleted file changes
 * its folder's time); Infinity when one of them cannot be read. `optionalFiles` count when present.
 * @param {string[]} dirs @param {string[]} files @param {string[]} [optionalFiles] @returns {number}
 */
export function newestSourceMs(dirs, files, optionalFiles = []) {
  let newest = 0;
  const seen = (file) => {
    const ms = statSync(file).mtimeMs;
    if (ms > newest) newest = ms;
  };
  try {
    for (const dir of dirs) {
      let ms = walked.get(dir);
      if (ms === undefined) walked.set(dir, (ms = newestUnder(dir)));
      if (ms > newest) newest = ms;
    }
    files.forEach(seen);
  } catch {
    return Infinity;
  }
  for (const file of optionalFiles) {
    try {
      seen(file);
    } catch {
      // absent: nothing to compare
    }
  }
  return newest;
}

/**
 * Makes sure `outfile` is a bundle at least as new as its sources, building it with esbuild when it is not
 * (to a temp file, then renamed, so a concurrent start never sees half a file; dated at the build's start, so
 * a source saved during the build triggers the next one). False when it cannot: no esbuild (`npm install
 * --omit=dev`), a syntax error, a read-only node_modules; the caller then runs the TypeScript through tsx.
 * @param {{ outfile: string, sourceDirs: string[], sourceFiles: string[], optionalFiles?: string[], build: object }} spec
 *   `build`: esbuild options (entryPoints, plugins…); outfile, bundle, format, platform and target are set here
 * @returns {Promise<boolean>}
 */
export async function ensureBundle(spec) {
  let bundleMs = -Infinity;
  try {
    bundleMs = statSync(spec.outfile).mtimeMs;
  } catch {
    // not built yet
  }
  if (bundleMs > newestSourceMs(spec.sourceDirs, spec.sourceFiles, spec.optionalFiles)) return true;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  const started = Date.now();
  const tmp = `${spec.outfile}.${process.pid}.${started}.tmp`;
  try {
    mkdirSync(path.dirname(spec.outfile), { recursive: true });
    await esbuild.build({
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node.split('.')[0]}`,
      logLevel: 'silent',
      ...spec.build,
      outfile: tmp,
    });
    utimesSync(tmp, started / 1000, started / 1000);
    renameSync(tmp, spec.outfile);
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false;
  }
}
