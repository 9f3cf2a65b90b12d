import type { Actor } from '../core/context.js';
import { holdsRole } from './actor-roles.js';
import { canManagePhysician, type PersonHome } from './people.js';

/** Whose service record is asked for, as the permission check sees them. */
export interface RecordSubject {
  personId: number;
  home: PersonHome;
}

/**
 * Whether the actor may read (and export) a physician's service record: the physician themself, or
 * whoever manages them — their hospital's coordinator, a region coordinator above their hospital, an
 * administrator. Nobody else reads a record, so nobody files one for someone else.
 */
export function canReadServiceRecord(actor: Actor, subject: RecordSubject): boolean {
  if (actor.person?.id === subject.personId && holdsRole(actor, 'PHYSICIAN')) return true;
  return canManagePhysician(actor, subject.home);
}
