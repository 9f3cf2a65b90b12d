import type { DbOrTx } from '../../db/client.js';
import { listStaffingSchedule, type StaffingAssignment } from '../../db/queries/staffing-table.js';
import { maskPhone } from '../../identity/phone.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { TITLE_LABELS } from './layout.js';
import { staffingWorkbook, workbookBytes, type StaffingCells } from './workbook.js';

/** What `staffingTableWorkbook` exports. */
export interface StaffingExportQuery {
  scope: ViewScope;
  /** `YYYY-MM`. */
  month: string;
  programId?: number;
}

/**
 * The staffing table (支援人员安排情况表) of a month as .xlsx: the active assignments in the scope, one row
 * each, in the import's layout, so a table exported and sent back unchanged is a plan with nothing to do.
 * Phones are masked (as everywhere the bot shows them); the import then finds the physician by name.
 */
export async function staffingTableWorkbook(db: DbOrTx, query: StaffingExportQuery): Promise<Buffer> {
  const assignments = await listStaffingSchedule(db, {
    scope: query.scope,
    months: [query.month],
    ...(query.programId === undefined ? {} : { programId: query.programId }),
  });
  const sorted = [...assignments].sort(byHospitalClinicName);
  return workbookBytes(await staffingWorkbook(sorted.map((a, index) => exportRow(a, index + 1))));
}

function byHospitalClinicName(a: StaffingAssignment, b: StaffingAssignment): number {
  const key = (x: StaffingAssignment) =>
    [x.physician.homeInstitution?.name ?? '', x.institution.name, x.physician.name, x.startDate].join('\u0000');
  return key(a).localeCompare(key(b), 'zh-CN');
}

function exportRow(assignment: StaffingAssignment, serial: number): StaffingCells {
  const { physician } = assignment;
  return {
    serial,
    hospital: physician.homeInstitution?.name ?? '',
    physician: physician.name,
    title: physician.title ? TITLE_LABELS[physician.title] : '',
    specialty: physician.specialty ?? '',
    phone: physician.phone ? maskPhone(physician.phone) : '',
    clinic: assignment.institution.name,
    month: assignment.startDate.slice(0, 7),
    dates: assignment.plannedDates.map((d) => d.date).join('、'),
  };
}
