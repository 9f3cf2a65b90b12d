import type { Institution, Program, ServiceDay } from '../generated/sqlite/client.js';

/**
 * The day a check-in, check-out or location upgrade acted on, as stored after the act, with the clinic
 * and program a location is judged against: what appending the message as evidence needs, so the
 * handler does not read the day again.
 */
export interface AttendedDay {
  day: ServiceDay;
  institution: Institution;
  program: Program | null;
  /** True when the act stored the location message's reading with the day (a check-in that created it). */
  evidenceStored?: boolean;
}
