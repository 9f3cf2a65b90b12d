import type { Context } from '../core/context.js';
import { groupFigures, sumFigures, type FigureGroup, type WorkloadFigures } from '../coordinator/workload-figures.js';
import type { PersonWithHome } from '../db/queries/people.js';
import { listProgramsOfPhysicianDays } from '../db/queries/service-record.js';
import { listServiceDayFacts, type ServiceDayFact } from '../db/queries/workload-facts.js';
import type { ViewScope } from '../permissions/view-scope.js';
import { titleLabel } from '../physician/person-labels.js';
import { periodRange, type RecordPeriod } from './record-period.js';
import { requirementProgress, type RequirementProgress } from './record-requirement.js';

/**
 * A physician's service record as every view of it shows it (the card, the workbook, the printable
 * page): who, which period, the catalogue's figures in total and per year, program and clinic, and the
 * progress toward the requirements their programs set.
 */
export interface ServiceRecordView {
  physician: { id: number; name: string; hospital: string; title: string; specialty: string };
  period: RecordPeriod;
  periodLabel: string;
  totals: WorkloadFigures;
  byYear: FigureGroup<string>[];
  byProgram: FigureGroup<number>[];
  byClinic: FigureGroup<number>[];
  requirements: RequirementProgress[];
  /** The period's days as facts, by date (the workbook and page list them). */
  facts: ServiceDayFact[];
}

/** The service-day figures a record shows, by evidence strength, in the catalogue's words. */
export const RECORD_DAY_FIGURES = [
  'serviceDays',
  'deviceVerifiedDays',
  'locationMessageDays',
  'unverifiedDays',
  'confirmedDays',
  'correctedDays',
] as const satisfies readonly (keyof WorkloadFigures)[];

/** A record is about one physician wherever they served: no scope beyond the physician filter. */
const EVERYWHERE: ViewScope = { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} };

/** The record of `subject` over `period`, figures folded by the catalogue. */
export async function serviceRecordView(
  ctx: Pick<Context, 'db' | 'locale' | 't'>,
  subject: PersonWithHome,
  period: RecordPeriod,
): Promise<ServiceRecordView> {
  const everything = periodRange({ kind: 'all' });
  const [allFacts, programs] = await Promise.all([
    listServiceDayFacts(ctx.db, { scope: EVERYWHERE, ...everything, physicianId: subject.id }),
    listProgramsOfPhysicianDays(ctx.db, subject.id),
  ]);
  const { from, to } = periodRange(period);
  const facts = allFacts.filter((fact) => fact.serviceDate >= from && fact.serviceDate <= to);
  const programNames = new Map(programs.map((p) => [p.id, p.name]));
  const byYear = groupFigures(facts, (fact) => ({
    key: fact.serviceDate.slice(0, 4),
    label: fact.serviceDate.slice(0, 4),
  }));
  return {
    physician: {
      id: subject.id,
      name: subject.name,
      hospital: subject.homeInstitution?.name ?? '',
      title: titleLabel(ctx.locale, subject.title) ?? '',
      specialty: subject.specialty ?? '',
    },
    period,
    periodLabel:
      period.kind === 'all'
        ? ctx.t('serviceRecord.period.all')
        : ctx.t('serviceRecord.period.year', { year: period.year }),
    totals: sumFigures(facts),
    byYear: byYear.sort((a, b) => a.key.localeCompare(b.key)),
    byProgram: groupFigures(facts, (fact) => ({
      key: fact.programId,
      label: programNames.get(fact.programId) ?? String(fact.programId),
    })),
    byClinic: groupFigures(facts, (fact) => ({ key: fact.institutionId, label: fact.institutionName })),
    requirements: requirementProgress(programs, allFacts),
    facts,
  };
}
