import { addDays, addMonths } from '../time/local.js';
import { CLINICS } from './clinics.js';
import { HEALTH_BUREAUS, LOCAL_HOSPITALS, PROVINCIAL_HOSPITALS, type DemoInstitution } from './institutions.js';
import type { DemoPerson } from './people.js';
import { PHYSICIANS, SCHEDULABLE_PHYSICIANS, type DemoPhysician } from './physicians.js';
import { currentProgram, HISTORY_PROGRAM, HISTORY_YEAR, type DemoProgram } from './programs.js';
import { DEMO_REGIONS, type DemoRegion } from './regions.js';
import { mustGet } from './must-get.js';
import { buildObligations, type ScheduledObligation } from './reports.js';
import { buildSchedule, type ScheduledAssignment } from './schedule.js';
import { buildServiceDays, type ScheduledServiceDay } from './service-days.js';
import { STAFF } from './staff.js';

/** Everything the demo loads, for one `today`. */
export interface DemoDataset {
  today: string;
  regions: readonly DemoRegion[];
  institutions: readonly DemoInstitution[];
  people: readonly DemoPerson[];
  /** The program of today's year. */
  current: DemoProgram;
  /** The history program (when today is past its year) and the current one. */
  programs: DemoProgram[];
  assignments: ScheduledAssignment[];
  serviceDays: ScheduledServiceDay[];
  obligations: ScheduledObligation[];
}

/** Every demo person: the staff first (the order of the identities listing), then the physicians. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [...STAFF, ...PHYSICIANS];

/** Physicians planned today (so a newcomer acting as one can check in right away) and tomorrow. */
export const PLANNED_TODAY = ['chen_ming', 'lin_xiaoyan', 'huang_zhiqiang'] as const;
/** Physicians planned tomorrow. */
export const PLANNED_TOMORROW = ['wu_lihua', 'zhang_wei'] as const;

/** The supporting hospital that has let its latest due monthly report become overdue. */
const OVERDUE_HOSPITAL = 'zhangping_tcm';

/** How many months before today's the monthly reports go back. */
const REPORT_MONTHS = 3;

const institutionsByKey = new Map(
  [...PROVINCIAL_HOSPITALS, ...LOCAL_HOSPITALS, ...HEALTH_BUREAUS, ...CLINICS].map((i) => [i.key, i]),
);
const physiciansByKey = new Map(PHYSICIANS.map((p) => [p.key, p]));

const lookup = {
  clinic: (key: string): DemoInstitution => mustGet(institutionsByKey, key, 'institution'),
  physician: (key: string): DemoPhysician => mustGet(physiciansByKey, key, 'physician'),
};

/**
 * The months of the current program with monthly reports due: the few before today's, not before the
 * program started.
 */
function reportPeriods(program: DemoProgram, month: string): string[] {
  const periods = Array.from({ length: REPORT_MONTHS }, (_, i) => addMonths(month, i - REPORT_MONTHS));
  return periods.filter((p) => p >= program.startDate.slice(0, 7));
}

/** The current program's schedule, its past days and its monthly reports. */
function currentYear(program: DemoProgram, today: string, timeZone: string) {
  const month = today.slice(0, 7);
  const base = {
    programCode: program.code,
    clinicKeys: program.recipientKeys,
    physicians: SCHEDULABLE_PHYSICIANS,
    perClinic: [2, 4] as const,
    leading: [...PLANNED_TODAY, ...PLANNED_TOMORROW],
    today,
    timeZone,
  };
  const assignments = buildSchedule({
    ...base,
    months: [-1, 0, 1].map((i) => addMonths(month, i)),
    pinned: [
      { date: today, physicianKeys: PLANNED_TODAY },
      { date: addDays(today, 1), physicianKeys: PLANNED_TOMORROW },
    ],
  });
  const serviceDays = buildServiceDays(assignments, lookup, today, timeZone);
  const periods = reportPeriods(program, month);
  // Months reported on before the loaded window: their days are generated the same way but not
  // loaded, so the reports carry plausible figures.
  const earlier = buildSchedule({ ...base, months: periods.filter((p) => p < addMonths(month, -1)) });
  const reported = [...buildServiceDays(earlier, lookup, today, timeZone), ...serviceDays];
  const obligations = buildObligations({
    programCode: program.code,
    hospitalKeys: program.supportingKeys,
    periods,
    reportDueDay: program.reportDueDay,
    homeOf: (key) => lookup.physician(key).homeInstitutionKey,
    serviceDays: reported,
    overdueHospitalKey: OVERDUE_HOSPITAL,
    today,
    timeZone,
  });
  return { assignments, serviceDays, obligations };
}

/** The history program: two autumn months at a few clinics, every day long past, every report in. */
function history(timeZone: string) {
  const program = HISTORY_PROGRAM;
  const after = `${HISTORY_YEAR + 1}-01-01`;
  const months = [`${HISTORY_YEAR}-09`, `${HISTORY_YEAR}-10`];
  const assignments = buildSchedule({
    programCode: program.code,
    months,
    clinicKeys: program.recipientKeys.slice(0, 4),
    physicians: SCHEDULABLE_PHYSICIANS,
    perClinic: [1, 1],
    today: after,
    timeZone,
  });
  const serviceDays = buildServiceDays(assignments, lookup, after, timeZone);
  const obligations = buildObligations({
    programCode: program.code,
    hospitalKeys: program.supportingKeys,
    periods: months,
    reportDueDay: program.reportDueDay,
    homeOf: (key) => lookup.physician(key).homeInstitutionKey,
    serviceDays,
    overdueHospitalKey: null,
    today: after,
    timeZone,
  });
  return { program, assignments, serviceDays, obligations };
}

/**
 * The whole demo dataset for a local date in a time zone. Pure and deterministic: the same `today`
 * gives the same data, and days already past stay the same as `today` moves on.
 */
export function buildDemoDataset(today: string, timeZone: string): DemoDataset {
  const program = currentProgram(today);
  const now = currentYear(program, today, timeZone);
  // In the history year itself there is no separate history.
  const past = program.code === HISTORY_PROGRAM.code ? null : history(timeZone);
  return {
    today,
    regions: DEMO_REGIONS,
    institutions: [...institutionsByKey.values()],
    people: DEMO_PEOPLE,
    current: program,
    programs: past ? [past.program, program] : [program],
    assignments: [...(past?.assignments ?? []), ...now.assignments],
    serviceDays: [...(past?.serviceDays ?? []), ...now.serviceDays],
    obligations: [...(past?.obligations ?? []), ...now.obligations],
  };
}
