import { badArguments } from '../core/bad-arguments.js';
import type { CommandArgs } from '../core/context.js';
import { isBotError } from '../core/errors.js';

/** What a typed decision needs: the id field of the card's value and the refusals in the command's words. */
export interface TypedDecision {
  /** The field of the button's value the number stands for (`serviceDayId`, `correctionId`). */
  field: string;
  /** Refusal when the first word is not a number. */
  usageKey: string;
  /** Refusal when no such request exists (where the card would say its button is stale). */
  notFoundKey: string;
}

/**
 * `/有异议 <编号> [原因…]`, `/驳回 <编号> [理由…]`: the decision a card's form button makes, typed, for a
 * platform whose cards hold no form (DingTalk) — the 编号 is the one the card shows, the rest of the text
 * the note. `decide` is the button's own handler, so the checks and effects are the same.
 * @throws BotError BAD_ARGUMENTS when the 编号 is missing or names nothing; whatever `decide` throws else.
 */
export async function decideTyped(
  args: CommandArgs,
  typed: TypedDecision,
  decide: (value: Record<string, unknown>, formValue: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  const [number = '', ...note] = args.tokens;
  if (!/^\d{1,9}$/.test(number)) throw badArguments(typed.usageKey);
  try {
    await decide({ [typed.field]: Number(number) }, { note: note.join(' ') });
  } catch (error) {
    // A typed number is no stale button: say which number names nothing.
    if (isBotError(error) && error.messageKey === 'core.staleAction') throw badArguments(typed.notFoundKey, { number });
    throw error;
  }
}
