import type { Title } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../../db/client.js';
import { findInstitutionById } from '../../db/queries/institutions.js';
import { listStaffingSchedule, type StaffingAssignment } from '../../db/queries/staffing-table.js';
import { GLOSSARY } from '../../i18n/glossary.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { assignmentProblems, programRecipientIds, type AssignmentProblem } from '../assignment-rules.js';
import { rowKey, rowProblem, type RowProblem, type StaffingEntry } from './validate.js';

/**
 * The plan of a staffing table: compared with the active assignments of the same hospitals and months
 * in the caller's scope, each row is an assignment to ADD, to CHANGE (other planned dates) or UNCHANGED,
 * and every assignment there the table no longer lists is to REMOVE — the table is re-filed on every
 * change of staff, so it is the full list for its hospitals and months.
 */

/** One assignment of the plan, as stored with the staged import and shown on the preview card. */
export interface PlanLine {
  /** The table row (absent for a removal), and its sheet when several were read. */
  rowNumber?: number;
  sheet?: string;
  /** The existing assignment (absent for an addition). */
  assignmentId?: number;
  programId: number;
  physicianId: number;
  physicianName: string;
  hospitalId: number;
  hospitalName: string;
  clinicId: number;
  clinicName: string;
  clinicRegionPath: string;
  month: string;
  startDate: string;
  endDate: string;
  plannedDates: string[];
  /** The planned dates before a change. */
  beforeDates?: string[];
}

/** What applying a table would do. */
export interface StaffingPlan {
  adds: PlanLine[];
  changes: PlanLine[];
  removals: PlanLine[];
  unchanged: number;
}

/** The plan, and the rows that cannot be planned (double booked against the records, title too low …). */
export interface PlanOutcome {
  plan: StaffingPlan;
  problems: RowProblem[];
}

/** The titles as the glossary spells them. */
const TITLE_WORDS: Record<Title, string> = {
  RESIDENT: GLOSSARY.resident.zh,
  ATTENDING: GLOSSARY.attending.zh,
  ASSOCIATE_CHIEF: GLOSSARY.associateChief.zh,
  CHIEF: GLOSSARY.chief.zh,
};

/**
 * Plans the checked entries of a table against the records in `scope`; with `additionsOnly`, the
 * assignments the table leaves out are kept (nothing is removed).
 */
export async function planStaffingTable(
  db: DbOrTx,
  scope: ViewScope,
  entries: readonly StaffingEntry[],
  mode: { additionsOnly?: boolean } = {},
): Promise<PlanOutcome> {
  const existing = await existingAssignments(db, scope, entries);
  const byKey = new Map(existing.map((a) => [lineKey(assignmentLine(a)), a]));
  const plan: StaffingPlan = { adds: [], changes: [], removals: [], unchanged: 0 };
  const kept = new Set<number>();
  for (const entry of entries) {
    const line = entryLine(entry);
    const current = byKey.get(lineKey(line));
    if (!current) {
      plan.adds.push(line);
      continue;
    }
    kept.add(current.id);
    const before = current.plannedDates.map((d) => d.date);
    const same =
      before.join() === line.plannedDates.join() &&
      current.startDate === line.startDate &&
      current.endDate === line.endDate;
    if (same) plan.unchanged++;
    else plan.changes.push({ ...line, assignmentId: current.id, beforeDates: before });
  }
  plan.removals = mode.additionsOnly ? [] : existing.filter((a) => !kept.has(a.id)).map(assignmentLine);
  return { plan, problems: await recordProblems(db, entries, plan) };
}

/** The active assignments of the entries' hospitals, months and programs, within the scope. */
async function existingAssignments(
  db: DbOrTx,
  scope: ViewScope,
  entries: readonly StaffingEntry[],
): Promise<StaffingAssignment[]> {
  if (entries.length === 0) return [];
  const pairs = new Set(entries.map((e) => `${e.hospital.id}|${e.month}`));
  const programs = new Set(entries.map((e) => e.program.id));
  const found = await listStaffingSchedule(db, {
    scope,
    months: [...new Set(entries.map((e) => e.month))],
    hospitalIds: [...new Set(entries.map((e) => e.hospital.id))],
  });
  return found.filter(
    (a) => programs.has(a.programId) && pairs.has(`${a.physician.homeInstitutionId ?? 0}|${a.startDate.slice(0, 7)}`),
  );
}

