import type { Context } from '../core/context.js';
import type { DbOrTx } from '../db/client.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import type { findSurveyItem } from '../db/queries/survey.js';
import { auditActorOf } from '../identity/audit-actor.js';

type SurveyItem = NonNullable<Awaited<ReturnType<typeof findSurveyItem>>>;

/**
 * The audit entry of an answer or a call about one sampled day, written in the same transaction as the
 * row it records: filed under the sample (year and scope) and the clinic's region, so a bureau's `/审计`
 * shows it.
 */
export async function auditSurveyItem(
  tx: DbOrTx,
  ctx: Context,
  entry: { action: string; at: Date; item: SurveyItem; details: Record<string, unknown> },
): Promise<void> {
  const { item } = entry;
  await appendAuditEntry(tx, {
    at: entry.at,
    ...auditActorOf(ctx),
    action: entry.action,
    entity: 'SurveySample',
    entityId: `${item.sample.year}:${item.sample.scopeKey}`,
    regionPath: item.regionPath,
    institutionId: item.institutionId,
    details: { itemId: item.id, position: item.position, ...entry.details },
  });
}
