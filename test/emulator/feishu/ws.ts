import type { Duplex } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type { V2Envelope } from './events.js';
import { parseJsonObject } from './http.js';
import { decodeFrame, encodeFrame, headerOf, type Frame } from './pbbp2.js';
import { applyCardReply, isCardCallback, notePush, type CardReply } from './platform-side.js';
import { createRng } from './random.js';
import type { FeishuEmulator } from './server.js';
import { acceptWebSocket, type ServerWebSocket } from './websocket.js';

const WS_PATH = '/callback/ws/v1';
const METHOD_CONTROL = 0;
const METHOD_DATA = 1;

/** Options of {@link attachWsEmulation}; intervals in seconds as in the endpoint's ClientConfig. */
export interface WsEmulationOptions {
  pingIntervalSec?: number;
  reconnectCount?: number;
  reconnectIntervalSec?: number;
  reconnectNonceSec?: number;
  /** doc §10.1: 50. */
  maxConnectionsPerApp?: number;
  /** How long a pushed event may go without an ack; doc §10.1: 3 s. */
  ackTimeoutMs?: number;
  /** Seed of the random choice of the connection that gets an event. */
  seed?: number;
}

/** One client connection. */
export interface WsConnectionInfo {
  /** The `device_id` it was given. */
  id: string;
  appId: string;
  /** Whether it has sent its first ping; only then does it get events (doc §10.2 item 8). */
  ready: boolean;
  pings: number;
}

/** Options of one WebSocket push. */
export interface WsPushOptions {
  /** Default: the envelope's `header.app_id`. */
  appId?: string;
  /** Splits the payload into this many frames (`sum`/`seq` headers). Default 1. */
  fragments?: number;
}

/** The outcome of a WebSocket push. */
export interface WsPushResult {
  /** An ack with code 200 arrived within the ack timeout. */
  ok: boolean;
  /** The connection chosen; absent when no client was connected. */
  connectionId?: string;
  /** The ack's code: 200, or 500 when the handler threw. */
  code?: number;
  /** The handler's return value, decoded from the ack's base64 `data`. */
  data?: unknown;
  error?: 'no_connection' | 'timeout';
}

/** The long-connection (WebSocket) side of the emulator (doc §10, §12.9). */
export interface FeishuWsEmulation {
  connections(appId?: string): WsConnectionInfo[];
  /** Resolves once `count` connections (of the app, if given) are ready. */
  waitForClients(count?: number, options?: { appId?: string; timeoutMs?: number }): Promise<void>;
  /**
   * Sends an event as `type: event` data frames to one random ready connection of the app (cluster
   * mode, no broadcast) and waits for its ack. With the emulator's state, it is updated as for a
   * webhook push (user messages, card tokens, `{toast, card}` answers).
   */
  push(envelope: V2Envelope<object>, options?: WsPushOptions): Promise<WsPushResult>;
  /** Closes every connection from the server side, e.g. to test reconnects. */
  disconnectAll(): void;
}

interface Connection extends WsConnectionInfo {
  serviceId: number;
  socket: ServerWebSocket;
}

interface PendingAck {
  resolve(ack: { code: number; data?: string }): void;
}

/**
 * Adds the long connection to a running emulator: `POST /callback/ws/endpoint` hands out
 * `ws://…/callback/ws/v1?device_id=…&service_id=…` (device_id first: the SDK parses the URL with
 * `qs.parse` and would lose a leading service_id), and the upgrade speaks `pbbp2.Frame`.
 */