/** Rows are the same assignment when they name the same program, physician, clinic and month. */
function lineKey(line: Pick<PlanLine, 'programId' | 'physicianId' | 'clinicId' | 'month'>): string {
  return `${line.programId}|${line.physicianId}|${line.clinicId}|${line.month}`;
}

function entryLine(entry: StaffingEntry): PlanLine {
  return {
    rowNumber: entry.rowNumber,
    ...(entry.sheet === undefined ? {} : { sheet: entry.sheet }),
    programId: entry.program.id,
    physicianId: entry.physician.id,
    physicianName: entry.physician.name,
    hospitalId: entry.hospital.id,
    hospitalName: entry.hospital.name,
    clinicId: entry.clinic.id,
    clinicName: entry.clinic.name,
    clinicRegionPath: entry.clinic.regionPath,
    month: entry.month,
    startDate: entry.startDate,
    endDate: entry.endDate,
    plannedDates: entry.plannedDates,
  };
}

function assignmentLine(a: StaffingAssignment): PlanLine {
  return {
    assignmentId: a.id,
    programId: a.programId,
    physicianId: a.physicianId,
    physicianName: a.physician.name,
    hospitalId: a.physician.homeInstitutionId ?? 0,
    hospitalName: a.physician.homeInstitution?.name ?? '',
    clinicId: a.institutionId,
    clinicName: a.institution.name,
    clinicRegionPath: a.institution.regionPath,
    month: a.startDate.slice(0, 7),
    startDate: a.startDate,
    endDate: a.endDate,
    plannedDates: a.plannedDates.map((d) => d.date),
  };
}

/**
 * The `/指派` checks (`assignmentProblems`) for every addition and change. A clash with an assignment the
 * plan itself changes or removes is no clash: those dates are freed when it is applied.
 */
async function recordProblems(
  db: DbOrTx,
  entries: readonly StaffingEntry[],
  plan: StaffingPlan,
): Promise<RowProblem[]> {
  const freed = new Set(
    [...plan.removals, ...plan.changes].flatMap((line) =>
      (line.beforeDates ?? line.plannedDates).map((date) => `${line.physicianId}|${line.clinicId}|${date}`),
    ),
  );
  const entryOf = new Map(entries.map((e) => [rowKey(e), e]));
  const recipients = new Map<number, Set<number>>();
  const problems: RowProblem[] = [];
  for (const line of [...plan.adds, ...plan.changes]) {
    const entry =
      line.rowNumber === undefined ? undefined : entryOf.get(rowKey({ ...line, rowNumber: line.rowNumber }));
    if (!entry) continue;
    const programRecipients = recipients.get(entry.program.id) ?? (await programRecipientIds(db, entry.program.id));
    recipients.set(entry.program.id, programRecipients);
    const found = await assignmentProblems(
      db,
      {
        program: entry.program,
        physician: entry.physician,
        institutionId: entry.clinic.id,
        startDate: entry.startDate,
        endDate: entry.endDate,
        plannedDates: entry.plannedDates,
        ...(line.assignmentId === undefined ? {} : { excludeAssignmentId: line.assignmentId }),
      },
      programRecipients,
    );
    const real = found.filter(
      (p) => p.code !== 'DATE_CONFLICT' || !freed.has(`${entry.physician.id}|${p.institutionId}|${p.date}`),
    );
    for (const p of real) problems.push(await problemOf(db, entry, p));
  }
  return problems;
}

async function problemOf(db: DbOrTx, entry: StaffingEntry, found: AssignmentProblem): Promise<RowProblem> {
  const name = entry.physician.name;
  switch (found.code) {
    case 'PHYSICIAN_INACTIVE':
      return rowProblem(entry, 'inactive', { name });
    case 'TITLE_TOO_LOW':
      return rowProblem(entry, 'titleTooLow', { name, minTitle: TITLE_WORDS[found.minTitle] });
    case 'NOT_A_RECIPIENT':
      return rowProblem(entry, 'notRecipient', { clinic: entry.clinic.name });
    case 'OUTSIDE_PROGRAM':
      return rowProblem(entry, 'outsideProgramRange', { startDate: found.startDate, endDate: found.endDate });
    case 'DATE_CONFLICT': {
      const clinic = await findInstitutionById(db, found.institutionId);
      return rowProblem(entry, 'dateConflict', { name, date: found.date, clinic: clinic?.name ?? '' });
    }
  }
}
