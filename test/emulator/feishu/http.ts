import type { IncomingMessage } from 'node:http';
import type { ErrorCode } from './codes.js';

/** What a route handler answers; the server writes it out (after any fault override). */
export interface EmulatorReply {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON, buffers as they are. */
  body: object | Buffer;
  /** Set on refusals: the reason counted in `state.rejectionCounts()`. */
  rejection?: string;
}

/** `{code: 0, msg: 'success', data}`, the im/v1 success envelope. */
export function ok(data: object = {}): EmulatorReply {
  return { status: 200, body: { code: 0, msg: 'success', data } };
}

/**
 * An error envelope `{code, msg}`. `reason` names the refusal for assertions; `detail` is appended
 * to the message, as Feishu appends field details.
 */
export function fail(reason: string, error: ErrorCode, detail?: string, status = 400): EmulatorReply {
  const msg = detail ? `${error.msg} ${detail}` : error.msg;
  return { status, body: { code: error.code, msg }, rejection: reason };
}

/** Reads the whole request body, refusing more than `limitBytes`. */
export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Keep draining so the client sees a response instead of a reset, but stop buffering.
    if (size <= limitBytes) chunks.push(chunk);
  }
  return size > limitBytes ? 'too_large' : Buffer.concat(chunks);
}

/** Parses a JSON request body; `undefined` when it is not a JSON object. */
export function parseJsonObject(body: Buffer): Record<string, unknown> | undefined {
  if (body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One part of a `multipart/form-data` body. */
export interface MultipartPart {
  data: Buffer;
  /** Absent when the sender gave none (axios sends a Buffer without a file name). */
  filename?: string;
  contentType?: string;
}

/** Parses `multipart/form-data` into its parts by name; `undefined` when the content type or framing is wrong. */
export function parseMultipart(contentType: string | undefined, body: Buffer): Map<string, MultipartPart> | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  const token = boundary?.[1] ?? boundary?.[2];
  if (!contentType?.toLowerCase().startsWith('multipart/form-data') || !token) return undefined;
  const delimiter = Buffer.from(`--${token}`);
  const parts = new Map<string, MultipartPart>();
  let start = body.indexOf(delimiter);
  if (start < 0) return undefined;
  for (;;) {
    start += delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') return parts;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    const next = body.indexOf(delimiter, headerEnd);
    if (headerEnd < 0 || next < 0) return undefined;
    const headers = body.subarray(start, headerEnd).toString('utf8');
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name !== undefined) {
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1];
      parts.set(name, {
        // The part ends with the CRLF that precedes the next delimiter.
        data: Buffer.from(body.subarray(headerEnd + 4, next - 2)),
        ...(filename !== undefined && { filename }),
        ...(type !== undefined && { contentType: type.trim() }),
      });
    }
    start = next;
  }
}
