/**
 * Records every Apps Script API call the add-on makes through the fakes, so tests can assert
 * "one batched read per input tab, one batched write per output tab, no per-row calls".
 */
export interface CallEntry {
  /** `Class.method`, e.g. `Range.getValues`, `Sheet.setFrozenRows`, `PropertiesService.getDocumentProperties`. */
  api: string;
  /** The sheet the call is about (for Sheet and Range calls), otherwise undefined. */
  sheet?: string;
  /** A1 notation of the range, for Range calls. */
  a1?: string;
}

export class CallLog {
  readonly entries: CallEntry[] = [];

  record(api: string, sheet?: string, a1?: string): void {
    this.entries.push({ api, sheet, a1 });
  }

  /** How many times `api` was called (on `sheet` when given). */
  count(api: string, sheet?: string): number {
    return this.entries.filter((e) => e.api === api && (sheet === undefined || e.sheet === sheet)).length;
  }

  /** Calls per API name, e.g. `{ 'Range.getValues': 2, ... }`. */
  summary(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.entries) out[e.api] = (out[e.api] ?? 0) + 1;
    return out;
  }

  /** Calls that touched `sheet`. */
  forSheet(sheet: string): CallEntry[] {
    return this.entries.filter((e) => e.sheet === sheet);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
