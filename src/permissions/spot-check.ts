import type { Actor } from '../core/context.js';
import { coordinatesRegion } from './actor-roles.js';

/**
 * Whether the actor may record the outcome of a spot check: the inspector who drew it, or a region
 * coordinator of the clinic's region. Nobody else — not the physician's own hospital — may, since the
 * check is unannounced and its outcome is evidence about the record.
 */
export function canRecordSpotCheck(actor: Actor, drawnById: number | null, clinicRegionPath: string): boolean {
  if (actor.person !== null && actor.person.id === drawnById) return true;
  return coordinatesRegion(actor, clinicRegionPath);
}
