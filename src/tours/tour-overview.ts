import type { DbOrTx } from '../db/client.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
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
import { TOUR_KINDS, type TourKind } from '../domain/tour-kinds.js';
import {
  checkFilings,
  checkMobileTours,
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

/** A program shown, its rules and its teams in scope. */
export interface ProgramTours {
  program: Pick<Program, 'id' | 'code' | 'name' | 'kind' | 'startDate' | 'endDate'>;
  rules: TourRules;
  today: string;
  teams: TeamView[];
}

/**
 * The mobile-hospital tours (seed 000) shown beside the provincial teams: each tour a team with a vehicle,
 * and the rule "移动医院"巡诊至少两次 checked on the tours held (with a day on tour) in the scope.
 */
export interface MobileTours extends ProgramTours {
  rule: RuleCheck;
}

/** What `/巡回` shows: the provincial teams' program, and the mobile-hospital tours when a program runs. */
export interface TourOverview extends ProgramTours {
  mobile: MobileTours | null;
}

/** A team's name on the cards and in the export: its hospital, and a mobile-hospital tour's 第N次 after it. */
export function teamName(locale: Locale, team: Pick<TeamView, 'hospital' | 'label' | 'vehicle'>): string {
  return team.vehicle === null
    ? team.hospital
    : t(locale, 'tours.mobile.name', { hospital: team.hospital, label: team.label });
}

/** How long after its end a program is still the one `/巡回` shows (its summary is due then). */
const SHOWN_AFTER_END_DAYS = 60;

/**
 * The tour program of some kinds `/巡回` shows on a day: the one running, else the next, else the last ended
 * recently.
 */
export async function currentTourProgram(
  db: DbOrTx,
  today: string,
  kinds: readonly TourKind[] = TOUR_KINDS,
): Promise<Program | null> {
  const programs = await listTourProgramsFrom(db, addDays(today, -SHOWN_AFTER_END_DAYS), kinds);
  return (
    programs.find((p) => p.startDate <= today && p.endDate >= today) ??
    programs.find((p) => p.startDate > today) ??
    programs.at(-1) ??
    null
  );
}

/** The overview of a tour program for a scope at an instant, with the mobile-hospital program's tours. */
export async function tourOverview(
  db: DbOrTx,
  scope: ViewScope,
  programs: { main: Program; mobile: Program | null },
  at: { now: Date; timeZone: string },
): Promise<TourOverview> {
  const mobile = programs.mobile ? await programTours(db, scope, programs.mobile, at) : null;
  const mobileTours = mobile && {
    ...mobile,
    rule: checkMobileTours(mobile.rules, mobile.teams.filter((team) => team.figures.tourDays > 0).length),
  };
  // Without a provincial program the mobile one heads the card, its tours shown once, in their own section.
  if (mobile && programs.mobile?.id === programs.main.id) return { ...mobile, teams: [], mobile: mobileTours };
  return { ...(await programTours(db, scope, programs.main, at)), mobile: mobileTours };
}

/** One program's teams in scope with their figures and checks. */
async function programTours(
  db: DbOrTx,
  scope: ViewScope,
  program: Program,
  at: { now: Date; timeZone: string },
): Promise<ProgramTours> {
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
