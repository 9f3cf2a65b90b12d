import type { AuditLog, Prisma } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { underRegionPath } from './filters.js';

/** Who did what, appended for coordinators' audit view and as proof. Entries are never changed. */

/** One audited action. */
export interface AuditEntry {
  at: Date;
  actorId: number | null;
  /** The chat account that acted (`FEISHU:ou_…`), when the entry comes from a message or a button press. */
  actorAccount?: string | null;
  /** What was done, e.g. `assignment.cancel`. */
  action: string;
  /** The kind of record concerned, e.g. `Assignment`. */
  entity: string;
  entityId?: string | null;
  /** Region path and institution concerned, so the entry shows up in those scopes. */
  regionPath?: string | null;
  institutionId?: number | null;
  /** The supporting hospital of the physician concerned, so its coordinators see the entry too. */
  supportingInstitutionId?: number | null;
  details?: Prisma.InputJsonValue;
}

/** Appends an entry. */
export function appendAuditEntry(db: DbOrTx, entry: AuditEntry): Promise<AuditLog> {
  return db.auditLog.create({ data: entry });
}

/**
 * Which entries a viewer may see: `{ all: true }` for admins; otherwise entries under a region path
 * and/or about some institutions (an entry matching either is in scope). A scope naming neither matches
 * nothing, so an empty permission set never widens to everything.
 */
export type AuditScope = { all: true } | { regionPath?: string; institutionIds?: number[] };

function scopeWhere(scope: AuditScope): Prisma.AuditLogWhereInput {
  if ('all' in scope) return {};
  return {
    OR: [
      ...(scope.regionPath ? [{ regionPath: underRegionPath(scope.regionPath) }] : []),
      { institutionId: { in: scope.institutionIds ?? [] } },
    ],
  };
}

/** The latest entries in a scope, newest first; `before` pages back from an instant. */
export function listAuditEntries(
  db: DbOrTx,
  scope: AuditScope,
  options: { limit: number; before?: Date },
): Promise<AuditLog[]> {
  return db.auditLog.findMany({
    where: { ...scopeWhere(scope), ...(options.before ? { at: { lt: options.before } } : {}) },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: options.limit,
  });
}
