import { auditLogCard, type AuditLine } from '../../cards/audit-log.js';
import type { Card } from '../core/card.js';
import type { Context } from '../core/context.js';
import {
  listAuditEntriesInScope,
  type AuditCursor,
  type AuditEntryView,
  type AuditNames,
} from '../db/queries/audit-views.js';
import { localParts } from '../time/local.js';
import { auditDetailWords } from './audit-details.js';
import { resolveCoordinatorQuery } from './coordinator-query.js';

/** Entries a page of `/审计` shows. */
export const AUDIT_PAGE_SIZE = 20;

/**
 * One page of `/审计` for what the caller typed (`tokens`), older than `before` when paging back: the
 * entries in their scope and their own actions, details in words. The
 * tokens travel in the `更早` button and are resolved again on every press, so the scope is re-checked
 * against whoever presses it, never taken from the card.
 */
export async function auditPageCard(ctx: Context, tokens: readonly string[], before?: AuditCursor): Promise<Card> {
  const query = await resolveCoordinatorQuery(ctx, tokens);
  const { entries, names } = await listAuditEntriesInScope(ctx.db, query.scope, {
    limit: AUDIT_PAGE_SIZE,
    ...(before ? { before } : {}),
    ...(ctx.actor.person ? { actorId: ctx.actor.person.id } : {}),
  });
  const last = entries.at(-1);
  return auditLogCard(ctx.locale, {
    scopeLabel: query.scopeLabel,
    lines: entries.map((entry) => auditLine(ctx, entry, names)),
    older: before !== undefined,
    more:
      last && entries.length === AUDIT_PAGE_SIZE
        ? { before: last.at.toISOString(), beforeId: last.id, q: tokens.join(' ') }
        : null,
  });
}

function auditLine(ctx: Context, entry: AuditEntryView, names: AuditNames): AuditLine {
  const { date, time } = localParts(entry.at, ctx.timeZone);
  return {
    at: `${date} ${time}`,
    actor: entry.actorName,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    detail: auditDetailWords(ctx, entry, names),
  };
}
