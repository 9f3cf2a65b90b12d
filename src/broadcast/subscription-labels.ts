import type { SubscriptionView } from '../db/queries/groups.js';

/** What labels need: the locale's texts. */
interface Translator {
  t(key: string, params?: Record<string, string | number>): string;
}

/** The scope of a subscription by name: the institution, the region, or 全部. */
export function subscriptionScopeLabel(i18n: Translator, subscription: SubscriptionView): string {
  return subscription.institution?.name ?? subscription.region?.name ?? i18n.t('scheduler.broadcast.scopeAll');
}

/** A subscription as replies list it: `每周专家坐诊安排（漳平市灵地乡卫生院）`. */
export function subscriptionLabel(i18n: Translator, subscription: SubscriptionView): string {
  return i18n.t('scheduler.broadcast.subscriptionLabel', {
    topic: i18n.t(`scheduler.broadcast.topic.${subscription.topic}`),
    scope: subscriptionScopeLabel(i18n, subscription),
  });
}

/** A group's subscriptions as a reply lists them, or the hint that there are none. */
export function subscriptionListText(i18n: Translator, subscriptions: readonly SubscriptionView[]): string {
  if (subscriptions.length === 0) return i18n.t('scheduler.broadcast.listEmpty');
  const lines = subscriptions.map((s) =>
    i18n.t('scheduler.broadcast.line', { subscription: subscriptionLabel(i18n, s) }),
  );
  return i18n.t('scheduler.broadcast.list', { lines: lines.join('\n') });
}
