import { WORKLOG_CONFIRM_ACTION } from '../../cards/worklog-confirm.js';
import { worklogOutcomeCard } from '../../cards/worklog-outcome.js';
import type { CardActionDefinition } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { requirePhysician } from '../physician/require-physician.js';
import { ownDay } from '../physician/worklog-day.js';
import { parseWorkLogForm } from '../physician/worklog-parser.js';
import { currentWorkLogVersion, submitWorkLog } from '../physician/worklog-submit.js';

/**
 * "确认保存" on the confirmation card: stores the figures the card carries, re-checked (values from a
 * card are never trusted), if the presser's own day of today has not changed since the card was made.
 */
export const worklogConfirmAction: CardActionDefinition = {
  action: WORKLOG_CONFIRM_ACTION,
  audience: ['PHYSICIAN'],
  async run(ctx, value) {
    const physician = requirePhysician(ctx, '/日志');
    const day = await ownDay(ctx, physician.id, value);
    if (Number(value.baseVersion) !== (await currentWorkLogVersion(ctx, day.id))) {
      throw new BotError('CONFLICT', 'physician.worklog.stale');
    }
    const parsed = parseWorkLogForm(value);
    if (!parsed.ok) throw new BotError('BAD_REQUEST', 'core.staleAction');
    const submission = await submitWorkLog(ctx, physician.id, day, parsed.log, { confirmed: true });
    // Confirmed submissions are always stored; the check keeps the types honest.
    if (submission.kind === 'saved') {
      await ctx.updateCard(worklogOutcomeCard(ctx.locale, { saved: true, echo: submission.echo }));
    }
  },
};
