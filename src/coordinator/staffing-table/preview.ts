import { CONSEQUENCES, type PreviewLine, type StaffingImportPreview } from '../../../cards/staffing-import-preview.js';
import type { StaffingDryRun } from './dry-run.js';
import type { StaffingPlan } from './plan.js';
import type { RowProblem } from './validate.js';

/** Anything that words message keys (a Context, a Notifier). */
interface Wording {
  t(key: string, params?: Record<string, string | number>): string;
}

/** A row problem worded, with its sheet in front when several sheets were read. */
function problemText(wording: Wording, problem: RowProblem): string {
  return `${problem.sheet === undefined ? '' : `［${problem.sheet}］`}${wording.t(problem.key, problem.params)}`;
}

/** The preview card's view of a dry run (or of a staged or applied plan). */
export function previewOf(
  wording: Wording,
  dryRun: Pick<StaffingDryRun, 'fileName' | 'rowCount' | 'problems' | 'plan' | 'reading' | 'additionsOnlyProblems'>,
  extra: Partial<Pick<StaffingImportPreview, 'state' | 'stagedImportId' | 'closedAt' | 'closedBy' | 'notice'>> = {},
): StaffingImportPreview {
  return {
    fileName: dryRun.fileName,
    rowCount: dryRun.rowCount,
    problems: dryRun.problems.map((p) => problemText(wording, p)),
    ...(dryRun.additionsOnlyProblems
      ? { additionsOnlyProblems: dryRun.additionsOnlyProblems.map((p) => problemText(wording, p)) }
      : {}),
    ...(dryRun.plan ? { plan: previewPlan(dryRun.plan) } : {}),
    ...(dryRun.reading && dryRun.reading.length > 0
      ? { reading: dryRun.reading.map((note) => wording.t(note.key, note.params)) }
      : {}),
    state: 'preview',
    ...extra,
  };
}

function previewPlan(plan: StaffingPlan): NonNullable<StaffingImportPreview['plan']> {
  const lines = (list: StaffingPlan['adds']): PreviewLine[] =>
    list.map(({ rowNumber, sheet, physicianName, hospitalName, clinicName, month, plannedDates, beforeDates }) => ({
      ...(rowNumber === undefined ? {} : { rowNumber: sheet === undefined ? rowNumber : `${sheet} ${rowNumber}` }),
      physicianName,
      hospitalName,
      clinicName,
      month,
      plannedDates,
      ...(beforeDates ? { beforeDates } : {}),
    }));
  return {
    adds: lines(plan.adds),
    changes: lines(plan.changes),
    removals: lines(plan.removals),
    unchanged: plan.unchanged,
  };
}

/**
 * The dry run as plain text, for the command line: how the file was read, counts, then every line with
 * the sentence saying what confirming does to it, or every problem.
 */
export function dryRunText(wording: Wording, dryRun: StaffingDryRun): string {
  const view = previewOf(wording, dryRun);
  const header = [
    `${view.fileName}: ${wording.t('coordinatorImport.card.rows')} ${view.rowCount}`,
    ...(view.reading ?? []),
  ];
  if (!view.plan) {
    const rejected = wording.t('coordinatorImport.card.rejected', { count: view.problems.length });
    return [...header, ...view.problems, rejected].join('\n');
  }
  const section = (key: keyof typeof CONSEQUENCES, list: PreviewLine[]) => [
    `${wording.t(`coordinatorImport.card.${key}`)} ${list.length}`,
    ...(list.length > 0 ? [wording.t(CONSEQUENCES[key], { count: list.length })] : []),
    ...list.map(
      (l) =>
        `  ${l.rowNumber ?? '-'}\t${l.physicianName}\t${l.hospitalName}\t${l.clinicName}\t${l.month}\t${l.plannedDates.join(',')}`,
    ),
  ];
  return [
    ...header,
    ...section('adds', view.plan.adds),
    ...section('changes', view.plan.changes),
    ...section('removals', view.plan.removals),
    `${wording.t('coordinatorImport.card.unchanged')} ${view.plan.unchanged}`,
  ].join('\n');
}
