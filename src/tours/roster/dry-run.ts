import { parseTitle } from '../../coordinator/staffing-table/layout.js';
import type { DbOrTx } from '../../db/client.js';
import { findInstitutionById, findInstitutionByNameOrAlias } from '../../db/queries/institutions.js';
import { listActivePeopleByPhones } from '../../db/queries/people.js';
import { findCountiesByName, findTeamByKey, listTourProgramsFrom } from '../../db/queries/tours.js';
import type { Title } from '../../generated/sqlite/enums.js';
import { normalizePhone } from '../../identity/phone.js';
import { mayFileRoster } from '../../permissions/tours.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { checkRoster, type RuleCheck } from '../tour-checks.js';
import { tourRules } from '../tour-rules.js';
import type { RosterRead } from './read.js';

/**
 * The dry run of a roster (annex 2): which hospital and program it is for, each row checked (row-numbered
 * problems, as the staffing table's), and seed 004's rules checked with their figures. Bad rows block the
 * import; a rule not met does not (the roster is filed as it is, and the card says what falls short).
 */

/** One member as the roster names them, checked. */
export interface RosterLine {
  rowNumber: number;
  name: string;
  phone: string;
  post: string;
  title: Title | null;
  specialty: string;
  county: { id: number; name: string } | null;
  /** Already registered (by phone). */
  personId: number | null;
}

/** A problem of one row, or of the file (row 0). */
export interface RosterProblem {
  rowNumber: number;
  key: string;
  params: Record<string, string | number>;
}

/** What the dry run found. */
export interface RosterDryRun {
  fileName: string;
  hospital: { id: number; name: string } | null;
  program: { id: number; name: string } | null;
  /** The existing team, or null when the import creates it. */
  teamId: number | null;
  counties: { id: number; name: string }[];
  filer: { name: string; contact: string };
  lines: RosterLine[];
  /** The member the roster names 队长 (the first, if several), who is made the team's leader on import. */
  leader: RosterLine | null;
  /** The name of the team's sitting leader, who stays when the roster names none. */
  sittingLeader: string | null;
  problems: RosterProblem[];
  checks: RuleCheck[];
}

/** Whether a roster's 职务/职称 names the team leader (队长, not 副队长), e.g. `队长/主任医师`. */
export function namesLeader(post: string): boolean {
  return /(^|[^副])队长/.test(post);
}

/** Checks a roster as read, for a coordinator's scope, on a local date. */
export async function dryRunRoster(
  db: DbOrTx,
  scope: ViewScope,
  read: RosterRead,
  today: string,
): Promise<RosterDryRun> {
  const filer = { name: read.block.filer ?? '', contact: read.block.contact ?? '' };
  const base = {
    fileName: read.fileName,
    filer,
    teamId: null,
    counties: [],
    lines: [],
    leader: null,
    sittingLeader: null,
    checks: [],
  };
  const hospital = await namedHospital(db, scope, read.block.hospital, 'tours.roster');
  if ('problem' in hospital) return { ...base, hospital: null, program: null, problems: [hospital.problem] };
  if (!mayFileRoster(scope, hospital)) {
    const problem = { rowNumber: 0, key: 'tours.roster.notYourHospital', params: { hospital: hospital.name } };
    return { ...base, hospital, program: null, problems: [problem] };
  }
  const programs = await listTourProgramsFrom(db, today, ['PROVINCIAL_TEAM_TOUR']);
  const program = programs[0];
  if (!program) {
    return {
      ...base,
      hospital,
      program: null,
      problems: [{ rowNumber: 0, key: 'tours.roster.noProgram', params: {} }],
    };
  }
  const team = await findTeamByKey(db, { programId: program.id, hospitalId: hospital.id });
  const names = [...new Set(read.rows.map((row) => (row.cells.county ?? '').trim()).filter((name) => name !== ''))];
  const found = await findCountiesByName(db, names.flatMap(countyNameForms));
  const teamCounties = team?.counties.map((c) => ({ id: c.region.id, name: c.region.name }));
  const { lines, problems } = await checkLines(db, read, found, teamCounties);
  const counties = teamCounties ?? uniqueById(lines.flatMap((line) => (line.county ? [line.county] : [])));
  const rules = tourRules(program);
  const checks = checkRoster(rules, {
    specialtyAlone: team?.specialtyAlone ?? false,
    members: lines.map((line) => ({ title: line.title, specialty: line.specialty, county: line.county?.name ?? null })),
    counties: counties.map((county) => county.name),
  });
  return {
    ...base,
    hospital: { id: hospital.id, name: hospital.name },
    program: { id: program.id, name: program.name },
    teamId: team?.id ?? null,
    counties,
    lines,
    leader: lines.find((line) => namesLeader(line.post)) ?? null,
    sittingLeader:
      team?.members.find((m) => team.leaderGrants.some((grant) => grant.personId === m.personId))?.person.name ?? null,
    problems,
    checks,
  };
}

