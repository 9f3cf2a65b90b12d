import type { SandboxMessage } from '../../platforms/sandbox/outbox.js';
import type { SandboxButton } from '../../platforms/sandbox/render-card-text.js';

/** How many cards keep their buttons pressable. */
const KEPT = 5;

/**
 * The last few cards with buttons, numbered `#1`, `#2` … as they arrive, so an earlier card (a clinic
 * head's confirmation above a newer reminder) can still be pressed: `3` presses button 3 of the latest
 * card, `#2.3` (or `2.3`) button 3 of card #2. An updated card keeps its number.
 */
export class RecentCards {
  private next = 1;
  private readonly cards = new Map<string, { tag: number; message: SandboxMessage }>();

  /** Records a card (new or updated) and returns its number. */
  note(message: SandboxMessage): number {
    const known = this.cards.get(message.id);
    const tag = known?.tag ?? this.next++;
    this.cards.delete(message.id);
    this.cards.set(message.id, { tag, message });
    while (this.cards.size > KEPT) this.cards.delete(this.cards.keys().next().value as string);
    return tag;
  }

  /** The card and button a typed line names, or undefined when it names none. */
  find(line: string): { card: SandboxMessage; button: SandboxButton } | undefined {
    const match = /^#?(?:(\d+)\.)?(\d+)$/.exec(line);
    if (!match) return undefined;
    const [, tag, index] = match;
    const entries = [...this.cards.values()];
    const entry = tag ? entries.find((e) => e.tag === Number(tag)) : entries.at(-1);
    const button = entry?.message.buttons.find((b) => b.index === Number(index));
    return entry && button ? { card: entry.message, button } : undefined;
  }
}
