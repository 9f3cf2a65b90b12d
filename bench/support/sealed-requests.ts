import { writeFileSync } from 'node:fs';
import { sealEnvelope, type V2Envelope } from '../../test/emulator/feishu/index.js';

/** One signed (and encrypted) webhook request, ready for the load generator to send. */
export interface SealedLine {
  /** The chat message id of the event, to match the bot's reply at the emulator. */
  messageId: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Seals events as Feishu would (encrypted body, signature over timestamp + nonce + key + body) and writes
 * them one JSON per line. Sealing ahead keeps the load generator's own CPU for sending; the timestamps stay
 * well inside the receiver's five-minute window for a bench of a few minutes.
 */
export function writeSealedRequests(
  file: string,
  envelopes: readonly V2Envelope<{ message: { message_id: string } }>[],
  encryptKey: string,
): void {
  const lines = envelopes.map((envelope) => {
    const sealed = sealEnvelope(envelope, { encryptKey });
    const line: SealedLine = { messageId: envelope.event.message.message_id, ...sealed };
    return JSON.stringify(line);
  });
  writeFileSync(file, `${lines.join('\n')}\n`);
}
