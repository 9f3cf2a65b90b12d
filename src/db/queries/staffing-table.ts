import type { Program } from '../../generated/sqlite/client.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { monthRange } from '../../time/local.js';
import type { DbOrTx } from '../client.js';
import { assignmentDetailInclude, type AssignmentDetail } from './assignment-views.js';
import { datesInMonth, overlapping } from './filters.js';
import { assignmentInScope } from './view-scope-where.js';

/** What the staffing-table import and export read: programs of a month, the active schedule in scope. */

/**
 * Programs running some day of a month in which an institution is a recipient clinic (and, when given,
 * another a supporting hospital), by code.
 */
export function listRecipientProgramsInMonth(
  db: DbOrTx,
  institutionId: number,
  month: string,
  supportingInstitutionId?: number,
): Promise<Program[]> {
  const { first, last } = monthRange(month);
  const supporting =
    supportingInstitutionId === undefined
      ? []
      : [{ participants: { some: { institutionId: supportingInstitutionId, side: 'SUPPORTING' as const } } }];
  return db.program.findMany({
    where: {
      AND: [overlapping(first, last), { participants: { some: { institutionId, side: 'RECIPIENT' } } }, ...supporting],
    },
    orderBy: { code: 'asc' },
  });
}

/** Which active assignments a staffing-table query covers. */
export interface StaffingScheduleQuery {
  scope: ViewScope;
  /** Months `YYYY-MM`: assignments starting in one of them. */
  months: readonly string[];
  /** Only physicians of these home hospitals (absent: any). */
  hospitalIds?: readonly number[];
  programId?: number;
}

/**
 * The active assignments in a scope starting in the given months (a staffing-table row is a physician at
 * a clinic for a month), with their planned dates, clinic and physician; ordered by physician's hospital,
 * month, clinic and physician.
 */
export function listStaffingSchedule(db: DbOrTx, query: StaffingScheduleQuery): Promise<StaffingAssignment[]> {
  const { scope, months, hospitalIds, programId } = query;
  return db.assignment.findMany({
    where: {
      AND: [
        assignmentInScope(scope),
        { status: 'ACTIVE' },
        { OR: months.map((month) => ({ startDate: datesInMonth(month) })) },
        ...(hospitalIds ? [{ physician: { homeInstitutionId: { in: [...hospitalIds] } } }] : []),
        ...(programId === undefined ? [] : [{ programId }]),
      ],
    },
    include: { ...assignmentDetailInclude, physician: { include: { homeInstitution: true } } },
    orderBy: [{ startDate: 'asc' }, { institutionId: 'asc' }, { physicianId: 'asc' }, { id: 'asc' }],
  });
}

/** An assignment with its planned dates, clinic, and physician with their home hospital. */
export type StaffingAssignment = AssignmentDetail & {
  physician: AssignmentDetail['physician'] & { homeInstitution: { id: number; name: string } | null };
};
