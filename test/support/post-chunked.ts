import { request } from 'node:http';
import type { SealedRequest } from '../emulator/feishu/index.js';

/**
 * POSTs a sealed request with chunked transfer encoding (no Content-Length), 1 KiB at a time, so a body
 * limit must count bytes as they arrive; resolves with the status.
 */
export function postChunked(url: string, sealed: SealedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { ...sealed.headers, 'Transfer-Encoding': 'chunked' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    // The server may answer 413 and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    const body = Buffer.from(sealed.body);
    for (let i = 0; i < body.length; i += 1024) req.write(body.subarray(i, i + 1024));
    req.end();
  });
}
