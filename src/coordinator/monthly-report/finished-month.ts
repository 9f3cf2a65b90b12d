import type { Context } from '../../core/context.js';
import { badArguments } from '../../core/bad-arguments.js';
import { addMonths, localMonth } from '../../time/local.js';

/**
 * Refuses a month that is not over: its monthly reports are drafted on the 1st of the next month. `/月报`
 * (hospital or bureau) and `/导出 月报` say the same thing, naming the command typed (`command`) with the
 * last finished month as the example.
 * @throws BotError BAD_ARGUMENTS for the current month or a later one.
 */
export function requireFinishedMonth(ctx: Context, month: string, command: string): void {
  const current = localMonth(ctx.now(), ctx.timeZone);
  if (month >= current) {
    throw badArguments('coordinator.report.monthNotOver', { period: month, previous: addMonths(current, -1), command });
  }
}
