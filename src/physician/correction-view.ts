import type { CorrectionCardView } from '../../cards/correction-request.js';
import type { DbOrTx } from '../db/client.js';
import { findInstitutionById } from '../db/queries/institutions.js';
import { findPersonById, type PersonWithHome } from '../db/queries/people.js';
import { findProgramById } from '../db/queries/programs.js';
import {
  countCorrectionsForPhysicianInMonth,
  findServiceDayCorrectionById,
} from '../db/queries/service-day-corrections.js';
import type { Institution, Program, ServiceDayCorrection } from '../generated/sqlite/client.js';
import type { Locale } from '../i18n/locale.js';
import { physicianView } from './person-labels.js';
import { personNames } from './person-names.js';
import { formatInstant } from './visit-view.js';

/** A correction with what deciding it and its card need. */
export interface CorrectionRecord {
  correction: ServiceDayCorrection;
  physician: PersonWithHome;
  clinic: Institution;
  program: Program;
  view: CorrectionCardView;
}

/** Loads a correction and builds its card view; null for an unknown id. */
export async function loadCorrection(
  db: DbOrTx,
  correctionId: number,
  locale: Locale,
  timeZone: string,
): Promise<CorrectionRecord | null> {
  const correction = await findServiceDayCorrectionById(db, correctionId);
  if (!correction) return null;
  const [physician, clinic, program, used, names] = await Promise.all([
    findPersonById(db, correction.physicianId),
    findInstitutionById(db, correction.institutionId),
    findProgramById(db, correction.programId),
    countCorrectionsForPhysicianInMonth(
      db,
      correction.physicianId,
      correction.programId,
      correction.serviceDate.slice(0, 7),
    ),
    personNames(db, correction.decidedById === null ? [] : [correction.decidedById]),
  ]);
  if (!physician || !clinic || !program) return null;
  const { status, decidedById, decidedAt } = correction;
  const decided = status !== 'PENDING' && decidedById !== null && decidedAt !== null;
  const view: CorrectionCardView = {
    correctionId: correction.id,
    physician: physicianView(locale, physician),
    clinic: clinic.name,
    serviceDate: correction.serviceDate,
    reason: correction.reason,
    requestedAt: formatInstant(correction.requestedAt, timeZone),
    used,
    limit: program.correctionsPerMonth,
    ...(decided
      ? {
          decision: {
            status,
            by: names.get(decidedById) ?? '',
            at: formatInstant(decidedAt, timeZone),
            note: correction.decisionNote,
          },
        }
      : {}),
  };
  return { correction, physician, clinic, program, view };
}