export function attachWsEmulation(emulator: FeishuEmulator, options: WsEmulationOptions = {}): FeishuWsEmulation {
  const { state } = emulator;
  const maxConnections = options.maxConnectionsPerApp ?? 50;
  const ackTimeoutMs = options.ackTimeoutMs ?? 3000;
  const rng = createRng(options.seed ?? 1);
  const clientConfig = {
    PingInterval: options.pingIntervalSec ?? 120,
    ReconnectCount: options.reconnectCount ?? -1,
    ReconnectInterval: options.reconnectIntervalSec ?? 120,
    ReconnectNonce: options.reconnectNonceSec ?? 30,
  };
  const issued = new Map<string, string>(); // device_id → app id
  const connections = new Map<string, Connection>();
  const pendingAcks = new Map<string, PendingAck>();
  const readyWaiters = new Set<() => void>();
  let nextServiceId = 7;

  const openFor = (appId: string) => [...connections.values()].filter((c) => c.appId === appId);

  emulator.addRoutes([
    {
      method: 'POST',
      pattern: /^\/callback\/ws\/endpoint\/?$/,
      api: 'ws_endpoint',
      auth: false,
      handle: ({ body }) => {
        const request = parseJsonObject(body);
        const appId = typeof request?.AppID === 'string' ? request.AppID : '';
        if (emulator.apps.get(appId)?.appSecret !== request?.AppSecret) {
          return { status: 200, body: { code: 514, msg: 'auth failed' }, rejection: 'ws_auth_failed' };
        }
        if (openFor(appId).length >= maxConnections) {
          return { status: 200, body: { code: 1000040350, msg: 'exceed connection limit' }, rejection: 'ws_limit' };
        }
        const deviceId = state.newId('', 16);
        issued.set(deviceId, appId);
        const url = `${emulator.baseUrl.replace(/^http/, 'ws')}${WS_PATH}?device_id=${deviceId}&service_id=${nextServiceId++}`;
        return { status: 200, body: { code: 0, msg: 'ok', data: { URL: url, ClientConfig: clientConfig } } };
      },
    },
  ]);

  const onFrame = (connection: Connection, frame: Frame): void => {
    if (frame.method === METHOD_CONTROL && headerOf(frame, 'type') === 'ping') {
      connection.pings++;
      connection.ready = true;
      for (const wake of readyWaiters) wake();
      const pong = Buffer.from(JSON.stringify(clientConfig));
      connection.socket.send(encodeFrame({ ...frame, headers: [{ key: 'type', value: 'pong' }], payload: pong }));
    } else if (frame.method === METHOD_DATA) {
      const messageId = headerOf(frame, 'message_id') ?? '';
      const ack = parseJsonObject(Buffer.from(frame.payload ?? []));
      pendingAcks.get(messageId)?.resolve({
        code: Number(ack?.code),
        ...(typeof ack?.data === 'string' && { data: ack.data }),
      });
    }
  };

  emulator.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const deviceId = url.searchParams.get('device_id') ?? '';
    const appId = issued.get(deviceId);
    if (url.pathname !== WS_PATH || appId === undefined) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const connection: Connection = {
      id: deviceId,
      appId,
      ready: false,
      pings: 0,
      serviceId: Number(url.searchParams.get('service_id')),
      socket: { send: () => undefined, close: () => undefined },
    };
    const socketApi = acceptWebSocket(req, socket, head, {
      message: (data) => {
        try {
          onFrame(connection, decodeFrame(data));
        } catch {
          // A frame that does not decode is the client's bug; the real gateway would drop it too.
        }
      },
      close: () => connections.delete(deviceId),
    });
    if (!socketApi) return;
    connection.socket = socketApi;
    connections.set(deviceId, connection);
  });

  const info = ({ id, appId, ready, pings }: Connection): WsConnectionInfo => ({ id, appId, ready, pings });

  return {
    connections: (appId) => [...connections.values()].filter((c) => appId === undefined || c.appId === appId).map(info),
    waitForClients: (count = 1, { appId, timeoutMs = 5000 } = {}) =>
      new Promise<void>((resolve, reject) => {
        const enough = () =>
          [...connections.values()].filter((c) => c.ready && (appId === undefined || c.appId === appId)).length >=
          count;
        if (enough()) return resolve();
        const timer = setTimeout(() => {
          readyWaiters.delete(check);
          reject(new Error(`fewer than ${count} WebSocket clients became ready within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          if (!enough()) return;
          clearTimeout(timer);
          readyWaiters.delete(check);
          resolve();
        };
        readyWaiters.add(check);
      }),
    push: async (envelope, pushOptions = {}) => {
      const appId = pushOptions.appId ?? envelope.header.app_id;
      const ready = openFor(appId).filter((c) => c.ready);
      const connection = ready[Math.floor(rng() * ready.length)];
      if (!connection) return { ok: false, error: 'no_connection' };
      notePush(state, envelope);
      const messageId = state.newId('', 20);
      const payload = Buffer.from(JSON.stringify(envelope));
      const sum = Math.max(1, pushOptions.fragments ?? 1);
      const size = Math.ceil(payload.length / sum);
      const ack = new Promise<{ code: number; data?: string } | undefined>((resolve) => {
        const timer = setTimeout(() => resolve(undefined), ackTimeoutMs);
        pendingAcks.set(messageId, {
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value);
          },
        });
      });
      for (let seq = 0; seq < sum; seq++) {
        connection.socket.send(
          encodeFrame({
            SeqID: 0,
            LogID: 0,
            service: connection.serviceId,
            method: METHOD_DATA,
            headers: [
              { key: 'type', value: 'event' },
              { key: 'message_id', value: messageId },
              { key: 'sum', value: String(sum) },
              { key: 'seq', value: String(seq) },
              { key: 'trace_id', value: state.newId('', 16) },
            ],
            payload: payload.subarray(seq * size, (seq + 1) * size),
          }),
        );
      }
      const answer = await ack;
      pendingAcks.delete(messageId);
      if (!answer) return { ok: false, connectionId: connection.id, error: 'timeout' };
      const data: unknown =
        answer.data === undefined ? undefined : JSON.parse(Buffer.from(answer.data, 'base64').toString('utf8'));
      if (answer.code === 200 && isCardCallback(envelope)) {
        applyCardReply(state, envelope, (typeof data === 'object' && data !== null ? data : {}) as CardReply);
      }
      return { ok: answer.code === 200, connectionId: connection.id, code: answer.code, data };
    },
    disconnectAll: () => {
      for (const connection of connections.values()) connection.socket.close();
    },
  };
}
