import type { SandboxInput } from '../../platforms/sandbox/input.js';
import type { SandboxMessage } from '../../platforms/sandbox/outbox.js';

/** The sandbox routes as the chat CLI calls them. */
export class SandboxClient {
  constructor(private readonly baseUrl: string) {}

  /** Sends one event; the answer says whether it was accepted, or why not. */
  async send(input: SandboxInput): Promise<{ status: string; chatId?: string; error?: string }> {
    const response = await fetch(new URL('/sandbox/events', this.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await response.json().catch(() => ({}))) as { status?: string; chatId?: string; error?: string };
    if (!response.ok) return { status: 'refused', error: body.error ?? `HTTP ${response.status}` };
    return { status: body.status ?? 'accepted', ...(body.chatId ? { chatId: body.chatId } : {}) };
  }

  /** The bytes of a file the bot sent. */
  async download(fileKey: string): Promise<Buffer> {
    const response = await fetch(new URL(`/sandbox/files/${encodeURIComponent(fileKey)}`, this.baseUrl));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  /** Waits (long-poll) for the chat's messages changed after `after`. */
  async poll(
    chatId: string,
    after: number,
    signal: AbortSignal,
  ): Promise<{ messages: SandboxMessage[]; cursor: number }> {
    const url = new URL('/sandbox/messages', this.baseUrl);
    url.searchParams.set('chat', chatId);
    url.searchParams.set('after', String(after));
    const response = await fetch(url, { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url.pathname}`);
    return (await response.json()) as { messages: SandboxMessage[]; cursor: number };
  }
}
