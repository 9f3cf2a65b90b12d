import type { Institution, Program, Title } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../../db/client.js';
import { findInstitutionByNameOrAlias } from '../../db/queries/institutions.js';
import type { PersonWithHome } from '../../db/queries/people.js';
import { listRecipientProgramsInMonth } from '../../db/queries/staffing-table.js';
import { maskPhone, normalizePhone } from '../../identity/phone.js';
import { mayFileStaffingRow } from '../../permissions/staffing-import.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { monthRange } from '../../time/local.js';
import { parseDatesCell, parseMonthCell } from './cell-values.js';
import { COLUMN_HEADERS, REQUIRED_COLUMNS, parseTitle } from './layout.js';
import type { StaffingRow } from './parse.js';
import { PeopleLookup } from './people-lookup.js';

/**
 * Checking each row of a staffing table against the records: who the physician is (by phone, else by
 * name within the hospital), which clinic and program, which month and dates, and whether the caller may
 * file it. Checks that need the whole plan (double booking against the database) are in `plan.ts`.
 */

/** Why a row cannot be imported: a message key of `coordinatorImport.row.*` and its parameters. */
export interface RowProblem {
  /** The sheet, when several were read. */
  sheet?: string;
  rowNumber: number;
  key: string;
  params: Record<string, string | number>;
}

/** How a row's physician was found: by the phone, or by name within the hospital (phone masked or missing). */
export type MatchedBy = 'phone' | 'name';

/** A row that passed the checks: one physician at one clinic for one month of one program. */
export interface StaffingEntry {
  sheet?: string;
  rowNumber: number;
  matchedBy: MatchedBy;
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
  people: PeopleLookup;
}

/** Checks every row; the entries are those without problems. */
export async function checkStaffingRows(db: DbOrTx, scope: ViewScope, rows: readonly StaffingRow[]): Promise<RowCheck> {
  const cache: LookupCache = {
    institutions: new Map(),
    programs: new Map(),
    people: await PeopleLookup.forRows(db, rows),
  };
  const entries: StaffingEntry[] = [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const outcome = await checkRow(db, scope, row, cache);
    if ('entry' in outcome) entries.push(outcome.entry);
    else problems.push(...outcome.problems);
  }
  const duplicates = fileDuplicates(entries);
  const bad = new Set(duplicates.map(rowKey));
  return {
    entries: entries.filter((e) => !bad.has(rowKey(e))),
    problems: sortProblems([...problems, ...duplicates]),
  };
}

/** Where a row is: its sheet (when several were read) and row number. */
export interface RowPlace {
  sheet?: string;
  rowNumber: number;
}

/** A key telling rows apart across sheets. */
export function rowKey(row: RowPlace): string {
  return `${row.sheet ?? ''}|${row.rowNumber}`;
}

/** Problems by sheet and row number, in the order found within a row. */
export function sortProblems(problems: readonly RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || a.rowNumber - b.rowNumber);
}

/** A row refused, with why. */
type Refused = { problems: RowProblem[] };
type RowOutcome = { entry: StaffingEntry } | Refused;

function problem(row: StaffingRow, key: string, params: Record<string, string | number> = {}): Refused {
  return { problems: [rowProblem(row, key, params)] };
}

/** The row's own cells read (month, dates, title), each problem of them found. */
interface CellValues {
  month?: string;
  dates: string[];
  fileTitle?: Title;
  problems: RowProblem[];
}

function cellValues(row: StaffingRow): CellValues {
  const problems: RowProblem[] = [];
  const missing = REQUIRED_COLUMNS.filter((column) => row.cells[column] === undefined);
  if (missing.length > 0) {
    problems.push(rowProblem(row, 'missing', { columns: missing.map((c) => COLUMN_HEADERS[c][0]).join('、') }));
  }
  const monthText = row.cells.month;
  const month = monthText === undefined ? undefined : parseMonthCell(monthText);
  if (monthText !== undefined && !month) problems.push(rowProblem(row, 'badMonth', { text: monthText }));
  const dates = month ? parseDatesCell(row.cells.dates ?? '', month) : { ok: true as const, dates: [] };
  if (!dates.ok) problems.push(rowProblem(row, dates.why, { text: dates.part, month: month ?? '' }));
  const titleText = row.cells.title;
  const fileTitle = titleText === undefined ? undefined : parseTitle(titleText);
  if (titleText !== undefined && fileTitle === undefined)
    problems.push(rowProblem(row, 'badTitle', { text: titleText }));
  return {
    ...(month ? { month } : {}),
    dates: dates.ok ? dates.dates : [],
    ...(fileTitle ? { fileTitle } : {}),
    problems,
  };
}

/**
 * Checks one row: every problem of its own cells at once (month, dates, title, unknown units), then the
 * physician and the program, which need the units found.
 */
