import { WORKLOG_SUBMIT_ACTION } from '../../cards/worklog-form.js';
import type { CardActionDefinition } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { requirePhysician } from '../physician/require-physician.js';
import { ownDay } from '../physician/worklog-day.js';
import { parseWorkLogForm } from '../physician/worklog-parser.js';
import { workLogProblemsText } from '../physician/worklog-problems.js';
import { replyWithSubmission, submitWorkLog } from '../physician/worklog-submit.js';

/** The work-log form's submit: the same checks as `/日志`, then the echo or the confirmation card. */
export const worklogSubmitAction: CardActionDefinition = {
  action: WORKLOG_SUBMIT_ACTION,
  audience: ['PHYSICIAN'],
  async run(ctx, value, formValue) {
    const physician = requirePhysician(ctx, '/日志');
    const day = await ownDay(ctx, physician.id, value);
    const parsed = parseWorkLogForm(formValue ?? {});
    if (!parsed.ok) {
      throw new BotError('BAD_ARGUMENTS', 'physician.worklog.invalid', {
        problems: workLogProblemsText(ctx, parsed.problems),
      });
    }
    await replyWithSubmission(ctx, await submitWorkLog(ctx, physician.id, day, parsed.log, { confirmed: false }));
  },
};