/**
 * The hospital written (the roster's 省属医院, a mobile tour's 医院), else the coordinator's one hospital; a
 * problem's key is `<keys>.unknownHospital`, `.ambiguousHospital` or `.noHospital`.
 */
export async function namedHospital(
  db: DbOrTx,
  scope: ViewScope,
  written: string | undefined,
  keys: 'tours.roster' | 'tours.mobile',
): Promise<{ id: number; name: string; regionPath: string } | { problem: RosterProblem }> {
  if (written !== undefined && written.trim() !== '') {
    const matches = await findInstitutionByNameOrAlias(db, written);
    const [match] = matches;
    if (matches.length === 1 && match) return match;
    const key = `${keys}.${matches.length === 0 ? 'unknownHospital' : 'ambiguousHospital'}`;
    return { problem: { rowNumber: 0, key, params: { hospital: written } } };
  }
  const [own] = scope.supportingInstitutionIds;
  const hospital = scope.supportingInstitutionIds.length === 1 && own ? await findInstitutionById(db, own) : null;
  return hospital ?? { problem: { rowNumber: 0, key: `${keys}.noHospital`, params: {} } };
}

/** `连江` finds 连江县; `漳平` 漳平市. */
export function countyNameForms(name: string): string[] {
  return /[县市区]$/u.test(name) ? [name] : [name, `${name}县`, `${name}市`, `${name}区`];
}

function uniqueById<T extends { id: number }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** Each row checked: a name, a mobile number (not twice), a county of the team's. */
async function checkLines(
  db: DbOrTx,
  read: RosterRead,
  counties: readonly { id: number; name: string }[],
  teamCounties: readonly { id: number; name: string }[] | undefined,
): Promise<{ lines: RosterLine[]; problems: RosterProblem[] }> {
  const phones = read.rows.flatMap((row) => normalizePhone(row.cells.phone ?? '') ?? []);
  const people = new Map((await listActivePeopleByPhones(db, phones)).map((person) => [person.phone, person]));
  const seen = new Map<string, number>();
  const lines: RosterLine[] = [];
  const problems: RosterProblem[] = [];
  for (const { rowNumber, cells } of read.rows) {
    const bad = (key: string, params: Record<string, string | number> = {}) =>
      problems.push({ rowNumber, key, params: { row: rowNumber, ...params } });
    const name = (cells.physician ?? '').trim();
    const countyText = (cells.county ?? '').trim();
    const phone = normalizePhone(cells.phone ?? '');
    const county = counties.find((c) => countyNameForms(countyText).includes(c.name)) ?? null;
    if (name === '') bad('tours.roster.noName');
    if (phone === null) bad('tours.roster.badPhone', { phone: cells.phone ?? '' });
    else if (seen.has(phone)) bad('tours.roster.phoneTwice', { phone, first: seen.get(phone) ?? 0 });
    if (countyText !== '' && !county) bad('tours.roster.unknownCounty', { county: countyText });
    if (county && teamCounties && !teamCounties.some((c) => c.id === county.id)) {
      bad('tours.roster.notTeamCounty', { county: county.name, counties: teamCounties.map((c) => c.name).join('、') });
    }
    if (phone === null || name === '') continue;
    seen.set(phone, rowNumber);
    const known = people.get(phone);
    if (known && known.name !== name) bad('tours.roster.phoneOfOther', { phone, name: known.name });
    const post = (cells.post ?? '').trim();
    const specialty = (cells.specialty ?? '').trim();
    lines.push({
      rowNumber,
      name,
      phone,
      post,
      title: parseTitle(post) ?? null,
      specialty,
      county,
      personId: known?.id ?? null,
    });
  }
  return { lines, problems };
}
