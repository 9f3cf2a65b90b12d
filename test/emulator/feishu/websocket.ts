import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP_CONTINUATION = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

/** The server end of one WebSocket connection. */
export interface ServerWebSocket {
  /** Sends one binary message. */
  send(data: Buffer): void;
  /** Sends a close frame and ends the connection. */
  close(): void;
}

/** Callbacks of an accepted connection. */
export interface WebSocketHandlers {
  message(data: Buffer): void;
  close(): void;
}

function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.alloc(2) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = 0x80 | opcode; // FIN; servers never mask
  if (length < 126) header[1] = length;
  else if (length < 65536) {
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

/**
 * Completes a WebSocket upgrade (RFC 6455) on a raw socket: just enough of the protocol for the SDK's
 * `ws` client, which sends masked, unfragmented binary frames. No extensions are accepted, so the
 * client's permessage-deflate offer is declined by omission. Written here to avoid a dependency.
 */
export function acceptWebSocket(
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  handlers: WebSocketHandlers,
): ServerWebSocket | undefined {
  const key = req.headers['sec-websocket-key'];
  if (typeof key !== 'string') {
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    return undefined;
  }
  const accept = createHash('sha1')
    .update(key + GUID)
    .digest('base64');
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );

  let buffer = Buffer.alloc(0);
  let fragments: Buffer[] = [];
  let closed = false;
  const write = (opcode: number, payload: Buffer): void => {
    if (!closed && socket.writable) socket.write(encodeFrame(opcode, payload));
  };
  const finish = (): void => {
    if (closed) return;
    closed = true;
    handlers.close();
  };

  const onFrame = (fin: boolean, opcode: number, payload: Buffer): void => {
    if (opcode === OP_PING) return write(OP_PONG, payload);
    if (opcode === OP_PONG) return;
    if (opcode === OP_CLOSE) {
      write(OP_CLOSE, payload.subarray(0, 2));
      socket.end();
      return finish();
    }
    if (opcode === OP_BINARY || opcode === OP_TEXT || opcode === OP_CONTINUATION) {
      fragments.push(payload);
      if (!fin) return;
      const message = Buffer.concat(fragments);
      fragments = [];
      handlers.message(message);
    }
  };

  const onData = (chunk: Buffer): void => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (buffer.length < 2) return;
      const first = buffer[0] ?? 0;
      const second = buffer[1] ?? 0;
      let length = second & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffer.length < 4) return;
        length = buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buffer.length < 10) return;
        length = Number(buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const masked = (second & 0x80) !== 0;
      const mask = masked ? buffer.subarray(offset, offset + 4) : undefined;
      offset += masked ? 4 : 0;
      if (buffer.length < offset + length) return;
      const payload = Buffer.from(buffer.subarray(offset, offset + length));
      if (mask) for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
      buffer = buffer.subarray(offset + length);
      onFrame((first & 0x80) !== 0, first & 0x0f, payload);
    }
  };

  socket.on('data', onData);
  socket.on('close', finish);
  socket.on('error', finish);
  if (head.length > 0) onData(head);
  return {
    send: (data) => write(OP_BINARY, data),
    close: () => {
      write(OP_CLOSE, Buffer.from([0x03, 0xe8])); // 1000: normal closure
      socket.end();
      finish();
    },
  };
}
