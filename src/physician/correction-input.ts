import type { CommandArgs } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { addDays } from '../time/local.js';
import { parseLooseDate } from './loose-date.js';

/** Words for days ahead: understood, so the reply can say why they cannot be corrected. */
const DAYS_AHEAD: Record<string, number> = { 明天: 1, 明日: 1, 后天: 2, 大后天: 3 };

/** Shortest and longest reason accepted for a correction. */
export const REASON_MIN_CHARS = 2;
export const REASON_MAX_CHARS = 200;

/** What `/补卡 <日期> <受援单位> <原因>` says. */
export interface CorrectionInput {
  serviceDate: string;
  clinicName: string;
  reason: string;
}

/**
 * Reads `/补卡 <日期> <受援单位> <原因>`; the reason is everything after the clinic name.
 * @throws BotError BAD_ARGUMENTS (the router adds the usage) for a missing part, an unreadable date or
 * a reason too short or too long; CONFLICT for a day ahead (`明天`): corrections are for past days.
 */
export function parseCorrectionInput(args: CommandArgs, today: string): CorrectionInput {
  const [dateText, clinicName, ...rest] = args.tokens;
  if (dateText === undefined || clinicName === undefined) throw badArguments();
  const ahead = DAYS_AHEAD[dateText];
  if (ahead !== undefined) {
    throw new BotError('CONFLICT', 'physician.oversight.correction.notPast', { date: addDays(today, ahead) });
  }
  const serviceDate = parseLooseDate(dateText, today);
  if (serviceDate === undefined) throw badArguments('physician.oversight.correction.badDate', { text: dateText });
  const reason = rest.join(' ').trim();
  if ([...reason].length < REASON_MIN_CHARS) throw badArguments('physician.oversight.correction.missingReason');
  if ([...reason].length > REASON_MAX_CHARS) {
    throw badArguments('physician.oversight.correction.reasonTooLong', { max: REASON_MAX_CHARS });
  }
  return { serviceDate, clinicName, reason };
}
