import type { CommandDefinition } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { requirePhysician } from '../physician/require-physician.js';
import { chooseLogDay } from '../physician/worklog-day.js';
import { parseWorkLog } from '../physician/worklog-parser.js';
import { workLogProblemsText } from '../physician/worklog-problems.js';
import { replyWithSubmission, submitWorkLog } from '../physician/worklog-submit.js';

/**
 * `/日志` (`log`, `worklog`, `工作量`): a day's work in one message, e.g. `/日志 诊疗23 讲座1 备注 …` for
 * today, or `/日志 12-03 诊疗10 …` / `/日志 昨天 …` for a past day inside the log window. Stored on that
 * service day (a second log edits it, keeping history); unusually large figures are confirmed on a card
 * first; anything wrong stores nothing and says what to fix.
 */
export const worklogCommand: CommandDefinition = {
  name: '日志',
  aliases: ['log', 'worklog', '工作量'],
  summaryKey: 'physician.worklog.summary',
  usageKey: 'physician.worklog.usage',
  audience: ['PHYSICIAN'],
  async run(ctx, args) {
    const physician = requirePhysician(ctx, '/日志');
    const { day, tokens } = await chooseLogDay(ctx, physician.id, args.tokens);
    const parsed = parseWorkLog(tokens.join(' '));
    if (!parsed.ok) {
      throw badArguments('physician.worklog.invalid', { problems: workLogProblemsText(ctx, parsed.problems) });
    }
    await replyWithSubmission(ctx, await submitWorkLog(ctx, physician.id, day, parsed.log, { confirmed: false }));
  },
};
