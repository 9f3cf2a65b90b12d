import type { DbOrTx } from '../db/client.js';
import {
  listTourProgramsFrom,
  listTourTeams,
  tallyPlanDays,
  type PlanDayTally,
  type TourTeamRow,
} from '../db/queries/tours.js';
import type { Program } from '../generated/sqlite/client.js';
import { isWithinRegionPath } from '../permissions/region-path.js';
import { maySeeTeam } from '../permissions/tours.js';
import type { ViewScope } from '../permissions/view-scope.js';
import { addDays, localDate } from '../time/local.js';
import {
  checkFilings,
  checkRoster,
  checkTownships,
  checkWeeks,
  checkWindow,
  type RuleCheck,
  type TitleLevel,
} from './tour-checks.js';
import { tourFigures, type TourFigures } from './tour-figures.js';
import { tourRules, type TourRules } from './tour-rules.js';

/**
 * What `/巡回` shows: every team of the tour program the coordinator sees, per county toured, with the
 * figures of `tour-figures.ts` and the checks of `tour-checks.ts`; and one team in full for the drill-down.
 */

/** One team in one of its counties. */
export interface TeamCountyView {
  county: { id: number; name: string };
  figures: TourFigures;
}

/** One team with its counties, filings and rule checks. */
export interface TeamView {
  teamId: number;
  hospital: string;
  label: string;
  vehicle: string | null;
  members: number;
  figures: TourFigures;
  counties: TeamCountyView[];
  filed: { roster: string | null; plan: string | null; summary: string | null };
  /** Filings late or missing (the failed deadline checks). */
  late: RuleCheck[];
  /** Every rule checked: roster, weeks, townships, window, deadlines. */
  checks: RuleCheck[];
}

/** The program shown, its rules and its teams in scope. */
export interface TourOverview {
  program: Pick<Program, 'id' | 'code' | 'name' | 'kind' | 'startDate' | 'endDate'>;
  rules: TourRules;
  today: string;
  teams: TeamView[];
}

/** How long after its end a program is still the one `/巡回` shows (its summary is due then). */
const SHOWN_AFTER_END_DAYS = 60;

/** The tour program `/巡回` shows on a day: the one running, else the next, else the last ended recently. */
export async function currentTourProgram(db: DbOrTx, today: string): Promise<Program | null> {
  const programs = await listTourProgramsFrom(db, addDays(today, -SHOWN_AFTER_END_DAYS));
  return (
    programs.find((p) => p.startDate <= today && p.endDate >= today) ??
    programs.find((p) => p.startDate > today) ??
    programs.at(-1) ??
    null
  );
}

/** The overview of a tour program for a scope at an instant. */
export async function tourOverview(
  db: DbOrTx,
  scope: ViewScope,
  program: Program,
  at: { now: Date; timeZone: string },
): Promise<TourOverview> {
  const today = localDate(at.now, at.timeZone);
  const rules = tourRules(program);
  const teams = (await listTourTeams(db, [program.id])).filter((team) =>
    maySeeTeam(scope, {
      hospitalId: team.hospitalId,
      hospitalRegionPath: team.hospital.regionPath,
      countyPaths: team.counties.map((c) => c.region.path),
      leaderId: team.leaderId,
    }),
  );
  const tallies = await tallyPlanDays(
    db,
    teams.map((team) => team.id),
  );
  const byTeam = new Map<number, PlanDayTally[]>();
  for (const tally of tallies) byTeam.set(tally.teamId, [...(byTeam.get(tally.teamId) ?? []), tally]);
  const views = teams.map((team) =>
    teamView(rules, program, team, byTeam.get(team.id) ?? [], { today, timeZone: at.timeZone }),
  );
  const { id, code, name, kind, startDate, endDate } = program;
  return { program: { id, code, name, kind, startDate, endDate }, rules, today, teams: views };
}

function teamView(
  rules: TourRules,
  program: Program,
  team: TourTeamRow,
  days: readonly PlanDayTally[],
  when: { today: string; timeZone: string },
): TeamView {
  const { today, timeZone } = when;
  const day = (instant: Date | null) => (instant ? localDate(instant, timeZone) : null);
  const filed = { roster: day(team.rosterFiledAt), plan: day(team.planFiledAt), summary: day(team.summaryFiledAt) };
  const figures = tourFigures(rules, days, today);
  const counties = team.counties.map(({ region }) => ({
    county: { id: region.id, name: region.name },
    figures: tourFigures(
      rules,
      days.filter((d) => isWithinRegionPath(d.institution.regionPath, region.path)),
      today,
    ),
  }));
  const filings = checkFilings(rules, filed, today);
  const roster = team.vehicle
    ? []
    : checkRoster(rules, {
        specialtyAlone: team.specialtyAlone,
        members: team.members.map((m) => ({
          title: m.person.title as TitleLevel | null,
          specialty: m.specialty,
          county: team.counties.find((c) => c.region.id === m.countyId)?.region.name ?? null,
        })),
        counties: team.counties.map((c) => c.region.name),
      });
  return {
    teamId: team.id,
    hospital: team.hospital.name,
    label: team.label,
    vehicle: team.vehicle,
    members: team.members.length,
    figures,
    counties,
    filed,
    late: filings.filter((check) => !check.ok),
    checks: [
      ...roster,
      checkWeeks(rules, figures.tourDays),
      checkTownships(rules, figures.townshipsCovered),
      checkWindow(
        program,
        days.map((d) => d.date),
      ),
      ...filings,
    ],
  };
}
