import { confirmVisitCard } from '../../cards/confirm-visit.js';
import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { answeringRefusals } from '../core/query-refusals.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { gatheringsOfDay, touchGathering } from '../db/queries/confirmation-gatherings.js';
import { appendConfirmationUnlessRepeated } from '../db/queries/service-day-confirmations.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { inTransaction } from '../db/queries/transaction.js';
import { isClinicHeadOf } from '../permissions/clinic-head.js';
import { cardValueId } from './card-value-id.js';
import { showGathering } from './confirmation-gathering.js';
import { loadVisit } from './visit-view.js';
import { nextState, stateOf } from '../records/service-day-state.js';
import { localDate } from '../time/local.js';

/** The clinic head's verdict on a visit. */
export type VisitVerdict = 'CONFIRMED' | 'DISPUTED';

/** Longest note kept with a dispute; the card and the notice must stay small. */
const NOTE_MAX_CHARS = 200;

/** The optional note of a dispute form, trimmed and capped. */
function noteOf(formValue: Record<string, unknown> | undefined): string {
  const raw = formValue?.note;
  return typeof raw === 'string' ? raw.trim().slice(0, NOTE_MAX_CHARS) : '';
}

/**
 * A clinic head confirms or disputes a visit from the confirmation card. Only a current clinic head of
 * the day's clinic may decide; the decision is appended (history kept, the day's status follows the
 * latest), the card is updated in place — every gathered card showing the day, and the pressed card when
 * it is one from before arrivals were gathered — and the physician is told. Pressing the same verdict with the
 * same note again records nothing new.
 * @throws BotError NOT_FOUND for a stale or forged card, FORBIDDEN for anyone else, CONFLICT for a 补卡
 * day (无需确认: the state model allows no confirmation of it).
 */
export async function decideVisit(
  ctx: Context,
  verdict: VisitVerdict,
  value: Record<string, unknown>,
  formValue: Record<string, unknown> | undefined,
): Promise<void> {
  const action = verdict === 'CONFIRMED' ? 'visit.confirm' : 'visit.dispute';
  const serviceDayId = cardValueId(value, 'serviceDayId', action);
  const before = await loadVisit(ctx.db, serviceDayId, ctx.locale, ctx.timeZone);
  if (!before) throw new BotError('NOT_FOUND', 'core.staleAction', { action });
  const { clinic, day } = before;
  const head = ctx.actor.person;
  if (!head || !isClinicHeadOf(ctx.actor, clinic.id)) {
    throw new BotError('FORBIDDEN', 'physician.oversight.confirm.notClinicHead', { clinic: clinic.name });
  }
  const today = localDate(ctx.now(), ctx.timeZone);
  if (!nextState(stateOf(day, today), { kind: verdict === 'CONFIRMED' ? 'CONFIRM' : 'DISPUTE' }).ok) {
    throw new BotError('CONFLICT', 'physician.oversight.confirm.notOwed', {
      date: day.serviceDate,
      clinic: clinic.name,
    });
  }
  const note = verdict === 'DISPUTED' ? noteOf(formValue) : '';
  const at = ctx.now();
  // Decided in the database: of two presses at once, one appends (with its audit entry), the other is a repeat.
  const appended = await inTransaction(ctx.db, async (tx) => {
    const added = await answeringRefusals(
      appendConfirmationUnlessRepeated(tx, { serviceDayId, status: verdict, byId: head.id, note, at }),
    );
    if (added) {
      await appendAuditEntry(tx, {
        at,
        ...auditActorOf(ctx),
        action,
        entity: 'ServiceDay',
        entityId: String(serviceDayId),
        regionPath: clinic.regionPath,
        institutionId: clinic.id,
        supportingInstitutionId: before.physicianHomeId,
        details: { verdict, note, previous: day.confirmationStatus },
      });
    }
    return added;
  });
  const repeated = !appended;
  const after = (await loadVisit(ctx.db, serviceDayId, ctx.locale, ctx.timeZone)) ?? before;
  const gatherings = await gatheringsOfDay(ctx.db, serviceDayId);
  // A card from before arrivals were gathered (or a forged gathering) is updated as the one day it shows.
  if (!gatherings.includes(Number(value.gatheringId))) await ctx.updateCard(confirmVisitCard(ctx.locale, after.view));
  for (const gatheringId of gatherings) {
    if (appended) await touchGathering(ctx.db, gatheringId);
    await showGathering(ctx, gatheringId);
  }
  if (repeated) return;
  const notice = ctx.t(`physician.oversight.confirm.physicianNotice${verdict}`, {
    clinic: clinic.name,
    by: head.name,
    date: day.serviceDate,
    note: note ? ctx.t('physician.oversight.confirm.decisionNote', { note }) : '',
  });
  // One notice per decision: the key counts the decisions, so a change of mind is told too.
  await ctx.notify({ personId: day.physicianId }, notice, 'visit.decision', `${day.id}:${after.view.decisions.length}`);
}
