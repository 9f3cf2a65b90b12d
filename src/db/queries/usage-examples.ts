import type { ViewScope } from '../../permissions/view-scope.js';
import type { DbOrTx } from '../client.js';
import { assignmentInScope } from './view-scope-where.js';

/** Real names from a speaker's own scope for the examples of a command's usage; absent when there is none. */
export interface ExampleNames {
  /** A region they coordinate (the top one for administrators). */
  region?: string;
  /** A supporting hospital: their own, or the home of a physician in their scope. */
  hospital?: string;
  /** A recipient clinic and a physician of the latest assignment in their scope. */
  clinic?: string;
  physician?: string;
}

/** Example names from what a coordinator may see: their region or hospital and their latest assignment. */
export async function exampleNamesInScope(db: DbOrTx, scope: ViewScope): Promise<ExampleNames> {
  const [regionPath] = scope.regionPaths;
  const [hospitalId] = scope.supportingInstitutionIds;
  const [assignment, region, hospital] = await Promise.all([
    db.assignment.findFirst({
      where: assignmentInScope(scope),
      orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
      select: {
        institution: { select: { name: true } },
        physician: { select: { name: true, homeInstitution: { select: { name: true } } } },
      },
    }),
    regionPath !== undefined
      ? db.region.findUnique({ where: { path: regionPath }, select: { name: true } })
      : scope.all
        ? db.region.findFirst({ where: { parentId: null }, orderBy: { path: 'asc' }, select: { name: true } })
        : null,
    hospitalId === undefined ? null : db.institution.findUnique({ where: { id: hospitalId }, select: { name: true } }),
  ]);
  const home = hospital?.name ?? assignment?.physician.homeInstitution?.name;
  return {
    ...(region ? { region: region.name } : {}),
    ...(home ? { hospital: home } : {}),
    ...(assignment ? { clinic: assignment.institution.name, physician: assignment.physician.name } : {}),
  };
}

/** The recipient clinic of a physician's latest assignment, for their own commands' examples. */
export async function exampleClinicOfPhysician(db: DbOrTx, physicianId: number): Promise<string | undefined> {
  const latest = await db.assignment.findFirst({
    where: { physicianId },
    orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
    select: { institution: { select: { name: true } } },
  });
  return latest?.institution.name;
}
