/**
 * A local Telegram Bot API emulator over HTTP on 127.0.0.1 (random port) for end-to-end tests driven through
 * grammY's real client: `new Bot(token, { client: { apiRoot: emu.apiRoot } })`.
 *
 * Implements getMe, getUpdates (long poll with `timeout`), sendMessage, sendPhoto / sendDocument (multipart),
 * editMessageText, editMessageReplyMarkup, answerCallbackQuery, setMyCommands, getMyCommands, deleteWebhook,
 * sendChatAction. Faults can be injected per method and chat: 429 with retry_after, 403 (blocked), 5xx.
 * Every call is recorded with its parameters, files and outcome. Text is checked like the real API:
 * HTML must parse, and the visible text must be at most 4096 characters (captions 1024).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseTelegramHtml } from './telegram-html';

export interface RecordedFile {
  field: string;
  filename: string;
  size: number;
  bytes: Buffer;
}

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  files: RecordedFile[];
  /** Milliseconds since the emulator started. */
  at: number;
  ok: boolean;
  errorCode?: number;
  /** The visible text (HTML parsed) of a sent or edited message or caption. */
  visibleText?: string;
  result?: unknown;
}

export interface Fault {
  method?: string;
  chatId?: number;
  code: 429 | 403 | 400 | 500 | 502;
  retryAfter?: number;
  /** How many matching calls fail; Infinity = every one. Default 1. */
  times?: number;
  description?: string;
}

interface Waiter {
  resolve: () => void;
}

const SEND_METHODS = new Set(['sendMessage', 'sendPhoto', 'sendDocument']);

export class TelegramApiEmulator {
  readonly calls: RecordedCall[] = [];
  readonly bot = { id: 777000111, is_bot: true, first_name: 'RFM Pulse', username: 'rfm_pulse_test_bot' };
  private server: Server | null = null;
  private port = 0;
  private updates: Record<string, unknown>[] = [];
  private nextUpdateId = 1;
  private nextMessageId = new Map<number, number>();
  private waiters: Waiter[] = [];
  private callWaiters: (() => void)[] = [];
  private faults: (Fault & { left: number })[] = [];
  private started = Date.now();
  private holdLimit = Infinity;
  private held: ServerResponse[] = [];
  readonly token: string;

  constructor(token = '123456:TEST-token-for-the-emulator-only') {
    this.token = token;
  }

  /** The value for grammY's `client.apiRoot`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error_code: 500, description: `emulator: ${String(err)}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const w of this.waiters.splice(0)) w.resolve();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  // ---- test controls ----------------------------------------------------------------------------------------

  /** Queues a raw update (update_id is assigned). */
  pushUpdate(update: Record<string, unknown>): number {
    const id = this.nextUpdateId++;
    this.updates.push({ update_id: id, ...update });
    for (const w of this.waiters.splice(0)) w.resolve();
    return id;
  }

