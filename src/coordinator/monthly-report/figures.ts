import type { Prisma } from '../../generated/sqlite/client.js';
import type { Title } from '../../generated/sqlite/enums.js';
import type { DbOrTx } from '../../db/client.js';
import { listServiceDayFacts, type ServiceDayFact } from '../../db/queries/workload-facts.js';
import { findProgramById } from '../../db/queries/programs.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { monthRange } from '../../time/local.js';
import { spotCheckOf } from '../../records/service-day-state.js';
import { groupFigures, isDisputedDay, sumFigures, type WorkloadFigures } from '../workload-figures.js';
import type { ClinicRow, PhysicianRow, SpotCheckLine } from './layout.js';

/**
 * The figures of one supporting hospital's monthly workload report, computed from its physicians'
 * service days in the program and month (the same facts every coordinator view folds). The result is
 * plain JSON: it is what a draft or a submission stores in `ReportSubmission.figures`.
 */

/** What a monthly report says, as stored with each draft and submission. */
export interface MonthlyReportData {
  /** Bumped when the stored shape changes. */
  layoutVersion: 1;
  programId: number;
  programName: string;
  hospitalId: number;
  hospitalName: string;
  /** `YYYY-MM`. */
  period: string;
  totals: WorkloadFigures;
  clinics: ClinicRow[];
  physicians: PhysicianRow[];
  /** The program's 每月最低天数 (absent in reports stored before it was recorded). */
  minDaysPerMonth?: number;
  /** The month's spot-checked days (absent in reports stored before they were recorded). */
  spotChecks?: SpotCheckLine[];
}

/** Which report: a program, a supporting hospital, a month. */
export interface ReportSubject {
  program: { id: number; name: string };
  hospital: { id: number; name: string };
  period: string;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

/** Computes a hospital's report of a month from the records. */
export async function computeMonthlyReport(db: DbOrTx, subject: ReportSubject): Promise<MonthlyReportData> {
  const { first, last } = monthRange(subject.period);
  const scope: ViewScope = { all: false, regionPaths: [], supportingInstitutionIds: [subject.hospital.id], within: {} };
  const facts = await listServiceDayFacts(db, { scope, from: first, to: last, programId: subject.program.id });
  const minimum = (await findProgramById(db, subject.program.id))?.minServiceDaysPerMonth ?? 1;
  return {
    layoutVersion: 1,
    programId: subject.program.id,
    programName: subject.program.name,
    hospitalId: subject.hospital.id,
    hospitalName: subject.hospital.name,
    period: subject.period,
    totals: sumFigures(facts),
    clinics: clinicRows(facts),
    physicians: physicianRows(facts, minimum),
    minDaysPerMonth: minimum,
    spotChecks: spotCheckLines(facts),
  };
}

/** The spot-checked days, by date then physician, as the state model reads them. */
function spotCheckLines(facts: readonly ServiceDayFact[]): SpotCheckLine[] {
  return facts.flatMap((fact) => {
    const state = spotCheckOf(fact.record);
    if (state === 'NONE') return [];
    const failed = state === 'FAILED';
    return [
      {
        date: fact.serviceDate,
        physician: fact.physicianName,
        clinic: fact.institutionName,
        failed,
        open: failed && isDisputedDay(fact),
      },
    ];
  });
}

function clinicRows(facts: readonly ServiceDayFact[]): ClinicRow[] {
  return groupFigures(facts, (fact) => ({ key: fact.institutionId, label: fact.institutionName }))
    .map((group) => ({ clinicId: group.key, name: group.label, figures: group.figures }))
    .sort(byName);
}

/**
 * One row per physician and clinic, by clinic then physician; each says whether the physician's days in
 * the month, at all clinics together, reach the program's monthly minimum.
 */
function physicianRows(facts: readonly ServiceDayFact[], minimum: number): PhysicianRow[] {
  const monthDays = new Map<number, number>();
  for (const fact of facts) monthDays.set(fact.physicianId, (monthDays.get(fact.physicianId) ?? 0) + 1);
  const first = new Map<string, ServiceDayFact>();
  const groups = groupFigures(facts, (fact) => {
    const key = `${fact.physicianId}:${fact.institutionId}`;
    if (!first.has(key)) first.set(key, fact);
    return { key, label: fact.physicianName };
  });
  return groups
    .flatMap((group) => {
      const fact = first.get(group.key);
      if (!fact) return [];
      return [
        {
          physicianId: fact.physicianId,
          name: fact.physicianName,
          title: fact.title as Title | null,
          specialty: fact.specialty,
          clinic: fact.institutionName,
          figures: group.figures,
          monthDays: monthDays.get(fact.physicianId) ?? 0,
          meetsMinimum: (monthDays.get(fact.physicianId) ?? 0) >= minimum,
        },
      ];
    })
    .sort((a, b) => a.clinic.localeCompare(b.clinic, 'zh-CN') || byName(a, b));
}

/** Report data as the value of a JSON column. */
export function reportJson(data: MonthlyReportData): Prisma.InputJsonValue {
  return data as unknown as Prisma.InputJsonValue;
}
