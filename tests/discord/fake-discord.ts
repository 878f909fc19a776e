/**
 * A fake Discord on 127.0.0.1 for end-to-end tests: the REST routes the bot uses and a JSON
 * gateway (hello, identify → ready, heartbeat ack, resume) on the same port, recording every
 * request. Fault hooks: a gateway that closes with a given code (after identify or later), REST
 * routes answering 429 with Retry-After or 5xx for the next N requests, and Discord's 3 s window
 * for first responses ("Unknown interaction" after it). The protocol it speaks is in
 * docs/discord.md, "The fake Discord".
 * @see https://discord.com/developers/docs/events/gateway
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const FAKE_TOKEN = 'fake-bot-token.not-a-secret';
export const FAKE_APP_ID = '1100000000000000001';
export const FAKE_BOT_USER_ID = '1100000000000000002';

/** One REST request as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** Path with the query, URL-decoded (`/api/v10/webhooks/…/messages/@original`). */
  path: string;
  /** `interaction-callback`, `edit-original`, `delete-original`, `follow-up`, `put-commands`, `gateway`, `other`. */
  kind: string;
  authorization: string | undefined;
  body: unknown;
  /** When it arrived (epoch ms, the fake's clock). */
  at: number;
  /** The status the fake answered with (set once answered). */
  status?: number;
}

/** What a faulty route answers: a rate limit (Retry-After in seconds) or a server error. */
export type Fault = { status: 429; retryAfterS: number; global?: boolean } | { status: number };

/** Discord's answer to a first response after the interaction's 3 s window. */
export const UNKNOWN_INTERACTION = { message: 'Unknown interaction', code: 10062 };

