import { extname } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadStream } from 'node:fs';
import { BotError } from '../../core/errors.js';

/** Feishu's `file_type` for an upload (feishu.md §7.6): `xls` for Excel, `stream` for csv and the rest. */
export type FeishuFileType = 'opus' | 'mp4' | 'pdf' | 'doc' | 'xls' | 'ppt' | 'stream';

const FILE_TYPES: Record<string, FeishuFileType> = {
  '.opus': 'opus',
  '.mp4': 'mp4',
  '.pdf': 'pdf',
  '.doc': 'doc',
  '.docx': 'doc',
  '.xls': 'xls',
  '.xlsx': 'xls',
  '.ppt': 'ppt',
  '.pptx': 'ppt',
};

/** The upload `file_type` for a file name. */
export function feishuFileType(fileName: string): FeishuFileType {
  return FILE_TYPES[extname(fileName).toLowerCase()] ?? 'stream';
}

/**
 * The bytes as the multipart `file` part. A Buffer would go out without a `filename=` (the SDK's
 * form encoder takes the name from a stream's `path`), and a part without one is not a file upload;
 * so the bytes travel as a one-chunk stream named like the file. The SDK's type admits only fs
 * streams, hence the assertion.
 */
export function uploadStream(fileName: string, data: Buffer): ReadStream {
  return Object.assign(Readable.from([data]), { path: fileName }) as unknown as ReadStream;
}

/**
 * Reads a download stream into memory, refusing more than `maxBytes` (a user-sent spreadsheet is a
 * few hundred KB; Feishu would serve up to 100 MB).
 */
export async function readLimited(stream: Readable, maxBytes: number, declaredLength?: string): Promise<Buffer> {
  const tooLarge = (): BotError =>
    new BotError('BAD_ARGUMENTS', 'delivery.fileTooLarge', { maxMb: Math.floor(maxBytes / (1024 * 1024)) });
  if (declaredLength !== undefined && Number(declaredLength) > maxBytes) {
    stream.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      stream.destroy();
      throw tooLarge();
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
