import { correctionRequestCard } from '../../cards/correction-request.js';
import type { CommandArgs, Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { listAssignmentsForPhysicianOverlapping } from '../db/queries/assignment-lists.js';
import type { AssignmentDetail } from '../db/queries/assignment-views.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { findInstitutionByNameOrAlias } from '../db/queries/institutions.js';
import { findPersonById } from '../db/queries/people.js';
import { findProgramById } from '../db/queries/programs.js';
import {
  countCorrectionsForPhysicianInMonth,
  findPendingCorrection,
  requestServiceDayCorrection,
} from '../db/queries/service-day-corrections.js';
import { findServiceDay } from '../db/queries/service-days.js';
import { lockPerson } from '../db/queries/row-locks.js';
import { inTransaction } from '../db/queries/transaction.js';
import type { Program } from '../generated/sqlite/client.js';
import { localDate, localParts } from '../time/local.js';
import { correctionApprovers } from './correction-approvers.js';
import { parseCorrectionInput } from './correction-input.js';
import { loadCorrection } from './correction-view.js';
import { requirePhysician, type SpeakingPhysician } from './require-physician.js';

/** Ledger purpose of the approval cards (one per correction and coordinator). */
const REQUEST_PURPOSE = 'correction.request';

/**
 * `/补卡 <日期> <受援单位> <原因>`: a physician asks to record a past day they forgot to check in. Refused
 * unless the date is past and inside the program, they were assigned to that clinic that day, the day
 * is not recorded or requested already, and the program's monthly limit is not reached. The limit counts
 * every request for days of that month (pending, approved and rejected), so asking again after a
 * rejection uses up another one. The request goes to the physician's coordinators as an approval card.
 */
export async function requestCorrection(ctx: Context, args: CommandArgs): Promise<void> {
  const physician = requirePhysician(ctx, '/补卡');
  const today = localDate(ctx.now(), ctx.timeZone);
  const input = parseCorrectionInput(args, today);
  const { serviceDate } = input;
  if (serviceDate >= today) {
    throw new BotError('CONFLICT', 'physician.oversight.correction.notPast', { date: serviceDate });
  }
  const assignment = await assignmentOn(ctx, physician, input.clinicName, serviceDate);
  const clinic = assignment.institution;
  const params = { date: serviceDate, clinic: clinic.name };
  const program = await findProgramById(ctx.db, assignment.programId);
  if (!program) throw new BotError('NOT_FOUND', 'physician.oversight.correction.noAssignment', params);
  requireWithinProgram(program, serviceDate);

  const correction = await inTransaction(ctx.db, async (tx) => {
    // The monthly count decides: requests of one physician are checked and written one at a time.
    await lockPerson(tx, physician.id);
    const day = await findServiceDay(tx, physician.id, clinic.id, serviceDate);
    if (day) {
      const time = localParts(day.checkInAt, ctx.timeZone).time;
      throw new BotError('CONFLICT', 'physician.oversight.correction.dayExists', { ...params, time });
    }
    if (await findPendingCorrection(tx, physician.id, clinic.id, serviceDate)) {
      throw new BotError('CONFLICT', 'physician.oversight.correction.alreadyRequested', params);
    }
    const month = serviceDate.slice(0, 7);
    const used = await countCorrectionsForPhysicianInMonth(tx, physician.id, program.id, month);
    if (used >= program.correctionsPerMonth) {
      throw new BotError('CONFLICT', 'physician.oversight.correction.limitReached', {
        month,
        limit: program.correctionsPerMonth,
        program: program.name,
      });
    }
    const at = ctx.now();
    const created = await requestServiceDayCorrection(tx, {
      programId: program.id,
      physicianId: physician.id,
      institutionId: clinic.id,
      serviceDate,
      reason: input.reason,
      at,
    });
    await appendAuditEntry(tx, {
      at,
      actorId: physician.id,
      action: 'correction.request',
      entity: 'ServiceDayCorrection',
      entityId: String(created.id),
      regionPath: clinic.regionPath,
      institutionId: clinic.id,
      supportingInstitutionId: ctx.actor.person?.homeInstitutionId ?? null,
      details: { serviceDate, reason: input.reason },
    });
    return created;
  });
  await sendForApproval(ctx, correction.id);
}

/**
 * The physician's assignment at the named clinic covering the date.
 * @throws BotError NOT_FOUND for an unknown clinic or no such assignment; CONFLICT when the name fits
 * several of their clinics.
 */
async function assignmentOn(
  ctx: Context,
  physician: SpeakingPhysician,
  clinicName: string,
  date: string,
): Promise<AssignmentDetail> {
  const clinics = await findInstitutionByNameOrAlias(ctx.db, clinicName);
  if (clinics.length === 0) {
    throw new BotError('NOT_FOUND', 'physician.oversight.correction.clinicNotFound', { text: clinicName });
  }
  const ids = new Set(clinics.map((c) => c.id));
  const covering = (await listAssignmentsForPhysicianOverlapping(ctx.db, physician.id, date, date)).filter((a) =>
    ids.has(a.institutionId),
  );
  const clinicsCovered = [...new Set(covering.map((a) => a.institution.name))];
  const [first] = covering;
  if (first && clinicsCovered.length === 1) return first;
  if (clinicsCovered.length > 1) {
    throw new BotError('CONFLICT', 'physician.oversight.correction.clinicAmbiguous', {
      text: clinicName,
      names: clinicsCovered.join('、'),
    });
  }
  const named = clinics.length === 1 && clinics[0] ? clinics[0].name : clinicName;
  throw new BotError('NOT_FOUND', 'physician.oversight.correction.noAssignment', { date, clinic: named });
}

/** @throws BotError CONFLICT when the date is outside the program's period. */
function requireWithinProgram(program: Program, date: string): void {
  if (date >= program.startDate && date <= program.endDate) return;
  throw new BotError('CONFLICT', 'physician.oversight.correction.outsideProgram', {
    date,
    program: program.name,
    from: program.startDate,
    to: program.endDate,
  });
}

/** Sends the approval card to the physician's coordinators and tells the physician where it went. */
async function sendForApproval(ctx: Context, correctionId: number): Promise<void> {
  const record = await loadCorrection(ctx.db, correctionId, ctx.locale, ctx.timeZone);
  if (!record) throw new BotError('INTERNAL', 'core.internalError');
  const { correction, clinic, view } = record;
  const physician = await findPersonById(ctx.db, correction.physicianId);
  const approvers = physician ? await correctionApprovers(ctx.db, physician, clinic) : [];
  const params = { date: correction.serviceDate, clinic: clinic.name };
  if (approvers.length === 0) {
    ctx.log.warn({ correctionId, physicianId: correction.physicianId }, 'correction has nobody to approve it');
    await ctx.reply(ctx.t('physician.oversight.correction.noApprover', params));
    return;
  }
  const card = correctionRequestCard(ctx.locale, view);
  for (const approver of approvers) {
    await ctx.notify({ personId: approver.id }, card, REQUEST_PURPOSE, String(correctionId));
  }
  await ctx.reply(
    ctx.t('physician.oversight.correction.requested', {
      ...params,
      approvers: approvers.map((a) => a.name).join('、'),
      month: correction.serviceDate.slice(0, 7),
      used: view.used,
      limit: view.limit,
    }),
  );
}
