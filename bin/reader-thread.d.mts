/** Types of bin/reader-thread.mjs (plain JavaScript, so the launcher runs it before anything is compiled). */
import type { Worker } from 'node:worker_threads';
export const READER_THREAD_MIN_BYTES: number;
export function useReaderThread(size: number, setting: string | undefined): boolean;
export function readerThreadScript(root: string): Promise<string>;
export function prestartReader(root: string, args: string[], env: Record<string, string | undefined>, cwd: string): void;
export function takePrestartedReader(file: string): Promise<Worker | null>;
