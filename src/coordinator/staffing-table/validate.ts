import type { Institution, Program, Title } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../../db/client.js';
import { findInstitutionByNameOrAlias } from '../../db/queries/institutions.js';
import { findPeopleByName, findPeopleByPhone, type PersonWithHome } from '../../db/queries/people.js';
import { listRecipientProgramsInMonth } from '../../db/queries/staffing-table.js';
import { maskPhone, normalizePhone } from '../../identity/phone.js';
import { mayFileStaffingRow } from '../../permissions/staffing-import.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { monthRange } from '../../time/local.js';
import { parseDatesCell, parseMonthCell } from './cell-values.js';
import { COLUMN_HEADERS, REQUIRED_COLUMNS, parseTitle } from './layout.js';
import type { StaffingRow } from './parse.js';

/**
 * Checking each row of a staffing table against the records: who the physician is (by phone, else by
 * name within the hospital), which clinic and program, which month and dates, and whether the caller may
 * file it. Checks that need the whole plan (double booking against the database) are in `plan.ts`.
 */

/** Why a row cannot be imported: a message key of `coordinatorImport.row.*` and its parameters. */
export interface RowProblem {
  rowNumber: number;
  key: string;
  params: Record<string, string | number>;
}

/** A row that passed the checks: one physician at one clinic for one month of one program. */
export interface StaffingEntry {
  rowNumber: number;
  program: Pick<Program, 'id' | 'code' | 'minTitle' | 'startDate' | 'endDate'>;
  hospital: { id: number; name: string };
  physician: { id: number; name: string; title: Title | null; active: boolean };
  clinic: { id: number; name: string; regionPath: string };
  month: string;
  startDate: string;
  endDate: string;
  plannedDates: string[];
}

/** The rows' outcome: the good entries and every problem (a row may have several). */
export interface RowCheck {
  entries: StaffingEntry[];
  problems: RowProblem[];
}

/** Lookups repeated across rows (the same hospital and clinic on many rows) are made once. */
interface LookupCache {
  institutions: Map<string, Promise<Institution[]>>;
  programs: Map<string, Promise<Program[]>>;
}

/** Checks every row; the entries are those without problems. */
export async function checkStaffingRows(db: DbOrTx, scope: ViewScope, rows: readonly StaffingRow[]): Promise<RowCheck> {
  const cache: LookupCache = { institutions: new Map(), programs: new Map() };
  const entries: StaffingEntry[] = [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const outcome = await checkRow(db, scope, row, cache);
    if ('entry' in outcome) entries.push(outcome.entry);
    else problems.push(...outcome.problems);
  }
  const duplicates = fileDuplicates(entries);
  const bad = new Set(duplicates.map((p) => p.rowNumber));
  return {
    entries: entries.filter((e) => !bad.has(e.rowNumber)),
    problems: sortProblems([...problems, ...duplicates]),
  };
}

/** Problems by row number, in the order found within a row. */
export function sortProblems(problems: readonly RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => a.rowNumber - b.rowNumber);
}

/** A row refused, with why. */
type Refused = { problems: RowProblem[] };
type RowOutcome = { entry: StaffingEntry } | Refused;

function problem(row: StaffingRow, key: string, params: Record<string, string | number> = {}): Refused {
  return { problems: [rowProblem(row, key, params)] };
}

async function checkRow(db: DbOrTx, scope: ViewScope, row: StaffingRow, cache: LookupCache): Promise<RowOutcome> {
  const missing = REQUIRED_COLUMNS.filter((column) => row.cells[column] === undefined);
  if (missing.length > 0) {
    return problem(row, 'missing', { columns: missing.map((c) => COLUMN_HEADERS[c][0]).join('、') });
  }
  const { hospital: hospitalText = '', clinic: clinicText = '', month: monthText = '' } = row.cells;
  const month = parseMonthCell(monthText);
  if (!month) return problem(row, 'badMonth', { text: monthText });
  const dates = parseDatesCell(row.cells.dates ?? '', month);
  if (!dates.ok) return problem(row, dates.outsideMonth ? 'dateOutsideMonth' : 'badDate', { text: dates.part, month });
  const fileTitle = row.cells.title === undefined ? undefined : parseTitle(row.cells.title);
  if (row.cells.title !== undefined && fileTitle === undefined)
    return problem(row, 'badTitle', { text: row.cells.title });

  const hospital = await oneInstitution(db, hospitalText, cache);
  if (!hospital.ok) return problem(row, `hospital${hospital.why}`, { name: hospitalText, candidates: hospital.names });
  const clinic = await oneInstitution(db, clinicText, cache);
  if (!clinic.ok) return problem(row, `clinic${clinic.why}`, { name: clinicText, candidates: clinic.names });
  const place = { hospitalId: hospital.found.id, clinicRegionPath: clinic.found.regionPath };
  if (!mayFileStaffingRow(scope, place)) {
    return problem(row, 'outOfScope', { hospital: hospital.found.name, clinic: clinic.found.name });
  }
  const physician = await findPhysician(db, row, hospital.found);
  if ('problems' in physician) return physician;
  const program = await programOf(db, clinic.found, hospital.found, month, cache);
  if (!program.ok) return problem(row, program.why, { clinic: clinic.found.name, month, programs: program.codes });

  const { first, last } = monthRange(month);
  const startDate = first > program.found.startDate ? first : program.found.startDate;
  const endDate = last < program.found.endDate ? last : program.found.endDate;
  const outside = dates.dates.find((date) => date < startDate || date > endDate);
  if (outside) return problem(row, 'outsideProgram', { date: outside, startDate, endDate });
  return {
    entry: {
      rowNumber: row.rowNumber,
      program: program.found,
      hospital: { id: hospital.found.id, name: hospital.found.name },
      physician: {
        id: physician.id,
        name: physician.name,
        title: physician.title ?? fileTitle ?? null,
        active: physician.active,
      },
      clinic: { id: clinic.found.id, name: clinic.found.name, regionPath: clinic.found.regionPath },
      month,
      startDate,
      endDate,
      plannedDates: dates.dates,
    },
  };
}

