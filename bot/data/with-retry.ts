/** Options for {@link withRetry}. */
export interface RetryOptions {
  /** Attempts in all, including the first (default 4). */
  attempts?: number;
  /** First delay in ms, doubled each time (default 500). */
  baseDelayMs?: number;
  /** Which errors are worth retrying (default: all). */
  retryable?: (error: unknown) => boolean;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `fn`, retrying failures with exponential backoff and ±20% jitter: delays 500, 1000, 2000 ms by default.
 * @example await withRetry(() => fetchSheet(), { attempts: 3 }) // → the first successful result, or the last error thrown
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  const base = options.baseDelayMs ?? 500;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || (options.retryable && !options.retryable(error))) throw error;
      const delay = Math.round(base * 2 ** (attempt - 1) * (0.8 + Math.random() * 0.4));
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
