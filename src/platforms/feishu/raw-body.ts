import type { IncomingMessage } from 'node:http';

/** What reading a request body came to. */
export type RawBodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'body_too_large' | 'body_incomplete' };

/**
 * Reads the raw request body (signatures are computed over the exact bytes) with a hard cap. A
 * declared `Content-Length` over the cap is refused before a byte is read; streamed bytes are counted
 * too, since the header may be absent (chunked) or lie. Nothing is buffered past the cap.
 *
 * Not platform-specific: any webhook that signs its raw body can use it.
 */
export function readRawBody(req: IncomingMessage, limitBytes: number, timeoutMs: number): Promise<RawBodyResult> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limitBytes) {
    return Promise.resolve({ ok: false, reason: 'body_too_large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: RawBodyResult): void => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      // Past the cap: stop listening. The stream keeps flowing and Node discards the rest, so the
      // client still gets its 413 instead of a reset connection.
      if (size > limitBytes) finish({ ok: false, reason: 'body_too_large' });
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, body: Buffer.concat(chunks) });
    const onError = (): void => finish({ ok: false, reason: 'body_incomplete' });
    // A client that declares more than it sends would otherwise hold the request open forever.
    const timer = setTimeout(() => finish({ ok: false, reason: 'body_incomplete' }), timeoutMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}
