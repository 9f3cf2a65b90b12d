import { threadedAddressing } from '../../src/platforms/addresses.js';
import type { Card } from '../../src/core/card.js';
import type { PlatformName } from '../../src/core/event.js';
import type {
  DeliveryOutcome,
  OutboundRequest,
  PlatformAdapter,
  RenderedMessage,
} from '../../src/platforms/adapter.js';

/** What the scripted platform remembers; shared by the adapters of several replicas. */
export class ScriptedPlatform {
  /** Every call, in order, with the real time it was made. */
  readonly calls: { request: OutboundRequest; at: number }[] = [];
  /** Successful deliveries per idempotency key (Feishu would deduplicate a second one by `uuid`). */
  readonly delivered = new Map<string, number>();
  /** Keys in the order their successful delivery was made. */
  readonly deliveryOrder: string[] = [];
  private readonly scripts = new Map<string, DeliveryOutcome[]>();

  /** The next deliveries of `key` answer these outcomes in order; later ones succeed. */
  script(key: string, ...outcomes: DeliveryOutcome[]): this {
    this.scripts.set(key, [...(this.scripts.get(key) ?? []), ...outcomes]);
    return this;
  }

  /** Calls made for a key. */
  callsFor(key: string): number {
    return this.calls.filter((call) => call.request.idempotencyKey === key).length;
  }

  /** Real time of the first call for a key. */
  firstCallAt(key: string): number {
    const call = this.calls.find((c) => c.request.idempotencyKey === key);
    if (!call) throw new Error(`no call for ${key}`);
    return call.at;
  }

  /** The platform's answer to one call. */
  answer(request: OutboundRequest): DeliveryOutcome {
    const outcome = this.scripts.get(request.idempotencyKey)?.shift() ?? { ok: true };
    if (!outcome.ok) return outcome;
    this.delivered.set(request.idempotencyKey, (this.delivered.get(request.idempotencyKey) ?? 0) + 1);
    this.deliveryOrder.push(request.idempotencyKey);
    return { ok: true, platformMessageId: outcome.platformMessageId ?? `om_${this.deliveryOrder.length}` };
  }
}

/**
 * A test double for the PLATFORM (the database stays real): answers each delivery with the next
 * scripted outcome for its idempotency key, else success, after `latencyMs` of real time.
 */
export class ScriptedAdapter implements PlatformAdapter {
  /** Calls made through this adapter (one replica's share). */
  calls = 0;
  readonly addressing = threadedAddressing('open_id', 'chat_id');

  constructor(
    readonly state: ScriptedPlatform = new ScriptedPlatform(),
    private readonly latencyMs = 0,
    readonly platform: PlatformName = 'FEISHU',
  ) {}

  async deliver(request: OutboundRequest): Promise<DeliveryOutcome> {
    this.calls++;
    this.state.calls.push({ request, at: Date.now() });
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    return this.state.answer(request);
  }

  renderText(text: string): RenderedMessage {
    return { msgType: 'text', content: JSON.stringify({ text }) };
  }

  renderCard(card: Card): RenderedMessage {
    return { msgType: 'interactive', content: JSON.stringify(card) };
  }

  renderFile(fileKey: string): RenderedMessage {
    return { msgType: 'file', content: JSON.stringify({ file_key: fileKey }) };
  }

  async downloadFile(): Promise<Buffer> {
    return Buffer.alloc(0);
  }

  async uploadFile(fileName: string): Promise<string> {
    return `file_${fileName}`;
  }

  async verifiedMobile(): Promise<string | undefined> {
    return undefined;
  }
}

/** Outcomes as the Feishu adapter classifies them. */
export const outcomes = {
  rateLimited: (retryAfterMs = 10): DeliveryOutcome => ({
    ok: false,
    kind: 'rateLimited',
    retryAfterMs,
    detail: 'HTTP 429 code 99991400',
  }),
  serverError: (): DeliveryOutcome => ({ ok: false, kind: 'retryable', detail: 'HTTP 503' }),
  permanent: (detail = 'code 230002 bot not in chat'): DeliveryOutcome => ({ ok: false, kind: 'permanent', detail }),
};

/** Polls `check` until it holds, failing after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A text message to one user, for enqueueing. */
export function textTo(key: string, receiveId = `ou_${key}`) {
  return {
    idempotencyKey: key,
    platform: 'FEISHU' as const,
    operation: 'SEND' as const,
    receiveIdType: 'open_id',
    receiveId,
    msgType: 'text',
    content: JSON.stringify({ text: key }),
    purpose: 'test',
  };
}
