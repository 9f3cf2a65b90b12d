import type { Actor } from '../core/context.js';
import { isWithinRegionPath } from './region-path.js';
import type { ViewScope } from './view-scope.js';

/** A team as the tour permissions see it: its hospital and the region paths of its counties. */
export interface TeamScopeFacts {
  hospitalId: number;
  hospitalRegionPath: string;
  countyPaths: readonly string[];
  leaderId: number | null;
}

/**
 * Whether a coordinator sees a team on `/巡回`: administrators all; a hospital coordinator their own
 * hospital's team; a region coordinator (province, city, county) the teams touring a county in their region
 * or sent by a hospital in it.
 */
export function maySeeTeam(scope: ViewScope, team: TeamScopeFacts): boolean {
  if (scope.all || scope.supportingInstitutionIds.includes(team.hospitalId)) return true;
  const paths = [team.hospitalRegionPath, ...team.countyPaths];
  return scope.regionPaths.some((own) => paths.some((path) => isWithinRegionPath(path, own)));
}

/**
 * Whether a coordinator may file a hospital's roster (annex 2): the hospital's own coordinator, a region
 * coordinator above the hospital, an administrator.
 */
export function mayFileRoster(scope: ViewScope, hospital: { id: number; regionPath: string }): boolean {
  return (
    scope.all ||
    scope.supportingInstitutionIds.includes(hospital.id) ||
    scope.regionPaths.some((own) => isWithinRegionPath(hospital.regionPath, own))
  );
}

/** Whether the actor leads the team (the team leader role is held by being the team's named leader). */
export function leadsTeam(actor: Actor, team: { leaderId: number | null }): boolean {
  return actor.person !== null && team.leaderId !== null && actor.person.id === team.leaderId;
}
