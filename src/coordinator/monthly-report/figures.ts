import type { Prisma } from '../../generated/sqlite/client.js';
import type { Title } from '../../generated/sqlite/enums.js';
import type { DbOrTx } from '../../db/client.js';
import { listServiceDayFacts, type ServiceDayFact } from '../../db/queries/workload-facts.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { monthRange } from '../../time/local.js';
import { groupFigures, sumFigures, type WorkloadFigures } from '../workload-figures.js';
import type { ClinicRow, PhysicianRow } from './layout.js';

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
  return {
    layoutVersion: 1,
    programId: subject.program.id,
    programName: subject.program.name,
    hospitalId: subject.hospital.id,
    hospitalName: subject.hospital.name,
    period: subject.period,
    totals: sumFigures(facts),
    clinics: clinicRows(facts),
    physicians: physicianRows(facts),
  };
}

function clinicRows(facts: readonly ServiceDayFact[]): ClinicRow[] {
  return groupFigures(facts, (fact) => ({ key: fact.institutionId, label: fact.institutionName }))
    .map((group) => ({ clinicId: group.key, name: group.label, figures: group.figures }))
    .sort(byName);
}

/** One row per physician and clinic, by clinic then physician. */
function physicianRows(facts: readonly ServiceDayFact[]): PhysicianRow[] {
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
        },
      ];
    })
    .sort((a, b) => a.clinic.localeCompare(b.clinic, 'zh-CN') || byName(a, b));
}

/** Report data as the value of a JSON column. */
export function reportJson(data: MonthlyReportData): Prisma.InputJsonValue {
  return data as unknown as Prisma.InputJsonValue;
}
