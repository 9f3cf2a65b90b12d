import type { Prisma } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { underRegionPath } from './filters.js';

/**
 * A coordinator's `ViewScope` as where-clauses, one per entity, so "in my scope" means the same thing in
 * every card, list and export. Base conditions are OR'd, the narrowing AND'd (see permissions/view-scope.ts).
 */

/** Where the clinic and the physician of a row are, as every scoped entity names them. */
interface PlaceAndPerson {
  institution?: { regionPath: { startsWith: string } };
  institutionId?: number;
  physician?: { homeInstitutionId: number | { in: number[] } };
}

/** The base OR and the narrowing AND over rows that have a clinic (`institution`) and a `physician`. */
function placeAndPersonWhere(scope: ViewScope): PlaceAndPerson[] {
  const base: PlaceAndPerson[] = [
    ...scope.regionPaths.map((path) => ({ institution: { regionPath: underRegionPath(path) } })),
    ...(scope.supportingInstitutionIds.length > 0
      ? [{ physician: { homeInstitutionId: { in: scope.supportingInstitutionIds } } }]
      : []),
  ];
  const { regionPath, recipientInstitutionId, supportingInstitutionId } = scope.within;
  const narrowing: PlaceAndPerson[] = [
    ...(regionPath === undefined ? [] : [{ institution: { regionPath: underRegionPath(regionPath) } }]),
    ...(recipientInstitutionId === undefined ? [] : [{ institutionId: recipientInstitutionId }]),
    ...(supportingInstitutionId === undefined ? [] : [{ physician: { homeInstitutionId: supportingInstitutionId } }]),
  ];
  // An empty base OR would match nothing in Prisma; `all` has no base condition at all.
  return scope.all ? narrowing : [{ OR: base } as PlaceAndPerson, ...narrowing];
}

/** Service days in the scope. */
export function serviceDayInScope(scope: ViewScope): Prisma.ServiceDayWhereInput {
  return { AND: placeAndPersonWhere(scope) as Prisma.ServiceDayWhereInput[] };
}

/** Assignments in the scope. */
export function assignmentInScope(scope: ViewScope): Prisma.AssignmentWhereInput {
  return { AND: placeAndPersonWhere(scope) as Prisma.AssignmentWhereInput[] };
}

/**
 * Reporting obligations in the scope. Reports are owed by supporting hospitals to the bureau running the
 * program, so a region sees the obligations of hospitals in it and of programs it (or a region below it)
 * runs; a hospital sees its own.
 */
export function obligationInScope(scope: ViewScope): Prisma.ReportingObligationWhereInput {
  const base: Prisma.ReportingObligationWhereInput[] = [
    ...scope.regionPaths.flatMap((path) => [
      { institution: { regionPath: underRegionPath(path) } },
      { program: { region: { path: underRegionPath(path) } } },
    ]),
    ...(scope.supportingInstitutionIds.length > 0 ? [{ institutionId: { in: scope.supportingInstitutionIds } }] : []),
  ];
  const { regionPath, recipientInstitutionId, supportingInstitutionId } = scope.within;
  const narrowing: Prisma.ReportingObligationWhereInput[] = [
    ...(regionPath === undefined
      ? []
      : [
          {
            OR: [
              { institution: { regionPath: underRegionPath(regionPath) } },
              { program: { region: { path: underRegionPath(regionPath) } } },
            ],
          },
        ]),
    // Clinics owe no workload report; naming one leaves only obligations of that institution (none).
    ...(recipientInstitutionId === undefined ? [] : [{ institutionId: recipientInstitutionId }]),
    ...(supportingInstitutionId === undefined ? [] : [{ institutionId: supportingInstitutionId }]),
  ];
  return { AND: scope.all ? narrowing : [{ OR: base }, ...narrowing] };
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
  return { AND: scope.all ? narrowing : [{ OR: base }, ...narrowing] };
}
