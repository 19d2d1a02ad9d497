/** Types of bin/bundle-cache.mjs (plain JavaScript, so the launcher runs it before anything is compiled). */
export function newestSourceMs(dirs: string[], files: string[], optionalFiles?: string[]): number;
export function ensureBundle(spec: {
  outfile: string;
  sourceDirs: string[];
  sourceFiles: string[];
  optionalFiles?: string[];
  build: Record<string, unknown>;
}): Promise<boolean>;
