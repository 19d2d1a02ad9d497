/**
 * A local Google Sheets API (v4) emulator for `@googleapis/sheets` pointed at it with `rootUrl`.
 * Serves `spreadsheets.values.batchGet` and `values.get` from in-memory tabs; faults (429, 500, 403) can be
 * injected for the next N calls; every call is recorded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type SheetCell = string | number | boolean;

export interface SheetsCall {
  path: string;
  ranges: string[];
  status: number;
  authorization: string | undefined;
}

export class SheetsApiEmulator {
  readonly calls: SheetsCall[] = [];
  /** spreadsheetId → tab name → rows. */
  readonly books = new Map<string, Map<string, SheetCell[][]>>();
  private server: Server | null = null;
  private port = 0;
  private faults: { status: number; left: number }[] = [];

  /** The value for the client's `rootUrl` (with trailing slash). */
  get rootUrl(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  setTab(spreadsheetId: string, tab: string, rows: SheetCell[][]): void {
    if (!this.books.has(spreadsheetId)) this.books.set(spreadsheetId, new Map());
    this.books.get(spreadsheetId)!.set(tab, rows);
  }

  /** The next `times` calls fail with `status`. */
  failNext(status: number, times = 1): void {
    this.faults.push({ status, left: times });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const ranges = url.searchParams.getAll('ranges');
      const send = (status: number, body: unknown) => {
        this.calls.push({ path: url.pathname, ranges, status, authorization: req.headers.authorization });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const fault = this.faults.find((f) => f.left > 0);
      if (fault) {
        fault.left--;
        return send(fault.status, { error: { code: fault.status, message: 'injected fault', status: fault.status === 429 ? 'RESOURCE_EXHAUSTED' : 'INTERNAL' } });
      }
      const m = /^\/v4\/spreadsheets\/([^/]+)\/values(?::batchGet|\/([^/]+))$/.exec(url.pathname);
      if (!m) return send(404, { error: { code: 404, message: 'not emulated' } });
      const book = this.books.get(decodeURIComponent(m[1]));
      if (!book) return send(404, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });
      const read = (range: string) => {
        const tab = range.split('!')[0].replace(/^'|'$/g, '');
        const rows = book.get(tab);
        return rows ? { range: `${tab}!A1`, majorDimension: 'ROWS', values: rows } : null;
      };
      if (m[2]) {
        const vr = read(decodeURIComponent(m[2]));
        return vr ? send(200, vr) : send(400, { error: { code: 400, message: `Unable to parse range: ${m[2]}` } });
      }
      const valueRanges = [];
      for (const r of ranges) {
        const vr = read(r);
        if (!vr) return send(400, { error: { code: 400, message: `Unable to parse range: ${r}`, status: 'INVALID_ARGUMENT' } });
        valueRanges.push(vr);
      }
      return send(200, { spreadsheetId: m[1], valueRanges });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.port = (this.server!.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
    this.server = null;
  }
}
