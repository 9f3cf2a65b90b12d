import { spotCheckOutcomeCard } from '../../cards/spot-check-outcome.js';
import { badArguments } from '../core/bad-arguments.js';
import { t } from '../core/card-text.js';
import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { institutionRoleHolders } from '../db/queries/role-grants.js';
import { appendServiceDayConfirmation } from '../db/queries/service-day-confirmations.js';
import { findSampledVisit, findSpotCheckDraw, recordSpotCheckOutcome } from '../db/queries/spot-checks.js';
import { wakeDispatchers } from '../delivery/ledger.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { canRecordSpotCheck } from '../permissions/spot-check.js';
import { cardValueId } from '../physician/card-value-id.js';
import { nextState, stateOf } from '../records/service-day-state.js';
import { localDate } from '../time/local.js';
import { drawCardBuilder } from './draw-card.js';
import { isFailedSpotCheck, parseSpotCheckOutcome } from './spot-check-outcome.js';

const ACTION = 'spotCheck.record';
/** Longest note kept with an outcome; the card and the notice must stay small. */
const NOTE_MAX_CHARS = 200;

const textOf = (form: Record<string, unknown> | undefined, field: string): string => {
  const raw = form?.[field];
  return typeof raw === 'string' ? raw.trim() : '';
};

/**
 * The inspector records what they found at one visit of their draw (value `{ seed, plannedDateId }`,
 * form `{ outcome, note }`). Only the inspector who drew it or a region coordinator of the clinic's
 * region may. The outcome is stored once per sampled visit (a second press changes nothing). A failed
 * check (不在岗 / 已离开) of a recorded day goes through the state model's SPOT_CHECK transition: the day
 * becomes 有异议 (appended as a confirmation, so history is kept) and 抽查不符 (the outcome row, which the
 * state model reads), and the physician's hospital coordinators are told. Nobody else is. The draw card
 * is updated in place: the visit's form gives way to its outcome (`draw-card.ts`).
 * @throws BotError NOT_FOUND for a stale or forged card, FORBIDDEN for anyone else, BAD_ARGUMENTS for an
 * outcome word it does not know.
 */
export async function recordSpotCheck(
  ctx: Context,
  value: Record<string, unknown>,
  formValue: Record<string, unknown> | undefined,
): Promise<void> {
  const plannedDateId = cardValueId(value, 'plannedDateId', ACTION);
  const seed = typeof value.seed === 'string' ? value.seed : '';
  const draw = await findSpotCheckDraw(ctx.db, seed);
  const visit = draw?.sampled.includes(plannedDateId) ? await findSampledVisit(ctx.db, plannedDateId) : null;
  if (!draw || !visit) throw new BotError('NOT_FOUND', 'core.staleAction', { action: ACTION });
  const { planned, serviceDay } = visit;
  const { institution: clinic, physician } = planned.assignment;
  const inspector = ctx.actor.person;
  if (!inspector || !canRecordSpotCheck(ctx.actor, draw.drawnById, clinic.regionPath)) {
    throw new BotError('FORBIDDEN', 'spotCheck.record.forbidden', { clinic: clinic.name });
  }
  const outcome = parseSpotCheckOutcome(textOf(formValue, 'outcome'));
  if (!outcome) throw badArguments('spotCheck.record.badOutcome', { word: textOf(formValue, 'outcome') });
  const note = textOf(formValue, 'note').slice(0, NOTE_MAX_CHARS);
  const failed = isFailedSpotCheck(outcome);
  const at = ctx.now();
  const today = localDate(at, ctx.timeZone);
  // The state model decides what the check does to the day: a failed one of a recorded day owing
  // confirmation makes it 有异议; a day never recorded (PLANNED) or a 补卡 day keeps its state.
  const transition = serviceDay ? nextState(stateOf(serviceDay, today), { kind: 'SPOT_CHECK', passed: !failed }) : null;
  const disputedDay =
    failed && transition?.ok === true && transition.state.confirmation === 'DISPUTED' ? serviceDay : null;
  const outcomeWord = ctx.t(`spotCheck.outcome.${outcome}`);
  const shown = { clinic: clinic.name, physician: physician.name, date: planned.date, outcome: outcomeWord, note };
  // The draw card is updated in place; a draw that did not keep its sample gets the outcome on its own card.
  const drawCard = await drawCardBuilder(ctx, seed, draw);
  const stored = await recordSpotCheckOutcome(
    ctx.db,
    draw,
    {
      seed,
      plannedDateId,
      serviceDayId: serviceDay?.id ?? null,
      inspectorId: inspector.id,
      institutionId: clinic.id,
      regionPath: clinic.regionPath,
      serviceDate: planned.date,
      outcome,
      note,
      at,
    },
    async (tx) => {
      if (disputedDay) {
        const disputeNote = ctx.t('spotCheck.record.disputeNote', { outcome: outcomeWord, note });
        await appendServiceDayConfirmation(tx, {
          serviceDayId: disputedDay.id,
          status: 'DISPUTED',
          byId: inspector.id,
          note: disputeNote,
          at,
        });
      }
      await appendAuditEntry(tx, {
        at,
        ...auditActorOf(ctx),
        action: ACTION,
        entity: 'SpotCheck',
        entityId: seed,
        regionPath: clinic.regionPath,
        institutionId: clinic.id,
        supportingInstitutionId: physician.homeInstitutionId,
        details: { plannedDateId, serviceDayId: serviceDay?.id ?? null, outcome, note, disputed: disputedDay !== null },
      });
      // Queued while the draw is locked: of two presses at once, the one that waited (and is refused, or
      // records another visit) queues its card after this one, and the dispatcher sends a chat's
      // messages in order — so the card left showing is the last press's, with every outcome on it.
      const recorded = failed
        ? t(ctx.locale, 'spotCheck.record.recordedFailed', {
            ...shown,
            day: ctx.t(disputedDay ? 'spotCheck.record.nowDisputed' : 'spotCheck.record.noDay'),
          })
        : t(ctx.locale, 'spotCheck.record.recorded', shown);
      if (drawCard) await ctx.updateCard(await drawCard(tx, recorded), tx);
    },
  );
  if (!drawCard) await ctx.replyCard(spotCheckOutcomeCard(ctx.locale, { ...shown, repeated: !stored, failed }));
  else if (stored) wakeDispatchers('reply');
  else await ctx.updateCard(await drawCard(ctx.db, t(ctx.locale, 'spotCheck.record.repeated', shown)));
  if (!stored || !failed || physician.homeInstitutionId === null) return;
  const notice = ctx.t('spotCheck.record.hospitalNotice', {
    ...shown,
    note: note ? ctx.t('spotCheck.record.noticeNote', { note }) : '',
    recorded: ctx.t(disputedDay ? 'spotCheck.record.dayDisputed' : 'spotCheck.record.dayKept'),
  });
  const coordinators = await institutionRoleHolders(ctx.db, 'HOSPITAL_COORDINATOR', physician.homeInstitutionId);
  for (const coordinator of coordinators) {
    await ctx.notify({ personId: coordinator.id }, notice, 'spotCheck.failed', `${seed}:${plannedDateId}`);
  }
}
