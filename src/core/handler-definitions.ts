import type { Audience, Context } from './context.js';
import type { EventBody } from './event.js';

/** Event kinds other than text commands and card actions, each with its own handler list. */
export type HandledKind = 'location' | 'file' | 'menu' | 'botAdded';

/** The body of an event of one kind. */
export type BodyOf<K extends EventBody['kind']> = Extract<EventBody, { kind: K }>;

/**
 * A handler for a location, file, bot menu click or bot-added event: one file under src/handlers/,
 * registered in src/handlers/index.ts. The router runs the first handler of the kind that accepts the
 * event, after checking its audience.
 */
export interface EventHandlerDefinition<K extends HandledKind> {
  /** For logs. */
  name: string;
  audience: Audience[];
  /** Whether this handler takes the event (e.g. a menu key); absent means every event of its kind. */
  accepts?(ctx: Context, body: BodyOf<K>): boolean;
  run(ctx: Context, body: BodyOf<K>): Promise<void>;
}
