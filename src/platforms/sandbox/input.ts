import { z } from 'zod';

const id = z.string().trim().min(1).max(128);

/** Fields every sandbox event has. */
const common = {
  /** The speaker: a demo person's Feishu open_id (`ou_demo_…`), see `SandboxAdapter`. */
  user: id,
  name: z.string().max(100).optional(),
  /** A group chat id; absent for the speaker's private chat with the bot. */
  chat: id.optional(),
  chatName: z.string().max(200).optional(),
  /** Fixed ids, for tests of redelivery; random when absent. */
  eventId: id.optional(),
  messageId: id.optional(),
};

/**
 * What `POST /sandbox/events` (and the test harness) may send: something a user says or does, which
 * the sandbox adapter turns into an `InboundEvent`.
 */
export const sandboxInputSchema = z.discriminatedUnion('type', [
  z.object({
    ...common,
    type: z.literal('text'),
    text: z.string().min(1).max(4000),
    /** People @-mentioned besides the bot (in the text as `@name`). */
    mentions: z
      .array(z.object({ userId: id, name: z.string().min(1).max(100) }))
      .max(20)
      .default([]),
  }),
  z.object({
    ...common,
    type: z.literal('location'),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    name: z.string().max(200).optional(),
    accuracyM: z.number().nonnegative().optional(),
  }),
  z.object({
    ...common,
    type: z.literal('press'),
    /** The card message and the number of its button, as shown (`[1]` is 1). */
    cardMessageId: id,
    button: z.number().int().positive(),
    form: z.record(z.string(), z.string().max(4000)).optional(),
  }),
  z.object({ ...common, type: z.literal('menu'), key: id }),
  z.object({
    ...common,
    type: z.literal('file'),
    fileName: z.string().min(1).max(255),
    contentBase64: z.string().max(14_000_000).default(''),
  }),
  z.object({ ...common, type: z.literal('botAdded') }),
]);

/** A sandbox event as sent (optional fields may be left out). */
export type SandboxInput = z.input<typeof sandboxInputSchema>;
