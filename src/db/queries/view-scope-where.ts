import { Prisma } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { underRegionPath } from './filters.js';
import { NO_ROW, prismaCombinators, scopedWhere, type ScopeClauses } from './scope-clauses.js';

/**
 * A coordinator's `ViewScope` as where-clauses, one per entity, so "in my scope" means the same thing in
 * every card, list and export. Base conditions are OR'd, the narrowing AND'd (see permissions/view-scope.ts).
 */

/** Where the clinic and the physician of a row are, as service days and assignments name them. */
const placeAndPerson: ScopeClauses<object> = {
  region: (path) => ({ institution: { regionPath: underRegionPath(path) } }),
  recipient: (institutionId) => ({ institutionId }),
  supportedBy: (ids) => ({ physician: { homeInstitutionId: { in: ids } } }),
  ...prismaCombinators,
};

/** Service days in the scope. */
export function serviceDayInScope(scope: ViewScope): Prisma.ServiceDayWhereInput {
  return { AND: scopedWhere(scope, placeAndPerson) as Prisma.ServiceDayWhereInput[] };
}

/** A `LIKE` pattern for the values starting with `prefix` (its own `%`, `_` and `\\` taken literally). */
function startsWithPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The same, in SQL over `service_days d` joined with its clinic `institutions c` and its physician `people p`. */
const placeAndPersonSql: ScopeClauses<Prisma.Sql> = {
  region: (path) => Prisma.sql`c.region_path LIKE ${startsWithPattern(path)} ESCAPE '\\'`,
  recipient: (institutionId) => Prisma.sql`d.institution_id = ${institutionId}`,
  supportedBy: (ids) => Prisma.sql`p.home_institution_id IN (${Prisma.join(ids)})`,
  anyOf: (conditions) => Prisma.sql`(${Prisma.join(conditions, ' OR ')})`,
  nothing: Prisma.sql`1 = 0`,
};

/**
 * {@link serviceDayInScope} in SQL, over `service_days d` joined with its clinic `institutions c` and its
 * physician `people p` (the facts query, workload-facts.ts); a test holds the two to the same days.
 */
export function serviceDayInScopeSql(scope: ViewScope): Prisma.Sql {
  const conditions = scopedWhere(scope, placeAndPersonSql);
  return conditions.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(conditions, ' AND ');
}

/** Assignments in the scope. */
export function assignmentInScope(scope: ViewScope): Prisma.AssignmentWhereInput {
  return { AND: scopedWhere(scope, placeAndPerson) as Prisma.AssignmentWhereInput[] };
}

/**
 * Reporting obligations in the scope. Reports are owed by supporting hospitals to the bureau running the
 * program, so a region sees the obligations of hospitals in it and of programs it (or a region below it)
 * runs; a hospital sees its own.
 */
export function obligationInScope(scope: ViewScope): Prisma.ReportingObligationWhereInput {
  const clauses: ScopeClauses<Prisma.ReportingObligationWhereInput> = {
    region: (path) => ({
      OR: [
        { institution: { regionPath: underRegionPath(path) } },
        { program: { region: { path: underRegionPath(path) } } },
      ],
    }),
    // Clinics owe no workload report; naming one leaves only obligations of that institution (none).
    recipient: (institutionId) => ({ institutionId }),
    supportedBy: (ids) => ({ institutionId: { in: ids } }),
    ...prismaCombinators,
  };
  return { AND: scopedWhere(scope, clauses) };
}

/**
 * Audit entries in the scope: by the region path or institution they concern, by the supporting hospital of
 * the physician they concern, and the viewer's own actions (`actorId`), whatever they concern.
 */
export function auditEntryInScope(scope: ViewScope, actorId?: number): Prisma.AuditLogWhereInput {
  const hospitals = scope.supportingInstitutionIds;
  const base: Prisma.AuditLogWhereInput[] = [
    ...scope.regionPaths.map((path) => ({ regionPath: underRegionPath(path) })),
    ...(hospitals.length > 0
      ? [{ institutionId: { in: hospitals } }, { supportingInstitutionId: { in: hospitals } }]
      : []),
    ...(actorId === undefined ? [] : [{ actorId }]),
  ];
  const { regionPath, recipientInstitutionId, supportingInstitutionId } = scope.within;
  const narrowing: Prisma.AuditLogWhereInput[] = [
    ...(regionPath === undefined ? [] : [{ regionPath: underRegionPath(regionPath) }]),
    ...(recipientInstitutionId === undefined ? [] : [{ institutionId: recipientInstitutionId }]),
    ...(supportingInstitutionId === undefined
      ? []
      : [{ OR: [{ institutionId: supportingInstitutionId }, { supportingInstitutionId }] }]),
  ];
  return { AND: scope.all ? narrowing : [base.length === 0 ? NO_ROW : { OR: base }, ...narrowing] };
}
