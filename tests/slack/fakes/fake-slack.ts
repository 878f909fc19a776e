/**
 * A fake Slack on 127.0.0.1 for end-to-end tests: the Web API (`/api/<method>`), loopback
 * response URLs (`/response/<id>`) and a Socket Mode WebSocket (`/socket`, the `ws` package).
 * Everything received is recorded; tests wait for records instead of sleeping. Fault hooks: a
 * response URL held until released, failing with a status, or cut off after reading the request;
 * any Web API method answering an error (`onApi`, `refuseSocketConnections`).
 * @see https://api.slack.com/web  https://api.slack.com/apis/connections/socket
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** Whether an Authorization header came with the call (its value is never kept). */
  authorized: boolean;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

type ApiHandler = (args: Record<string, unknown>) => unknown | Promise<unknown>;

export class FakeSlack {
  readonly apiCalls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly acks: SocketAck[] = [];
  /** Socket connections accepted so far (each sends hello). */
  connections = 0;
  /** HTTP status a response_url answers with, by id (200 when absent). */
  readonly responseStatus = new Map<string, number>();
  /** Body of a failing response_url's answer, by id (`expired_url` when absent). */
  readonly responseText = new Map<string, string>();
  /** Response URLs whose connection is destroyed once the request has been read. */
  private readonly cutResponses = new Set<string>();
  private readonly handlers = new Map<string, ApiHandler>();
  private readonly holds = new Map<string, Promise<void>>();
  private readonly events = new EventEmitter();
  private readonly sockets = new Set<WebSocket>();
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  port = 0;