type Found<T> = { ok: true; found: T } | { ok: false; why: 'Unknown' | 'Ambiguous'; names: string };

async function oneInstitution(db: DbOrTx, text: string, cache: LookupCache): Promise<Found<Institution>> {
  const lookup = cache.institutions.get(text) ?? findInstitutionByNameOrAlias(db, text);
  cache.institutions.set(text, lookup);
  const [first, ...others] = await lookup;
  if (!first) return { ok: false, why: 'Unknown', names: '' };
  if (others.length > 0)
    return { ok: false, why: 'Ambiguous', names: [first, ...others].map((i) => i.name).join('、') };
  return { ok: true, found: first };
}

/**
 * The physician of a row: the one person with the row's phone (it must be the named person of the named
 * hospital), else the one person of that name at the hospital. A masked phone (`138****8000`, as the
 * export writes it) counts as no phone.
 */
async function findPhysician(db: DbOrTx, row: StaffingRow, hospital: Institution): Promise<PersonWithHome | Refused> {
  const name = (row.cells.physician ?? '').replace(/\s+/g, '');
  const phoneText = row.cells.phone;
  if (phoneText !== undefined && !phoneText.includes('*')) {
    if (normalizePhone(phoneText) === null) return problem(row, 'badPhone', { text: phoneText });
    const [byPhone, ...others] = await findPeopleByPhone(db, phoneText);
    if (byPhone && others.length === 0) {
      if (byPhone.name !== name) {
        return problem(row, 'phoneOtherPerson', { phone: maskPhone(phoneText), name, other: byPhone.name });
      }
      if (byPhone.homeInstitutionId !== hospital.id) {
        const other = byPhone.homeInstitution?.name ?? '—';
        return problem(row, 'otherHospital', { name, hospital: hospital.name, other });
      }
      return byPhone;
    }
  }
  const [byName, ...namesakes] = await findPeopleByName(db, hospital.id, name);
  if (!byName) return problem(row, 'physicianUnknown', { name, hospital: hospital.name });
  if (namesakes.length > 0) return problem(row, 'physicianAmbiguous', { name, hospital: hospital.name });
  return byName;
}

type ProgramChoice = { ok: true; found: Program } | { ok: false; why: 'noProgram' | 'manyPrograms'; codes: string };

/**
 * The program of a row: the one running that month with the clinic as a recipient; when several, the
 * one the hospital supports.
 */
async function programOf(
  db: DbOrTx,
  clinic: Institution,
  hospital: Institution,
  month: string,
  cache: LookupCache,
): Promise<ProgramChoice> {
  const key = `${clinic.id}|${hospital.id}|${month}`;
  const lookup = cache.programs.get(key) ?? programsOfRow(db, clinic.id, hospital.id, month);
  cache.programs.set(key, lookup);
  const programs = await lookup;
  if (programs.length === 0) return { ok: false, why: 'noProgram', codes: '' };
  if (programs.length > 1) return { ok: false, why: 'manyPrograms', codes: programs.map((p) => p.code).join('、') };
  return { ok: true, found: programs[0] as Program };
}

async function programsOfRow(db: DbOrTx, clinicId: number, hospitalId: number, month: string): Promise<Program[]> {
  const programs = await listRecipientProgramsInMonth(db, clinicId, month);
  if (programs.length <= 1) return programs;
  return listRecipientProgramsInMonth(db, clinicId, month, hospitalId);
}

/**
 * Rows naming the same physician at the same clinic in the same month as an earlier row, and rows
 * planning a physician at two clinics on one day: the later row is the problem.
 */
function fileDuplicates(entries: readonly StaffingEntry[]): RowProblem[] {
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const booked = new Map<string, number>();
  for (const entry of entries) {
    const key = `${entry.program.id}|${entry.physician.id}|${entry.clinic.id}|${entry.month}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(rowProblem(entry, 'duplicate', { other: earlier, name: entry.physician.name }));
      continue;
    }
    seen.set(key, entry.rowNumber);
    const clash = entry.plannedDates.find((date) => booked.has(`${entry.physician.id}|${date}`));
    if (clash) {
      const other = booked.get(`${entry.physician.id}|${clash}`) ?? 0;
      problems.push(rowProblem(entry, 'doubleBookedInFile', { other, name: entry.physician.name, date: clash }));
      continue;
    }
    for (const date of entry.plannedDates) booked.set(`${entry.physician.id}|${date}`, entry.rowNumber);
  }
  return problems;
}

/** A problem of an entry (checks after the row's own). */
export function rowProblem(
  row: { rowNumber: number },
  key: string,
  params: Record<string, string | number>,
): RowProblem {
  return { rowNumber: row.rowNumber, key: `coordinatorImport.row.${key}`, params: { row: row.rowNumber, ...params } };
}
