import type { CommandArgs, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { findPhysiciansByName } from '../db/queries/assignment-lookups.js';
import { findPersonById, type PersonWithHome } from '../db/queries/people.js';
import { oneMentionAndWords, registeredPersonOf } from '../identity/command-input.js';
import { canReadServiceRecord } from '../permissions/service-record.js';
import { localDate } from '../time/local.js';
import { periodOfWord, type RecordPeriod } from './record-period.js';

/**
 * What `/我的记录` is asked: whose record (the speaker, or a physician a coordinator names by @-mention or
 * name), which period (a year, default this one, or 全部), and whether as a file (`导出`). Who may read
 * whose record is checked here, before anything of the record is read.
 */
export interface RecordRequest {
  subject: PersonWithHome;
  period: RecordPeriod;
  exported: boolean;
}

const EXPORT_WORDS = new Set(['导出', 'export', '下载']);

/**
 * Reads the request from a command's arguments.
 * @throws BotError BAD_ARGUMENTS (two periods, several names), NOT_FOUND (nobody of that name),
 *   OUT_OF_SCOPE (a record the speaker may not read), FORBIDDEN (no record of their own to read).
 */
export async function readRecordRequest(ctx: Context, args: CommandArgs): Promise<RecordRequest> {
  const mentioned = args.mentions.length > 0 ? oneMentionAndWords(args) : undefined;
  const words = mentioned?.words ?? args.tokens.map((token) => token.replace(/^@/, ''));
  let period: RecordPeriod | undefined;
  let exported = false;
  const names: string[] = [];
  for (const word of words) {
    const named = periodOfWord(word);
    if (EXPORT_WORDS.has(word.toLowerCase())) exported = true;
    else if (named === undefined) names.push(word);
    else if (period === undefined) period = named;
    else throw badArguments('serviceRecord.twoPeriods');
  }
  if (names.length > 1) throw badArguments('serviceRecord.oneName', { names: names.join(' ') });
  const subject = mentioned
    ? await registeredPersonOf(ctx, mentioned.mention)
    : names[0] === undefined
      ? await speaker(ctx)
      : await physicianNamed(ctx, names[0]);
  requireReadable(ctx, subject);
  const thisYear = Number(localDate(ctx.now(), ctx.timeZone).slice(0, 4));
  return { subject, period: period ?? { kind: 'year', year: thisYear }, exported };
}

/**
 * Refuses a record the speaker may not read, naming only what they asked.
 * @throws BotError OUT_OF_SCOPE (`serviceRecord.outOfScope`).
 */
export function requireReadable(ctx: Context, subject: PersonWithHome): void {
  if (!canReadServiceRecord(ctx.actor, { personId: subject.id, home: subject.homeInstitution })) {
    throw new BotError('OUT_OF_SCOPE', 'serviceRecord.outOfScope', { name: subject.name });
  }
}

async function speaker(ctx: Context): Promise<PersonWithHome> {
  const person = ctx.actor.person && (await findPersonById(ctx.db, ctx.actor.person.id));
  if (!person) throw new BotError('FORBIDDEN', 'serviceRecord.whose');
  return person;
}

/** The one physician of this name the speaker may read; others of the name stay unmentioned. */
async function physicianNamed(ctx: Context, name: string): Promise<PersonWithHome> {
  const found = await findPhysiciansByName(ctx.db, name);
  const readable = found.filter((p) => canReadServiceRecord(ctx.actor, { personId: p.id, home: p.homeInstitution }));
  const [only] = readable;
  if (only === undefined) {
    if (found.length > 0) throw new BotError('OUT_OF_SCOPE', 'serviceRecord.outOfScope', { name });
    throw new BotError('NOT_FOUND', 'serviceRecord.unknownPhysician', { name });
  }
  if (readable.length > 1) {
    const candidates = readable
      .map((p) => ctx.t('coordinator.assign.candidate', { name: p.name, home: p.homeInstitution?.name ?? '' }))
      .join('、');
    throw badArguments('serviceRecord.ambiguous', { name, candidates });
  }
  return only;
}
