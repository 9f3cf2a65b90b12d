import type { IncomingMessage } from 'node:http';

/** Why a body could not be read. */
export type BodyProblem = 'tooLarge' | 'notJson';

/** Reads a JSON request body of at most `limitBytes`; a problem instead of a value when it cannot. */
export async function readJsonBody(
  req: IncomingMessage,
  limitBytes: number,
): Promise<{ value: unknown } | { problem: BodyProblem }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) return { problem: 'tooLarge' };
    chunks.push(chunk);
  }
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { problem: 'notJson' };
  }
}