  constructor() {
    this.events.setMaxListeners(100);
    this.handlers.set('auth.test', () => ({
      ok: true,
      url: 'https://loopback.slack.test/',
      team: 'Loopback',
      user: 'verbatim',
      team_id: 'T0TEST',
      user_id: 'U0BOT',
      bot_id: 'B0BOT',
    }));
    this.handlers.set('chat.postMessage', (args) => ({
      ok: true,
      channel: args['channel'],
      ts: '1700000000.000200',
    }));
    this.handlers.set('chat.postEphemeral', () => ({ ok: true, message_ts: '1700000000.000300' }));
    this.handlers.set('apps.connections.open', () => ({
      ok: true,
      url: `ws://127.0.0.1:${this.port}/socket`,
    }));
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Makes the response_url `id` wait before answering; call the returned function to release it. */
  holdResponse(id: string): () => void {
    let release!: () => void;
    this.holds.set(id, new Promise<void>((resolve) => (release = resolve)));
    return () => release();
  }

  /** Makes the response_url `id` answer `status` with `text` (Slack's `expired_url`, `used_url`). */
  failResponse(id: string, status: number, text: string): void {
    this.responseStatus.set(id, status);
    this.responseText.set(id, text);
  }

  /** Makes the response_url `id` read the request, then drop the connection without answering. */
  cutResponse(id: string): void {
    this.cutResponses.add(id);
  }

  /** Makes apps.connections.open answer `{ ok: false, error }` from now on (a revoked app token). */
  refuseSocketConnections(error: string): void {
    this.onApi('apps.connections.open', () => ({ ok: false, error }));
  }

  /** Resolves when a POST to the response_url `id` has arrived (even while it is held). */
  waitForReceived(id: string): Promise<void> {
    if (this.responses.some((r) => r.id === id)) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = (post: ResponseUrlPost) => {
        if (post.id !== id) return;
        this.events.off('response-received', listener);
        resolve();
      };
      this.events.on('response-received', listener);
    });
  }

  /** Open Socket Mode connections. */
  get openSockets(): number {
    return this.sockets.size;
  }

  /** Resolves once no Socket Mode connection is open; rejects after `timeoutMs`. */
  waitForNoSockets(timeoutMs = 10_000): Promise<void> {
    if (this.sockets.size === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const listener = (open: number) => {
        if (open > 0) return;
        clearTimeout(timer);
        this.events.off('socket-closed', listener);
        resolve();
      };
      const timer = setTimeout(() => {
        this.events.off('socket-closed', listener);
        reject(
          new Error(`fake Slack: ${this.sockets.size} socket(s) still open after ${timeoutMs} ms`),
        );
      }, timeoutMs);
      this.events.on('socket-closed', listener);
    });
  }

  /** Replaces the answer of one Web API method. */
  onApi(method: string, handler: ApiHandler): void {
    this.handlers.set(method, handler);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (ws) => {
      this.connections += 1;
      this.sockets.add(ws);
      ws.on('close', () => {
        this.sockets.delete(ws);
        this.events.emit('socket-closed', this.sockets.size);
      });
      ws.on('message', (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        this.acks.push(ack);
        this.events.emit('ack', ack);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' } }));
      this.events.emit('connection', this.connections);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  /** Sends a Socket Mode envelope to every open connection. */
  sendEnvelope(envelope: {
    envelope_id: string;
    type: string;
    payload: unknown;
    retry_attempt?: number;
  }): void {
    for (const ws of this.sockets)
      ws.send(JSON.stringify({ accepts_response_payload: false, ...envelope }));
  }

  /** Drops every socket connection abruptly, as a network failure would. */
  dropConnections(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  /** Resolves with the first record (existing or future) that matches; rejects after `timeoutMs`. */
  waitFor<T>(kind: 'api', match: (r: ApiCall) => boolean, timeoutMs?: number): Promise<ApiCall>;
  waitFor<T>(
    kind: 'response',
    match: (r: ResponseUrlPost) => boolean,
    timeoutMs?: number,
  ): Promise<ResponseUrlPost>;
  waitFor<T>(kind: 'ack', match: (r: SocketAck) => boolean, timeoutMs?: number): Promise<SocketAck>;
  waitFor(kind: 'connection', match: (n: number) => boolean, timeoutMs?: number): Promise<number>;
  waitFor(kind: string, match: (r: never) => boolean, timeoutMs = 10_000): Promise<unknown> {
    const existing = this.recordsOf(kind).find((r) => match(r as never));
    if (existing !== undefined) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const listener = (r: unknown) => {
        if (!match(r as never)) return;
        clearTimeout(timer);
        this.events.off(kind, listener);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.events.off(kind, listener);
        reject(new Error(`fake Slack: no ${kind} record matched within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on(kind, listener);
    });
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private recordsOf(kind: string): unknown[] {
    if (kind === 'api') return this.apiCalls;
    if (kind === 'response') return this.responses;
    if (kind === 'ack') return this.acks;
    if (kind === 'connection') return this.connections > 0 ? [this.connections] : [];
    return [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const call: ApiCall = {
        method,
        args: parseApiBody(raw, req.headers['content-type']),
        authorized: !!req.headers.authorization,
      };
      this.apiCalls.push(call);
      this.events.emit('api', call);
      const handler = this.handlers.get(method);
      const answer = handler ? await handler(call.args) : { ok: false, error: 'unknown_method' };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
      return;
    }
    if (url.pathname.startsWith('/response/')) {
      const id = url.pathname.slice('/response/'.length);
      const post: ResponseUrlPost = { id, body: JSON.parse(raw) as Record<string, unknown> };
      this.responses.push(post);
      this.events.emit('response-received', post);
      if (this.cutResponses.has(id)) {
        req.socket.destroy();
        this.events.emit('response', post);
        return;
      }
      await this.holds.get(id);
      const status = this.responseStatus.get(id) ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 200 ? 'ok' : (this.responseText.get(id) ?? 'expired_url'));
      this.events.emit('response', post);
      return;
    }
    res.writeHead(404);
    res.end();
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata']);

/** The Web API client form-encodes arguments, with objects and arrays as JSON strings. */
function parseApiBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return out;
}
