import { overdueListTitle } from '../../cards/overdue.js';
import { overdueReminderCard } from '../../cards/overdue-reminder.js';
import type { Context } from '../core/context.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { existingOutboundKeys } from '../db/queries/overdue-sources.js';
import { idempotencyKey } from '../delivery/ledger.js';
import type { ViewScope } from '../permissions/view-scope.js';
import { localDate } from '../time/local.js';
import type { CoordinatorQuery } from './coordinator-query.js';
import type { Db } from '../db/client.js';
import { computeOverdueLists, OVERDUE_REASONS, type OverdueLists, type OverdueReason } from './overdue-lists.js';
import { reminderTargets, type ReminderTarget } from './overdue-targets.js';

/**
 * Sends one list's 催办: recomputes the list now, reminds each person still on it through the delivery
 * ledger at most once a day per reason (the notice key is `<reason>:<date>`, the ledger adds the
 * recipient), tells the coordinator how many were reminded and skipped, and audits the press.
 */
export async function sendOverdueReminders(
  ctx: Context,
  query: CoordinatorQuery,
  reason: OverdueReason,
): Promise<void> {
  const today = localDate(ctx.now(), ctx.timeZone);
  const lists = await computeOverdueLists(ctx.db, query, today);
  const { targets, fresh, purpose, key, ledgerKey } = await pendingReminders(
    ctx.db,
    reason,
    lists,
    ctx.actor.person?.name ?? null,
  );
  for (const target of fresh) {
    await ctx.notify({ personId: target.personId }, overdueReminderCard(ctx.locale, target.view), purpose, key);
  }
  // A person without a chat account on this platform gets nothing queued: found by the missing key.
  const queued = await existingOutboundKeys(ctx.db, fresh.map(ledgerKey));
  const sent = fresh.filter((target) => queued.has(ledgerKey(target)));
  const unreachable = fresh.filter((target) => !queued.has(ledgerKey(target)));
  await appendAuditEntry(ctx.db, {
    at: ctx.now(),
    actorId: ctx.actor.person?.id ?? null,
    action: 'reminder.sent',
    entity: 'Reminder',
    entityId: key,
    ...auditPlace(query.scope),
    details: {
      reason,
      month: query.month,
      count: sent.length,
      personIds: sent.map((t) => t.personId),
      skipped: targets.length - fresh.length,
      unreachable: unreachable.map((t) => t.personId),
    },
  });
  await ctx.reply(replyText(ctx, reason, targets.length, sent.length, unreachable));
}

/** Who a list's 催办 would remind now: every target, and those not yet reminded today (`fresh`). */
async function pendingReminders(db: Db, reason: OverdueReason, lists: OverdueLists, by: string | null) {
  const targets = await reminderTargets(db, reason, lists, by);
  const purpose = `remind.${reason}`;
  const key = `${reason}:${lists.today}`;
  const ledgerKey = (target: ReminderTarget) => idempotencyKey('ntf', purpose, key, `p${target.personId}`);
  const already = await existingOutboundKeys(db, targets.map(ledgerKey));
  const fresh = targets.filter((target) => !already.has(ledgerKey(target)));
  return { targets, fresh, purpose, key, ledgerKey };
}

/** How many people each list's 催办 reaches now: the count its button shows. */
export async function reminderReach(db: Db, lists: OverdueLists): Promise<Record<OverdueReason, number>> {
  const counts = await Promise.all(
    OVERDUE_REASONS.map(async (reason) => (await pendingReminders(db, reason, lists, null)).fresh.length),
  );
  return Object.fromEntries(OVERDUE_REASONS.map((reason, i) => [reason, counts[i] ?? 0])) as Record<
    OverdueReason,
    number
  >;
}

function replyText(
  ctx: Context,
  reason: OverdueReason,
  total: number,
  sent: number,
  unreachable: readonly ReminderTarget[],
): string {
  const title = overdueListTitle(ctx.locale, reason);
  if (total === 0) return ctx.t('coordinator.overdue.remind.nothing', { title });
  const done = ctx.t('coordinator.overdue.remind.done', { title, sent, skipped: total - sent - unreachable.length });
  if (unreachable.length === 0) return done;
  const names = unreachable.map((t) => t.name).join('、');
  return `${done}\n${ctx.t('coordinator.overdue.remind.unreachable', { count: unreachable.length, names })}`;
}

/**
 * Where the audit entry belongs, so `/审计` shows it in the scope it was sent from: the named region or
 * institution, else the coordinator's one region or one hospital.
 */
function auditPlace(scope: ViewScope): { regionPath: string | null; institutionId: number | null } {
  const { within } = scope;
  const [onlyRegion] = scope.regionPaths.length === 1 ? scope.regionPaths : [];
  const [onlyHospital] = scope.supportingInstitutionIds.length === 1 ? scope.supportingInstitutionIds : [];
  return {
    regionPath: within.regionPath ?? onlyRegion ?? null,
    institutionId: within.supportingInstitutionId ?? within.recipientInstitutionId ?? onlyHospital ?? null,
  };
}
