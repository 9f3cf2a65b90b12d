import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { listServiceDaysOfPhysicianOn } from '../db/queries/service-day-lists.js';
import { findServiceDayDetailById } from '../db/queries/service-days.js';
import type { ServiceDayDetail } from '../db/queries/service-day-views.js';
import { localDate } from '../time/local.js';
import { cardValueId } from './card-value-id.js';
import { parseLooseDate } from './loose-date.js';
import { startsWorkLogNote } from './worklog-parser.js';
import { requireLogWindow } from './worklog-window.js';

/**
 * Which service day a work log is for. A log always belongs to one of the physician's own days: today's,
 * or a past day named first (`/日志 12-03 诊疗10`, `/日志 昨天 …`) inside the log window
 * (`worklog-window.ts`); with two clinics that day they say which one.
 */

/** The speaker's local date. */
export function todayOf(ctx: Context): string {
  return localDate(ctx.now(), ctx.timeZone);
}

function namesOf(day: ServiceDayDetail): string[] {
  return [day.institution.name, ...day.institution.aliases.split('|').filter(Boolean)];
}

/** Whether a typed name names (all or part of) the clinic of a day. */
function namesClinicOf(day: ServiceDayDetail, token: string): boolean {
  return namesOf(day).some((name) => name === token || (token.length >= 2 && name.includes(token)));
}

/** The day the log is for, and the tokens left once the date and the clinic name (`@石门卫生院`) are taken out. */
export interface ChosenDay {
  day: ServiceDayDetail;
  tokens: string[];
}

/**
 * Picks the service day of a physician for `/日志`: of the date named first (`12-03`, `昨天`), else of
 * today; the only one, or the one whose clinic a token names (`@name`, or a clinic's exact name or
 * alias). A past day must be inside the log window.
 * @throws BotError NOT_FOUND when they have no day on that date or not at the named clinic; CONFLICT when
 * they served two clinics and named neither, or the day is outside the log window.
 */
export async function chooseLogDay(
  ctx: Context,
  physicianId: number,
  allTokens: readonly string[],
): Promise<ChosenDay> {
  const today = todayOf(ctx);
  const [first = '', ...afterDate] = allTokens;
  const named = parseLooseDate(first, today);
  const date = named ?? today;
  const tokens = named === undefined ? allTokens : afterDate;
  if (date > today) throw new BotError('CONFLICT', 'physician.worklog.window.FUTURE', { date });
  const chosen = await chooseDayOn(ctx, physicianId, date, tokens);
  await requireLogWindow(ctx, chosen.day);
  return chosen;
}

async function chooseDayOn(
  ctx: Context,
  physicianId: number,
  date: string,
  tokens: readonly string[],
): Promise<ChosenDay> {
  const days = await listServiceDaysOfPhysicianOn(ctx.db, physicianId, date);
  if (days.length === 0) {
    if (date === todayOf(ctx)) throw new BotError('NOT_FOUND', 'physician.worklog.noCheckIn');
    throw new BotError('NOT_FOUND', 'physician.worklog.noDayOn', { date });
  }
  // Only before the note: `备注 与@张院长 义诊` names no clinic.
  const noteAt = tokens.findIndex(startsWorkLogNote);
  const figures = noteAt === -1 ? tokens : tokens.slice(0, noteAt);
  const clinicTokens = figures.filter((t) => t.startsWith('@') || days.some((day) => namesOf(day).includes(t)));
  const rest = tokens.filter((t, index) => !(clinicTokens.includes(t) && (noteAt === -1 || index < noteAt)));
  const clinics = days.map((day) => day.institution.name).join('、');
  const [named] = clinicTokens;
  if (named !== undefined) {
    const clinic = named.replace(/^@/, '');
    const matches = days.filter((day) => namesClinicOf(day, clinic));
    const [only] = matches;
    if (matches.length === 1 && only) return { day: only, tokens: rest };
    throw new BotError('NOT_FOUND', 'physician.worklog.clinicNotToday', { clinic, clinics });
  }
  const [only, second] = days;
  if (only && !second) return { day: only, tokens: rest };
  throw new BotError('CONFLICT', 'physician.worklog.whichClinic', {
    clinics,
    example: days[0]?.institution.name ?? '',
  });
}

/**
 * The day a work-log button names (`value.serviceDayId`), if it is the presser's own — and, unless
 * `anyDate`, inside the log window (today, or a recent past day whose month's report is not submitted):
 * a card forwarded to someone else, or pressed too late, stores nothing.
 * @throws BotError NOT_FOUND for a malformed value or unknown day; FORBIDDEN for someone else's day;
 * CONFLICT for a day outside the log window.
 */
export async function ownDay(
  ctx: Context,
  physicianId: number,
  value: Readonly<Record<string, unknown>>,
  options: { anyDate?: boolean } = {},
): Promise<ServiceDayDetail> {
  const id = cardValueId(value, 'serviceDayId', 'worklog');
  const day = await findServiceDayDetailById(ctx.db, id);
  if (!day) throw new BotError('NOT_FOUND', 'core.staleAction');
  if (day.physicianId !== physicianId) throw new BotError('FORBIDDEN', 'physician.worklog.notYourDay');
  if (!options.anyDate) await requireLogWindow(ctx, day);
  return day;
}
