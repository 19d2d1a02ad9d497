import { fileURLToPath } from 'node:url';
import { readerThreadScript } from '../../bin/reader-thread.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Code for `new Worker(code, { eval: true })` that runs cli/io/scan-worker.ts (see readerThreadScript in
 * bin/reader-thread.mjs: a cached esbuild bundle, or tsx without esbuild).
 */
export function scanWorkerScript(): Promise<string> {
  return readerThreadScript(ROOT);
}