  /** A user writes `text` in a private chat (or in `chat`). */
  userSays(user: { id: number; first_name?: string; language_code?: string }, text: string, chat?: { id: number; type: 'group' | 'supergroup'; title?: string }): number {
    const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0].length }] : undefined;
    return this.pushUpdate({
      message: {
        message_id: this.newMessageId(chat?.id ?? user.id),
        date: Math.floor(Date.now() / 1000),
        chat: chat ?? { id: user.id, type: 'private', first_name: user.first_name ?? 'User' },
        from: { is_bot: false, first_name: 'User', ...user },
        text,
        entities,
      },
    });
  }

  /** A user presses an inline button with `data` on the bot's message. */
  userPresses(user: { id: number; first_name?: string }, message: { message_id: number; chat: { id: number } }, data: string): number {
    return this.pushUpdate({
      callback_query: {
        id: String(this.nextUpdateId * 1000),
        from: { is_bot: false, first_name: 'User', ...user },
        message: { message_id: message.message_id, date: 0, chat: { id: message.chat.id, type: 'private' }, text: '' },
        chat_instance: '1',
        data,
      },
    });
  }

  /** Makes matching calls fail. */
  injectFault(f: Fault): void {
    this.faults.push({ ...f, left: f.times ?? 1 });
  }

  /**
   * After `n` delivered messages in all, park every further send request unanswered (nothing delivered), as if
   * the bot process froze mid-request; used to kill a bot at a known point. `releaseHeld()` drops them.
   */
  holdAfter(n: number): void {
    this.holdLimit = n;
  }

  /** Number of send requests parked by {@link holdAfter}. */
  get heldCount(): number {
    return this.held.length;
  }

  /** Ends hold mode; parked requests are dropped unanswered and never delivered. */
  releaseHeld(): void {
    this.holdLimit = Infinity;
    for (const res of this.held.splice(0)) res.destroy();
  }

  /** Messages (text, photo, document) successfully delivered, optionally to one chat. */
  delivered(chatId?: number): RecordedCall[] {
    return this.calls.filter((c) => c.ok && SEND_METHODS.has(c.method) && (chatId === undefined || Number(c.params.chat_id) === chatId));
  }

  /** Resolves once `predicate` holds for the recorded calls (checked after each call). No timeout: vitest's own applies. */
  async waitFor(predicate: (calls: RecordedCall[]) => boolean): Promise<void> {
    while (!predicate(this.calls)) await new Promise<void>((r) => this.callWaiters.push(r));
  }

  // ---- HTTP ---------------------------------------------------------------------------------------------------

  private newMessageId(chatId: number): number {
    const n = (this.nextMessageId.get(chatId) ?? 0) + 1;
    this.nextMessageId.set(chatId, n);
    return n;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const reply = (status: number, body: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!m) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    if (m[1] !== this.token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = m[2];
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    const files: RecordedFile[] = [];
    const ct = req.headers['content-type'] ?? '';
    if (ct.startsWith('application/json') && body.length) Object.assign(params, JSON.parse(body.toString('utf8')));
    else if (ct.startsWith('multipart/form-data')) {
      for (const part of parseMultipart(body, ct)) {
        if (part.filename === undefined) params[part.name] = tryJson(part.data.toString('utf8'));
        else files.push({ field: part.name, filename: part.filename, size: part.data.length, bytes: part.data });
      }
      // grammY sends the file under a random field and references it as attach://field
      for (const [k, v] of Object.entries(params)) {
        if (typeof v === 'string' && v.startsWith('attach://')) params[k] = { attached: v.slice(9) };
      }
    }
    const call: RecordedCall = { method, params, files, at: Date.now() - this.started, ok: false };

    if (method === 'getUpdates') {
      const result = await this.getUpdates(params, req);
      call.ok = true;
      call.result = result;
      // Long polls are not recorded unless they returned updates (keeps the log readable).
      if (result.length) this.record(call);
      return reply(200, { ok: true, result });
    }

    const chatId = params.chat_id === undefined ? undefined : Number(params.chat_id);
    if (SEND_METHODS.has(method) && this.delivered().length >= this.holdLimit) {
      this.held.push(res);
      for (const w of this.callWaiters.splice(0)) w();
      return;
    }
    const fault = this.faults.find((f) => f.left > 0 && (!f.method || f.method === method) && (f.chatId === undefined || f.chatId === chatId));
    if (fault) {
      fault.left--;
      const description =
        fault.description ??
        (fault.code === 429
          ? `Too Many Requests: retry after ${fault.retryAfter ?? 1}`
          : fault.code === 403
            ? 'Forbidden: bot was blocked by the user'
            : fault.code === 400
              ? 'Bad Request'
              : 'Internal Server Error');
      call.errorCode = fault.code;
      this.record(call);
      return reply(fault.code, {
        ok: false,
        error_code: fault.code,
        description,
        ...(fault.code === 429 ? { parameters: { retry_after: fault.retryAfter ?? 1 } } : {}),
      });
    }
    const out = this.execute(method, params, files, chatId, call);
    call.ok = out.ok;
    if (out.ok) call.result = out.result;
    else call.errorCode = out.error_code;
    this.record(call);
    return reply(out.ok ? 200 : out.error_code, out);
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    for (const w of this.callWaiters.splice(0)) w();
  }

  private execute(
    method: string,
    p: Record<string, unknown>,
    files: RecordedFile[],
    chatId: number | undefined,
    call: RecordedCall,
  ): { ok: true; result: unknown } | { ok: false; error_code: number; description: string } {
    const bad = (description: string) => ({ ok: false as const, error_code: 400, description });
    const checkText = (text: unknown, limit: number, what: string) => {
      const raw = String(text ?? '');
      const parsed = p.parse_mode === 'HTML' ? parseTelegramHtml(raw) : { ok: true as const, text: raw };
      if (!parsed.ok) return { error: parsed.error };
      if (what === 'text' && parsed.text.trim().length === 0) return { error: 'Bad Request: message text is empty' };
      if (parsed.text.length > limit) return { error: `Bad Request: ${what === 'text' ? 'message is too long' : 'message caption is too long'}` };
      call.visibleText = parsed.text;
      return { text: parsed.text };
    };
    const message = (extra: Record<string, unknown>) => ({
      message_id: this.newMessageId(chatId!),
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: chatId! < 0 ? 'group' : 'private' },
      from: this.bot,
      ...extra,
    });
    switch (method) {
      case 'getMe':
        return { ok: true, result: this.bot };
      case 'deleteWebhook':
      case 'setMyCommands':
      case 'answerCallbackQuery':
      case 'sendChatAction':
      case 'close':
        return { ok: true, result: true };
      case 'getMyCommands':
        return { ok: true, result: [] };
      case 'sendMessage': {
        if (chatId === undefined) return bad('Bad Request: chat_id is empty');
        const r = checkText(p.text, 4096, 'text');
        if ('error' in r) return bad(r.error!);
        return { ok: true, result: message({ text: r.text, reply_markup: p.reply_markup }) };
      }
      case 'sendPhoto':
      case 'sendDocument': {
        if (chatId === undefined) return bad('Bad Request: chat_id is empty');
        const field = method === 'sendPhoto' ? 'photo' : 'document';
        if (!files.length && typeof p[field] !== 'string') return bad(`Bad Request: there is no ${field} in the request`);
        const r = checkText(p.caption, 1024, 'caption');
        if ('error' in r) return bad(r.error!);
        const size = files[0]?.size ?? 0;
        const media = method === 'sendPhoto'
          ? { photo: [{ file_id: `photo-${this.calls.length}`, file_unique_id: `u${this.calls.length}`, width: 800, height: 400, file_size: size }] }
          : { document: { file_id: `doc-${this.calls.length}`, file_unique_id: `u${this.calls.length}`, file_name: files[0]?.filename, file_size: size } };
        return { ok: true, result: message({ caption: r.text, ...media }) };
      }
      case 'editMessageText': {
        const r = checkText(p.text, 4096, 'text');
        if ('error' in r) return bad(r.error!);
        return { ok: true, result: { message_id: Number(p.message_id), date: 0, chat: { id: chatId, type: 'private' }, text: r.text } };
      }
      case 'editMessageReplyMarkup':
        return { ok: true, result: true };
      default:
        return { ok: false, error_code: 404, description: `Not Found: method ${method} is not emulated` };
    }
  }

  private async getUpdates(p: Record<string, unknown>, req: IncomingMessage): Promise<Record<string, unknown>[]> {
    const offset = Number(p.offset ?? 0);
    const limit = Number(p.limit ?? 100);
    const timeout = Number(p.timeout ?? 0);
    if (offset > 0) this.updates = this.updates.filter((u) => (u.update_id as number) >= offset);
    if (!this.updates.length && timeout > 0) {
      await new Promise<void>((resolve) => {
        const w: Waiter = { resolve };
        const t = setTimeout(() => {
          this.waiters = this.waiters.filter((x) => x !== w);
          resolve();
        }, timeout * 1000);
        w.resolve = () => {
          clearTimeout(t);
          resolve();
        };
        this.waiters.push(w);
        req.on('close', () => w.resolve());
      });
    }
    return this.updates.slice(0, limit);
  }
}

function tryJson(v: string): unknown {
  if (/^[[{]/.test(v) || /^-?\d+$/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

/** A small multipart/form-data reader (grammY writes `filename=` unquoted, which stricter parsers refuse). */
function parseMultipart(body: Buffer, contentType: string): { name: string; filename?: string; data: Buffer }[] {
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1]?.replace(/^"|"$/g, '');
  if (!boundary) return [];
  const delim = Buffer.from(`--${boundary}`);
  const parts: { name: string; filename?: string; data: Buffer }[] = [];
  let pos = body.indexOf(delim);
  while (pos >= 0) {
    let start = pos + delim.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    start += 2; // CRLF
    const next = body.indexOf(delim, start);
    if (next < 0) break;
    const chunk = body.subarray(start, next - 2); // strip CRLF before the delimiter
    const headerEnd = chunk.indexOf('\r\n\r\n');
    const headers = chunk.subarray(0, headerEnd).toString('utf8');
    const data = chunk.subarray(headerEnd + 4);
    const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? '';
    const fm = /filename="?([^";\r\n]*)"?/i.exec(headers);
    parts.push({ name, filename: fm ? fm[1] : undefined, data });
    pos = next;
  }
  return parts;
}
