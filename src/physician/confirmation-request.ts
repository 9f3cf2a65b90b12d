import type { ServiceDay } from '../generated/sqlite/client.js';
import type { Notifier } from '../core/create-context.js';
import { institutionRoleHolders } from '../db/queries/role-grants.js';
import { gatherForHead } from './confirmation-gathering.js';

/** Purpose of the notice to a physician whose clinic has no head (one per day). */
const NO_HEAD_PURPOSE = 'visit.noClinicHead';

/**
 * Asks the clinic heads of a service day's clinic to confirm the visit (受援单位日常考核): the day joins
 * each active CLINIC_HEAD's gathered confirmation card (`confirmation-gathering.ts`). Called after every
 * new check-in, with the day just written and its clinic; calling it again for the same day sends nothing
 * new. When the clinic has no head on record the physician is told their day awaits confirmation, and it
 * is logged.
 * @param ctx the event's Context, or a Notifier when there is no event.
 */
export async function requestClinicHeadConfirmation(
  ctx: Notifier,
  day: ServiceDay,
  clinic: { id: number; name: string },
): Promise<void> {
  const heads = await institutionRoleHolders(ctx.db, 'CLINIC_HEAD', clinic.id);
  const key = String(day.id);
  if (heads.length === 0) {
    ctx.log.warn(
      { serviceDayId: day.id, institutionId: clinic.id },
      'confirmation not requested: the clinic has no head',
    );
    const text = ctx.t('physician.oversight.confirm.noClinicHead', { clinic: clinic.name, date: day.serviceDate });
    await ctx.notify({ personId: day.physicianId }, text, NO_HEAD_PURPOSE, key);
    return;
  }
  for (const head of heads) await gatherForHead(ctx, head.id, day.id);
}