async function checkRow(db: DbOrTx, scope: ViewScope, row: StaffingRow, cache: LookupCache): Promise<RowOutcome> {
  const cells = cellValues(row);
  const problems = [...cells.problems];
  const hospitalText = row.cells.hospital;
  const clinicText = row.cells.clinic;
  const hospital = hospitalText === undefined ? undefined : await oneInstitution(db, hospitalText, cache);
  if (hospital && !hospital.ok) {
    problems.push(rowProblem(row, `hospital${hospital.why}`, { name: hospitalText ?? '', candidates: hospital.names }));
  }
  const clinic = clinicText === undefined ? undefined : await oneInstitution(db, clinicText, cache);
  if (clinic && !clinic.ok) {
    problems.push(rowProblem(row, `clinic${clinic.why}`, { name: clinicText ?? '', candidates: clinic.names }));
  }
  const { month } = cells;
  if (!hospital?.ok || !clinic?.ok || !month || row.cells.physician === undefined) return { problems };
  const place = { hospitalId: hospital.found.id, clinicRegionPath: clinic.found.regionPath };
  if (!mayFileStaffingRow(scope, place)) {
    return problem(row, 'outOfScope', { hospital: hospital.found.name, clinic: clinic.found.name });
  }
  const physician = await findPhysician(cache.people, row, hospital.found);
  if ('problems' in physician) return { problems: [...problems, ...physician.problems] };
  const program = await programOf(db, clinic.found, hospital.found, month, cache);
  if (!program.ok) {
    problems.push(rowProblem(row, program.why, { clinic: clinic.found.name, month, programs: program.codes }));
    return { problems };
  }
  const { first, last } = monthRange(month);
  const startDate = first > program.found.startDate ? first : program.found.startDate;
  const endDate = last < program.found.endDate ? last : program.found.endDate;
  const outside = cells.dates.find((date) => date < startDate || date > endDate);
  if (outside) problems.push(rowProblem(row, 'outsideProgram', { date: outside, startDate, endDate }));
  if (problems.length > 0) return { problems };
  return {
    entry: {
      ...(row.sheet === undefined ? {} : { sheet: row.sheet }),
      rowNumber: row.rowNumber,
      matchedBy: physician.matchedBy,
      program: program.found,
      hospital: { id: hospital.found.id, name: hospital.found.name },
      physician: {
        id: physician.id,
        name: physician.name,
        title: physician.title ?? cells.fileTitle ?? null,
        active: physician.active,
      },
      clinic: { id: clinic.found.id, name: clinic.found.name, regionPath: clinic.found.regionPath },
      month,
      startDate,
      endDate,
      plannedDates: cells.dates,
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
async function findPhysician(
  people: PeopleLookup,
  row: StaffingRow,
  hospital: Institution,
): Promise<(PersonWithHome & { matchedBy: MatchedBy }) | Refused> {
  const name = (row.cells.physician ?? '').replace(/\s+/g, '');
  const phoneText = row.cells.phone;
  if (phoneText !== undefined && !phoneText.includes('*')) {
    if (normalizePhone(phoneText) === null) return problem(row, 'badPhone', { text: phoneText });
    const [byPhone, ...others] = people.withPhone(phoneText);
    if (byPhone && others.length === 0) {
      if (byPhone.name !== name) {
        return problem(row, 'phoneOtherPerson', { phone: maskPhone(phoneText), name, other: byPhone.name });
      }
      if (byPhone.homeInstitutionId !== hospital.id) {
        const other = byPhone.homeInstitution?.name ?? '—';
        return problem(row, 'otherHospital', { name, hospital: hospital.name, other });
      }
      return { ...byPhone, matchedBy: 'phone' };
    }
  }
  const [byName, ...namesakes] = await people.named(hospital.id, name);
  if (!byName) return problem(row, 'physicianUnknown', { name, hospital: hospital.name });
  if (namesakes.length > 0) return problem(row, 'physicianAmbiguous', { name, hospital: hospital.name });
  return { ...byName, matchedBy: 'name' };
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
  const seen = new Map<string, StaffingEntry>();
  const booked = new Map<string, StaffingEntry>();
  for (const entry of entries) {
    const key = `${entry.program.id}|${entry.physician.id}|${entry.clinic.id}|${entry.month}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(rowProblem(entry, 'duplicate', { other: otherRow(entry, earlier), name: entry.physician.name }));
      continue;
    }
    seen.set(key, entry);
    const clash = entry.plannedDates.find((date) => booked.has(`${entry.physician.id}|${date}`));
    if (clash) {
      const other = otherRow(entry, booked.get(`${entry.physician.id}|${clash}`) ?? entry);
      problems.push(rowProblem(entry, 'doubleBookedInFile', { other, name: entry.physician.name, date: clash }));
      continue;
    }
    for (const date of entry.plannedDates) booked.set(`${entry.physician.id}|${date}`, entry);
  }
  return problems;
}

/** The other row a problem names: its number, with its sheet when that is another sheet. */
function otherRow(row: RowPlace, other: RowPlace): string | number {
  return other.sheet === row.sheet ? other.rowNumber : `${other.rowNumber}（${other.sheet ?? ''}）`;
}

/** A problem of a row or an entry. */
export function rowProblem(row: RowPlace, key: string, params: Record<string, string | number>): RowProblem {
  return {
    ...(row.sheet === undefined ? {} : { sheet: row.sheet }),
    rowNumber: row.rowNumber,
    key: `coordinatorImport.row.${key}`,
    params: { row: row.rowNumber, ...params },
  };
}
