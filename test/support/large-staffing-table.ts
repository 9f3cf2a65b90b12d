import { listStaffingSchedule } from '../../src/db/queries/staffing-table.js';
import type { DbOrTx } from '../../src/db/client.js';
import type { ViewScope } from '../../src/permissions/view-scope.js';
import { officialFormXlsx, type FormRow } from './sample-tables.js';

/** Everything: the large table names hospitals across the demo province. */
export const ALL_SCOPE: ViewScope = { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} };
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

/**
 * A staffing table of `size` rows drawn as the official form: every active assignment of the demo year as
 * the form writes it (so the plan is "unchanged" throughout), topped up with rows naming nobody (each one
 * problem line). Shared by the large-file test and the bench's preview scenario.
 */
export async function largeStaffingTable(db: DbOrTx, size = 5_000): Promise<{ file: Buffer; valid: number }> {
  const assignments = await listStaffingSchedule(db, { scope: ALL_SCOPE, months: MONTHS });
  const rows: FormRow[] = assignments.map((a) => ({
    hospital: a.physician.homeInstitution?.name ?? '',
    physician: a.physician.name,
    clinic: a.institution.name,
    month: a.startDate.slice(0, 7),
    dates: a.plannedDates.map((d) => d.date).join('、'),
  }));
  const valid = Math.min(rows.length, size);
  while (rows.length < size) {
    rows.push({ hospital: '漳平市医院', physician: `无此人${rows.length}`, clinic: '桂林', month: '2026-12' });
  }
  return { file: await officialFormXlsx(rows.slice(0, size)), valid };
}
