import type { AuditLog, Prisma } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { DbOrTx } from '../client.js';
import { auditEntryInScope } from './view-scope-where.js';

/** An audit entry with the names a reader needs (the log stores ids only). */
export interface AuditEntryView extends AuditLog {
  actorName: string | null;
  institutionName: string | null;
}

/** Where a page of entries starts: strictly older than this entry (instant, then id for equal instants). */
export interface AuditCursor {
  at: Date;
  id: number;
}

function olderThan(cursor: AuditCursor): Prisma.AuditLogWhereInput {
  return { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] };
}

/** The latest entries in a scope, newest first; `before` pages back from an entry already shown. */
export async function listAuditEntriesInScope(
  db: DbOrTx,
  scope: ViewScope,
  options: { limit: number; before?: AuditCursor },
): Promise<AuditEntryView[]> {
  const entries = await db.auditLog.findMany({
    where: { AND: [auditEntryInScope(scope), options.before ? olderThan(options.before) : {}] },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: options.limit,
  });
  const ids = (pick: (entry: AuditLog) => number | null) =>
    [...new Set(entries.map(pick))].filter((id): id is number => id !== null);
  const [people, institutions] = await Promise.all([
    db.person.findMany({ where: { id: { in: ids((e) => e.actorId) } }, select: { id: true, name: true } }),
    db.institution.findMany({ where: { id: { in: ids((e) => e.institutionId) } }, select: { id: true, name: true } }),
  ]);
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const institutionName = new Map(institutions.map((i) => [i.id, i.name]));
  return entries.map((entry) => ({
    ...entry,
    actorName: entry.actorId === null ? null : (personName.get(entry.actorId) ?? null),
    institutionName: entry.institutionId === null ? null : (institutionName.get(entry.institutionId) ?? null),
  }));
}
