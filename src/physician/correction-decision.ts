import { correctionRequestCard } from '../../cards/correction-request.js';
import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { answeringRefusals } from '../core/query-refusals.js';
import { listAssignmentsForPhysicianOverlapping } from '../db/queries/assignment-lists.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { decideServiceDayCorrection, type CorrectionDecision } from '../db/queries/service-day-corrections.js';
import { inTransaction } from '../db/queries/transaction.js';
import { canDecideCorrection } from '../permissions/corrections.js';
import { zonedInstant } from '../time/local.js';
import { cardValueId } from './card-value-id.js';
import { loadCorrection, type CorrectionRecord } from './correction-view.js';

/** A coordinator's verdict on a correction. */
export type CorrectionVerdict = 'APPROVED' | 'REJECTED';

/** Longest decision note kept. */
const NOTE_MAX_CHARS = 200;

/**
 * A coordinator approves or rejects a correction from its card. Only a coordinator who manages the
 * physician may decide. The decision is appended to the request (never editing any day); an approval
 * creates a new service day pointing back to the request: 已补卡 in the state model, a complete day that
 * owes no clinic-head confirmation and is chased by no overdue list. The card is updated in place, the
 * physician told, the decision audited.
 * @throws BotError NOT_FOUND for a stale or forged card, FORBIDDEN for anyone else, CONFLICT when the
 * day was recorded meanwhile (nothing changes; the request can still be rejected).
 */
export async function decideCorrection(
  ctx: Context,
  verdict: CorrectionVerdict,
  value: Record<string, unknown>,
  formValue: Record<string, unknown> | undefined,
): Promise<void> {
  const action = verdict === 'APPROVED' ? 'correction.approve' : 'correction.reject';
  const correctionId = cardValueId(value, 'correctionId', action);
  const record = await loadCorrection(ctx.db, correctionId, ctx.locale, ctx.timeZone);
  if (!record) throw new BotError('NOT_FOUND', 'core.staleAction', { action });
  const { physician, clinic, correction } = record;
  const decider = ctx.actor.person;
  const home = physician.homeInstitution;
  if (!decider || !canDecideCorrection(ctx.actor, { home, clinic })) {
    throw new BotError('FORBIDDEN', 'physician.oversight.correction.notApprover', { physician: physician.name });
  }
  const raw = formValue?.note;
  const note = verdict === 'REJECTED' && typeof raw === 'string' ? raw.trim().slice(0, NOTE_MAX_CHARS) : '';
  const at = ctx.now();
  const decision = await decisionFor(ctx, record, verdict);
  const outcome = await inTransaction(ctx.db, async (tx) => {
    const result = await answeringRefusals(
      decideServiceDayCorrection(tx, correctionId, decision, { decidedById: decider.id, at, note }),
    );
    if (result.outcome === 'APPROVED' || result.outcome === 'REJECTED') {
      await appendAuditEntry(tx, {
        at,
        actorId: decider.id,
        action,
        entity: 'ServiceDayCorrection',
        entityId: String(correctionId),
        regionPath: clinic.regionPath,
        institutionId: clinic.id,
        supportingInstitutionId: physician.homeInstitutionId,
        details: { verdict, note, ...(result.outcome === 'APPROVED' ? { serviceDayId: result.day.id } : {}) },
      });
    }
    return result;
  });
  const params = { physician: physician.name, date: correction.serviceDate, clinic: clinic.name };
  if (outcome.outcome === 'DAY_EXISTS') {
    throw new BotError('CONFLICT', 'physician.oversight.correction.dayExistsOnApprove', params);
  }
  const decided = (await loadCorrection(ctx.db, correctionId, ctx.locale, ctx.timeZone)) ?? record;
  await ctx.updateCard(correctionRequestCard(ctx.locale, decided.view));
  if (outcome.outcome === 'ALREADY_DECIDED') {
    await ctx.reply(ctx.t('physician.oversight.correction.alreadyDecided'));
    return;
  }
  await tellPhysician(ctx, verdict, outcome.correction, { ...params, by: decider.name, note });
}

/**
 * The decision to store. An approved day is recorded at the opening of the program's check-in window:
 * the real time is unknown, and this keeps the day inside the window every count expects.
 */
async function decisionFor(
  ctx: Context,
  record: CorrectionRecord,
  verdict: CorrectionVerdict,
): Promise<CorrectionDecision> {
  if (verdict === 'REJECTED') return { status: 'REJECTED' };
  const { correction, program } = record;
  const date = correction.serviceDate;
  const assignments = await listAssignmentsForPhysicianOverlapping(ctx.db, correction.physicianId, date, date, {
    programId: correction.programId,
  });
  const assignment = assignments.find((a) => a.institutionId === correction.institutionId);
  return {
    status: 'APPROVED',
    checkInAt: zonedInstant(date, program.checkInWindowStart, ctx.timeZone),
    assignmentId: assignment?.id ?? null,
  };
}

/** The physician's notice of an approval or a rejection. */
async function tellPhysician(
  ctx: Context,
  verdict: CorrectionVerdict,
  correction: { id: number; physicianId: number },
  params: { date: string; clinic: string; by: string; note: string },
): Promise<void> {
  const note = params.note ? ctx.t('physician.oversight.confirm.decisionNote', { note: params.note }) : '';
  const text = ctx.t(`physician.oversight.correction.physicianNotice${verdict}`, { ...params, note });
  await ctx.notify({ personId: correction.physicianId }, text, 'correction.decision', String(correction.id));
}
