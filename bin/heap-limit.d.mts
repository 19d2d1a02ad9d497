/** Types of bin/heap-limit.mjs (plain JavaScript, so the launcher runs it before anything is compiled). */
export const HEAP_PER_INPUT_BYTE: number;
export const HEAP_SHARE_OF_MEMORY: number;
export function heapLimitFor(
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
  execArgv: string[],
  machine?: { heapLimit?: number; totalMemory?: number; stdinSize?: number | null },
): number | null;
export function restartWithHeap(launcher: string, limitMb: number, args: string[], lang: string): Promise<void>;
