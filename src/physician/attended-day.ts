import type { Institution, Program, ServiceDay } from '../generated/sqlite/client.js';
import type { DbOrTx } from '../db/client.js';
import { findProgramById } from '../db/queries/programs.js';
import type { ServiceDayDetail } from '../db/queries/service-day-views.js';

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

/** A day found acted on already (a redelivered message), with its program read for judging the location. */
export async function attendedDayOf(db: DbOrTx, day: ServiceDayDetail): Promise<AttendedDay> {
  return { day, institution: day.institution, program: await findProgramById(db, day.programId) };
}
