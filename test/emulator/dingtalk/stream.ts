import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { acceptWebSocket, type ServerWebSocket } from '../feishu/websocket.js';
import type { DingtalkApp } from './server.js';

/** What a client answered to one pushed frame. */
export interface StreamAck {
  code: number;
  /** The ack's `data`, parsed (`{"response": …}` for callbacks). */
  data: unknown;
}

/** The Stream side of the emulator (dingtalk.md §3.2). */
export interface StreamEmulation {
  /** Answer of `POST /v1.0/gateway/connections/open`: a WebSocket endpoint and a one-time ticket (90 s). */
  openTicket(subscriptions: unknown): { endpoint: string; ticket: string };
  /** How many clients are connected now. */
  connections(): number;
  /** Waits until at least one client is connected. */
  connected(timeoutMs?: number): Promise<void>;
  /**
   * Pushes a CALLBACK frame (`topic`, `data` JSON-stringified) to one connection and waits for its ack
   * (undefined when none came within `timeoutMs`: a real gateway may then push it again).
   */
  push(topic: string, data: unknown, timeoutMs?: number): Promise<StreamAck | undefined>;
  /** Sends a SYSTEM ping with an opaque value; resolves with the echoed data. */
  ping(timeoutMs?: number): Promise<StreamAck | undefined>;
  /** Topics the clients subscribed to. */
  readonly subscriptions: { type: string; topic: string }[];
  closeAll(): void;
}

const TICKET_LIFETIME_MS = 90_000;

/** Adds the Stream gateway's WebSocket to the emulator's server (`/connect?ticket=…`). */
export function attachStream(server: Server, app: DingtalkApp, baseUrl: () => string): StreamEmulation {
  const tickets = new Map<string, number>();
  const sockets = new Set<ServerWebSocket>();
  const waiting = new Map<string, (ack: StreamAck) => void>();
  const subscriptions: { type: string; topic: string }[] = [];

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    const issued = tickets.get(ticket);
    tickets.delete(ticket); // one connection per ticket
    if (url.pathname !== '/connect' || issued === undefined || Date.now() - issued > TICKET_LIFETIME_MS) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    const ws: ServerWebSocket | undefined = acceptWebSocket(req, socket, head, {
      message(data) {
        const frame = JSON.parse(data.toString('utf8')) as {
          code: number;
          headers?: { messageId?: string };
          data?: string;
        };
        const id = frame.headers?.messageId ?? '';
        const parsed: unknown = frame.data ? JSON.parse(frame.data) : undefined;
        waiting.get(id)?.({ code: frame.code, data: parsed });
        waiting.delete(id);
      },
      close() {
        if (ws) sockets.delete(ws);
      },
    });
    if (ws) sockets.add(ws);
  });

  const send = (type: string, topic: string, data: unknown, timeoutMs: number): Promise<StreamAck | undefined> => {
    const target = [...sockets][Math.floor(Math.random() * sockets.size)];
    if (!target) return Promise.resolve(undefined);
    const messageId = randomUUID();
    const frame = {
      specVersion: '1.0',
      type,
      headers: { appId: app.clientId, contentType: 'application/json', messageId, time: String(Date.now()), topic },
      data: JSON.stringify(data),
    };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(messageId);
        resolve(undefined);
      }, timeoutMs);
      waiting.set(messageId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      target.send(Buffer.from(JSON.stringify(frame)));
    });
  };

  return {
    subscriptions,
    openTicket(requested) {
      if (Array.isArray(requested)) subscriptions.push(...(requested as { type: string; topic: string }[]));
      const ticket = randomBytes(12).toString('hex');
      tickets.set(ticket, Date.now());
      return { endpoint: `${baseUrl().replace(/^http/, 'ws')}/connect`, ticket };
    },
    connections: () => sockets.size,
    async connected(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (sockets.size === 0) {
        if (Date.now() > deadline) throw new Error('no stream client connected');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    push: (topic, data, timeoutMs = 5_000) => send('CALLBACK', topic, data, timeoutMs),
    ping: (timeoutMs = 2_000) => send('SYSTEM', 'ping', { opaque: randomBytes(4).toString('hex') }, timeoutMs),
    closeAll() {
      for (const socket of sockets) socket.close();
      sockets.clear();
    },
  };
}
