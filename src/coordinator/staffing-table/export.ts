import type { DbOrTx } from '../../db/client.js';
import { listStaffingSchedule, type StaffingAssignment } from '../../db/queries/staffing-table.js';
import { maskPhone } from '../../identity/phone.js';
import type { Locale } from '../../i18n/locale.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { TITLE_LABELS } from './layout.js';
import { staffingWorkbook, workbookBytes, type StaffingCells, type StaffingFormHeader } from './workbook.js';

/** What `staffingTableWorkbook` exports. */
export interface StaffingExportQuery {
  scope: ViewScope;
  /** `YYYY-MM`. */
  month: string;
  programId?: number;
  /**
   * `full` for the table a coordinator files (the people listed are all in their scope, and the phone is
   * the import's matching key; the caller audits it), `masked` (`138****0018`) anywhere else.
   */
  phones: 'full' | 'masked';
}

/** The exported table and what the audit entry of a filing export records. */
export interface StaffingExport {
  bytes: Buffer;
  rows: number;
  /** Rows whose phone was written in full. */
  fullPhones: number;
}

/**
 * The staffing table (支援人员安排情况表) of a month as .xlsx, drawn as the official form: the active
 * assignments in the scope, one row each, in the import's layout, so a table exported and sent back
 * unchanged is a plan with nothing to do.
 */
export async function staffingTableWorkbook(
  db: DbOrTx,
  locale: Locale,
  query: StaffingExportQuery,
  header: Omit<StaffingFormHeader, 'month'>,
): Promise<StaffingExport> {
  const assignments = await listStaffingSchedule(db, {
    scope: query.scope,
    months: [query.month],
    ...(query.programId === undefined ? {} : { programId: query.programId }),
  });
  const sorted = [...assignments].sort(byHospitalClinicName);
  const rows = sorted.map((a) => exportRow(a, query.phones));
  const { workbook } = await staffingWorkbook(locale, { ...header, month: query.month }, rows);
  const fullPhones = query.phones === 'full' ? rows.filter((row) => row.phone !== '').length : 0;
  return { bytes: await workbookBytes(workbook), rows: rows.length, fullPhones };
}

function byHospitalClinicName(a: StaffingAssignment, b: StaffingAssignment): number {
  const key = (x: StaffingAssignment) =>
    [x.physician.homeInstitution?.name ?? '', x.institution.name, x.physician.name, x.startDate].join('\u0000');
  return key(a).localeCompare(key(b), 'zh-CN');
}

function exportRow(assignment: StaffingAssignment, phones: StaffingExportQuery['phones']): StaffingCells {
  const { physician } = assignment;
  const phone = physician.phone ?? '';
  return {
    hospital: physician.homeInstitution?.name ?? '',
    physician: physician.name,
    title: physician.title ? TITLE_LABELS[physician.title] : '',
    specialty: physician.specialty ?? '',
    phone: phones === 'full' || phone === '' ? phone : maskPhone(phone),
    clinic: assignment.institution.name,
    month: assignment.startDate.slice(0, 7),
    dates: assignment.plannedDates.map((d) => d.date).join('、'),
  };
}
