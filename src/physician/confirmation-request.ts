import { confirmVisitCard } from '../../cards/confirm-visit.js';
import type { Notifier } from '../core/create-context.js';
import { institutionRoleHolders } from '../db/queries/role-grants.js';
import { loadVisit } from './visit-view.js';

/** Purposes of the confirmation notices (ledger idempotency: one per day and recipient). */
export const CONFIRMATION_PURPOSE = 'visit.confirm';
const NO_HEAD_PURPOSE = 'visit.noClinicHead';

/**
 * Asks the clinic heads of a service day's clinic to confirm the visit (受援单位日常考核): each active
 * CLINIC_HEAD of the institution gets the confirmation card. Called after every new check-in (and
 * approved correction); calling it again for the same day sends nothing new. When the clinic has no
 * head on record the physician is told their day awaits confirmation, and it is logged.
 * @param ctx the event's Context, or a Notifier when there is no event.
 */
export async function requestClinicHeadConfirmation(ctx: Notifier, serviceDayId: number): Promise<void> {
  const visit = await loadVisit(ctx.db, serviceDayId, ctx.locale, ctx.timeZone);
  if (!visit) {
    ctx.log.warn({ serviceDayId }, 'confirmation not requested: unknown service day');
    return;
  }
  const { day, clinic, view } = visit;
  const heads = await institutionRoleHolders(ctx.db, 'CLINIC_HEAD', clinic.id);
  const key = String(day.id);
  if (heads.length === 0) {
    ctx.log.warn({ serviceDayId, institutionId: clinic.id }, 'confirmation not requested: the clinic has no head');
    const text = ctx.t('physician.oversight.confirm.noClinicHead', { clinic: clinic.name, date: day.serviceDate });
    await ctx.notify({ personId: day.physicianId }, text, NO_HEAD_PURPOSE, key);
    return;
  }
  const card = confirmVisitCard(ctx.locale, view);
  for (const head of heads) await ctx.notify({ personId: head.id }, card, CONFIRMATION_PURPOSE, key);
}