/** A response the fake sends. */
export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Decides a request's response instead of the default; may wait (for "in flight" tests). */
export type Responder = (req: RecordedRequest) => Promise<FakeResponse | undefined>;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Gateway payloads the clients sent (identify, heartbeat, resume). */
  readonly gatewayReceived: { op: number; d: unknown }[] = [];
  responder: Responder | null = null;
  /**
   * How the gateway treats new connections: `normal`; `silent` accepts them but never sends HELLO
   * (a stuck reconnect); `refuse` rejects the WebSocket upgrade with 503 (Discord down).
   */
  gatewayMode: 'normal' | 'silent' | 'refuse' = 'normal';
  /** WebSocket upgrade attempts, accepted or not. */
  gatewayAttempts = 0;
  /** Close code sent instead of READY in answer to IDENTIFY (a refused session), or null. */
  closeAfterIdentify: number | null = null;
  /**
   * When set, a callback for an interaction sent longer ago than this many ms is answered 404
   * "Unknown interaction", as Discord does after its 3 s window.
   */
  interactionWindowMs: number | null = null;

  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #sockets = new Set<WebSocket>();
  readonly #waiters: {
    match: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }[] = [];
  #seq = 0;
  #messageId = 1200000000000000000n;
  readonly #faults: { kind: string; left: number; fault: Fault }[] = [];
  /** When each interaction was sent (epoch ms), by id. */
  readonly #sentAt = new Map<string, number>();

  private constructor() {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#wss = new WebSocketServer({
      server: this.#server,
      verifyClient: (_info, accept) => {
        this.gatewayAttempts++;
        if (this.gatewayMode === 'refuse') accept(false, 503);
        else accept(true);
      },
    });
    this.#wss.on('connection', (socket) => this.#onConnection(socket));
  }

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** The `rest.api` option / DISCORD_API_URL value pointing at this fake. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get openSockets(): number {
    return this.#sockets.size;
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match: (r: RecordedRequest) => boolean): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.#waiters.push({ match, resolve }));
  }

  /** Resolves with the first request that matches once the fake has answered it (polling). */
  async waitForAnswered(match: (r: RecordedRequest) => boolean): Promise<RecordedRequest> {
    for (;;) {
      const answered = this.requests.find((r) => r.status !== undefined && match(r));
      if (answered) return answered;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Requests of one kind, in arrival order. */
  ofKind(kind: string): RecordedRequest[] {
    return this.requests.filter((r) => r.kind === kind);
  }

  /** Sends INTERACTION_CREATE to every connected client. */
  sendInteraction(interaction: Record<string, unknown>): void {
    this.#sentAt.set(String(interaction['id']), Date.now());
    this.#dispatch('INTERACTION_CREATE', interaction);
  }

  /** The next `times` requests of `kind` get `fault` instead of their answer. */
  failNext(kind: string, times: number, fault: Fault): void {
    this.#faults.push({ kind, left: times, fault });
  }

  /** Drops the faults not yet used up. */
  clearFaults(): void {
    this.#faults.length = 0;
  }

  /** Closes every gateway connection with `code` (4004: Discord no longer accepts the token). */
  closeSessions(code: number, reason = 'fake: session refused'): void {
    for (const socket of this.#sockets) socket.close(code, reason);
  }

  /** Callbacks answered "Unknown interaction" because they came after the window. */
  get lateCallbacks(): RecordedRequest[] {
    return this.ofKind('interaction-callback').filter((r) => r.status === 404);
  }

  /** Closes every gateway connection with a resumable close code, as Discord does on a restart. */
  dropConnections(): void {
    for (const socket of this.#sockets) socket.close(4000, 'fake: unknown error, reconnect');
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #onConnection(socket: WebSocket): void {
    this.#sockets.add(socket);
    socket.on('close', () => this.#sockets.delete(socket));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: unknown };
      this.gatewayReceived.push(packet);
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11, d: null }));
      if (packet.op === 2 && this.closeAfterIdentify !== null)
        socket.close(this.closeAfterIdentify, 'fake: identify refused');
      else if (packet.op === 2) this.#send(socket, 'READY', this.#ready());
      if (packet.op === 6) this.#send(socket, 'RESUMED', null);
    });
    if (this.gatewayMode === 'normal')
      socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  }

  #ready(): Record<string, unknown> {
    return {
      v: 10,
      user: {
        id: FAKE_BOT_USER_ID,
        username: 'verbatim',
        discriminator: '0',
        avatar: null,
        bot: true,
        global_name: null,
      },
      guilds: [],
      session_id: 'fake-session',
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      application: { id: FAKE_APP_ID, flags: 0 },
    };
  }

  #dispatch(t: string, d: unknown): void {
    for (const socket of this.#sockets) this.#send(socket, t, d);
  }

  #send(socket: WebSocket, t: string, d: unknown): void {
    socket.send(JSON.stringify({ op: 0, t, s: ++this.#seq, d }));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = decodeURIComponent(req.url ?? '');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      kind: kindOf(req.method ?? 'GET', path),
      authorization: req.headers.authorization,
      body: text === '' ? null : (JSON.parse(text) as unknown),
      at: Date.now(),
    };
    this.requests.push(recorded);
    for (const waiter of [...this.#waiters]) {
      if (waiter.match(recorded)) {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        waiter.resolve(recorded);
      }
    }
    const custom =
      this.#lateCallback(recorded) ??
      this.#fault(recorded) ??
      (this.responder ? await this.responder(recorded) : undefined);
    const { status, body, headers } = custom ?? this.#defaultResponse(recorded);
    recorded.status = status;
    if (res.destroyed) return;
    res.writeHead(status, {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  #lateCallback(r: RecordedRequest): FakeResponse | undefined {
    if (r.kind !== 'interaction-callback' || this.interactionWindowMs === null) return undefined;
    const sentAt = this.#sentAt.get(r.path.split('/')[4] ?? '');
    if (sentAt === undefined || r.at - sentAt <= this.interactionWindowMs) return undefined;
    return { status: 404, body: UNKNOWN_INTERACTION };
  }

  #fault(r: RecordedRequest): FakeResponse | undefined {
    const entry = this.#faults.find((f) => f.kind === r.kind && f.left > 0);
    if (!entry) return undefined;
    entry.left--;
    const { fault } = entry;
    if (fault.status !== 429 || !('retryAfterS' in fault))
      return { status: fault.status, body: { message: 'fake: server error', code: 0 } };
    // As Discord sends it: Retry-After in whole or fractional seconds, and the same in the body.
    return {
      status: 429,
      headers: {
        'retry-after': String(fault.retryAfterS),
        'x-ratelimit-scope': fault.global ? 'global' : 'user',
        ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
      },
      body: {
        message: 'You are being rate limited.',
        retry_after: fault.retryAfterS,
        global: fault.global === true,
      },
    };
  }

  #defaultResponse(r: RecordedRequest): FakeResponse {
    const needsAuth =
      r.kind !== 'interaction-callback' &&
      r.kind !== 'edit-original' &&
      r.kind !== 'follow-up' &&
      r.kind !== 'delete-original';
    if (needsAuth && r.authorization !== `Bot ${FAKE_TOKEN}`) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    switch (r.kind) {
      case 'gateway':
        return {
          status: 200,
          body: {
            url: `ws://127.0.0.1:${this.port}`,
            shards: 1,
            session_start_limit: {
              total: 1000,
              remaining: 999,
              reset_after: 0,
              max_concurrency: 1,
            },
          },
        };
      case 'interaction-callback':
      case 'delete-original':
        return { status: 204 };
      case 'edit-original':
      case 'follow-up':
        return { status: 200, body: this.#message(r.body) };
      case 'put-commands':
        return {
          status: 200,
          body: (r.body as Record<string, unknown>[]).map((c, i) => ({
            ...c,
            id: String(1300000000000000000n + BigInt(i)),
            application_id: FAKE_APP_ID,
            version: '1',
          })),
        };
      default:
        return { status: 404, body: { message: '404: Not Found', code: 0 } };
    }
  }

  #message(body: unknown): Record<string, unknown> {
    const b = (body ?? {}) as Record<string, unknown>;
    return {
      id: String(this.#messageId++),
      type: 0,
      channel_id: '1400000000000000001',
      author: {
        id: FAKE_BOT_USER_ID,
        username: 'verbatim',
        discriminator: '0',
        avatar: null,
        bot: true,
        global_name: null,
      },
      content: b['content'] ?? '',
      embeds: b['embeds'] ?? [],
      components: b['components'] ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date(0).toISOString(),
      edited_timestamp: null,
      flags: b['flags'] ?? 0,
      application_id: FAKE_APP_ID,
      webhook_id: FAKE_APP_ID,
    };
  }
}

function kindOf(method: string, path: string): string {
  const p = path.split('?')[0] ?? '';
  if (method === 'GET' && p === '/api/v10/gateway/bot') return 'gateway';
  if (method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(p))
    return 'interaction-callback';
  if (method === 'PATCH' && /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(p))
    return 'edit-original';
  if (method === 'DELETE' && /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(p))
    return 'delete-original';
  if (method === 'POST' && /^\/api\/v10\/webhooks\/\d+\/[^/]+$/.test(p)) return 'follow-up';
  if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p))
    return 'put-commands';
  return 'other';
}
