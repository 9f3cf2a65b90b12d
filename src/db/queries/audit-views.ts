import type { AuditLog, Prisma } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { DbOrTx } from '../client.js';
import { auditEntryInScope } from './view-scope-where.js';

/** An audit entry with the names a reader needs (the log stores ids only). */
export interface AuditEntryView extends AuditLog {
  actorName: string | null;
  institutionName: string | null;
  /** For an entry about a correction or a service day: whose day, and which date. */
  subject: AuditSubject | null;
}

/** The physician and the date a correction or a service day is about. */
export interface AuditSubject {
  physician: string;
  date: string;
}

/** Names of the records the entries' details mention by id (people, institutions, regions, programs). */
export interface AuditNames {
  people: ReadonlyMap<number, string>;
  institutions: ReadonlyMap<number, string>;
  regions: ReadonlyMap<number, string>;
  programs: ReadonlyMap<number, string>;
}

/** A page of entries and the names their details mention. */
export interface AuditPage {
  entries: AuditEntryView[];
  names: AuditNames;
}

/** Where a page of entries starts: strictly older than this entry (instant, then id for equal instants). */
export interface AuditCursor {
  at: Date;
  id: number;
}

function olderThan(cursor: AuditCursor): Prisma.AuditLogWhereInput {
  return { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] };
}

/** The ids a detail field holds: a number, or an array of numbers. */
export function detailIds(details: unknown, key: string): number[] {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return [];
  const value = (details as Record<string, unknown>)[key];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is number => typeof v === 'number' && Number.isInteger(v));
}

/** The distinct ids the entries mention, from their columns and detail fields. */
function idsOf(
  entries: readonly AuditLog[],
  columns: (entry: AuditLog) => (number | null)[],
  keys: string[],
): number[] {
  const ids = entries.flatMap((entry) => [...columns(entry), ...keys.flatMap((key) => detailIds(entry.details, key))]);
  return [...new Set(ids)].filter((id): id is number => id !== null);
}

/** The numeric record ids of the entries about one kind of record. */
function entityIds(entries: readonly AuditLog[], entity: string): number[] {
  return entries.flatMap((e) => (e.entity === entity && /^\d+$/.test(e.entityId ?? '') ? [Number(e.entityId)] : []));
}

/**
 * The latest entries a viewer may see, newest first: those in their scope and their own (`actorId`);
 * `before` pages back from an entry already shown. Names of everything the entries mention by id are
 * looked up once for the page.
 */
export async function listAuditEntriesInScope(
  db: DbOrTx,
  scope: ViewScope,
  options: { limit: number; before?: AuditCursor; actorId?: number },
): Promise<AuditPage> {
  const entries = await db.auditLog.findMany({
    where: {
      AND: [auditEntryInScope(scope, options.actorId), options.before ? olderThan(options.before) : {}],
    },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: options.limit,
  });
  const personIds = idsOf(entries, (e) => [e.actorId], ['physicianId', 'personId', 'personIds', 'unreachable']);
  const [people, institutions, regions, programs, corrections, days] = await Promise.all([
    db.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } }),
    db.institution.findMany({
      where: { id: { in: idsOf(entries, (e) => [e.institutionId], ['institutionId']) } },
      select: { id: true, name: true },
    }),
    db.region.findMany({
      where: { id: { in: idsOf(entries, () => [], ['regionId']) } },
      select: { id: true, name: true },
    }),
    db.program.findMany({
      where: { id: { in: idsOf(entries, () => [], ['programId']) } },
      select: { id: true, name: true },
    }),
    db.serviceDayCorrection.findMany({
      where: { id: { in: entityIds(entries, 'ServiceDayCorrection') } },
      select: { id: true, serviceDate: true, physician: { select: { name: true } } },
    }),
    db.serviceDay.findMany({
      where: { id: { in: entityIds(entries, 'ServiceDay') } },
      select: { id: true, serviceDate: true, physician: { select: { name: true } } },
    }),
  ]);
  const byId = (rows: { id: number; name: string }[]) => new Map(rows.map((row) => [row.id, row.name]));
  const names: AuditNames = {
    people: byId(people),
    institutions: byId(institutions),
    regions: byId(regions),
    programs: byId(programs),
  };
  const subjects = new Map<string, { serviceDate: string; physician: { name: string } }>([
    ...corrections.map((c) => [`ServiceDayCorrection:${c.id}`, c] as const),
    ...days.map((d) => [`ServiceDay:${d.id}`, d] as const),
  ]);
  const view = entries.map((entry): AuditEntryView => {
    const subject = subjects.get(`${entry.entity}:${entry.entityId ?? ''}`);
    return {
      ...entry,
      actorName: entry.actorId === null ? null : (names.people.get(entry.actorId) ?? null),
      institutionName: entry.institutionId === null ? null : (names.institutions.get(entry.institutionId) ?? null),
      subject: subject ? { physician: subject.physician.name, date: subject.serviceDate } : null,
    };
  });
  return { entries: view, names };
}
