import { createHash } from 'node:crypto';
import { deadlineGroupNoticeCard, type DeadlineItem, type DeadlineLevel } from '../../cards/deadline-group-notice.js';
import type { Notifier } from '../core/create-context.js';
import { listOpenObligationsDueBy, listProgramDeadlinesInScope } from '../db/queries/deadline-notices.js';
import type { SubscriptionView } from '../db/queries/groups.js';
import type { ViewScope } from '../permissions/view-scope.js';
import { addDays } from '../time/local.js';
import { subscriptionScopeLabel } from './subscription-labels.js';

/**
 * Deadline notices to coordinator groups: reports not submitted that are due within 3 days or overdue,
 * and program milestones due within 3 days, in the subscription's scope.
 */

/** The ledger purpose of the notice. */
export const DEADLINE_NOTICE_PURPOSE = 'broadcast.deadlines';

/** How many days ahead an item is announced. */
const DAYS_AHEAD = 3;

/**
 * What a deadline subscription covers, as a coordinator view: a region's subtree, a supporting
 * hospital's own reports, or (neither, an administrator's) everything.
 */
export function subscriptionViewScope(subscription: SubscriptionView): ViewScope {
  const none: ViewScope = { all: false, regionPaths: [], supportingInstitutionIds: [], within: {} };
  if (subscription.region) return { ...none, regionPaths: [subscription.region.path] };
  if (subscription.institutionId !== null) return { ...none, supportingInstitutionIds: [subscription.institutionId] };
  return { ...none, all: true };
}

function levelOf(dueDate: string, today: string): DeadlineLevel {
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  return dueDate === addDays(today, 1) ? 'tomorrow' : 'soon';
}

/** The items of a subscription on `today`: overdue first, then by due date. */
export async function deadlineItems(
  sender: Notifier,
  subscription: SubscriptionView,
  today: string,
): Promise<DeadlineItem[]> {
  const scope = subscriptionViewScope(subscription);
  const last = addDays(today, DAYS_AHEAD);
  const [obligations, milestones] = [
    await listOpenObligationsDueBy(sender.db, last, scope),
    await listProgramDeadlinesInScope(sender.db, today, last, scope),
  ];
  const items: DeadlineItem[] = [
    ...obligations.map((o) => ({
      title: sender.t(`scheduler.broadcast.deadline.kind.${o.kind}`, { period: o.period }),
      owner: o.institution.name,
      dueDate: o.dueDate,
      level: levelOf(o.dueDate, today),
    })),
    ...milestones.map((d) => ({ title: d.title, dueDate: d.dueDate, level: levelOf(d.dueDate, today) })),
  ];
  return items.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/**
 * Queues the day's notice to a subscription's group when there is something to tell. Keyed by the list
 * itself (items and their levels), so the group hears again only when something new comes up or an item
 * moves a level (3 days → tomorrow → today → overdue), never the same list twice.
 */
export async function sendDeadlineNotice(
  sender: Notifier,
  subscription: SubscriptionView,
  today: string,
): Promise<void> {
  const items = await deadlineItems(sender, subscription, today);
  if (items.length === 0) return;
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(items.map((i) => [i.title, i.owner ?? '', i.dueDate, i.level])))
    .digest('base64url')
    .slice(0, 16);
  const card = deadlineGroupNoticeCard(sender.locale, {
    scope: subscriptionScopeLabel(sender, subscription),
    today,
    items,
  });
  await sender.notify(
    { chatId: subscription.group.chatId, platform: subscription.group.platform },
    card,
    DEADLINE_NOTICE_PURPOSE,
    `${subscription.id}:${fingerprint}`,
  );
}
