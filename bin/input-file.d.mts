/** Types of bin/input-file.mjs (plain JavaScript, so the launcher runs it before anything is compiled). */
export function inputFile(args: string[], cwd: string): { file: string; size: number } | null;
export function inputArgument(args: string[]): string | null;
export function stdinFileSize(): number | null;
