import type { ProgramKind } from '../generated/sqlite/client.js';

/** The program kinds that are tours (`src/tours/`): seed 004's provincial medical teams, seed 000's mobile hospital. */
export const TOUR_KINDS = ['PROVINCIAL_TEAM_TOUR', 'MOBILE_HOSPITAL'] as const satisfies readonly ProgramKind[];

/** A tour program's kind. */
export type TourKind = (typeof TOUR_KINDS)[number];

/** Whether a program is a tour: its assignments are a team's plan, shown once for the team, not per member. */
export function isTourKind(kind: ProgramKind): kind is TourKind {
  return (TOUR_KINDS as readonly ProgramKind[]).includes(kind);
}
