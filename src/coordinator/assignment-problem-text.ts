import type { Institution, Program } from '../generated/sqlite/client.js';
import type { Context } from '../core/context.js';
import { findInstitutionById } from '../db/queries/institutions.js';
import type { PersonWithHome } from '../db/queries/people.js';
import { titleLabel } from '../physician/person-labels.js';
import type { AssignmentProblem } from './assignment-rules.js';

/** What an assignment refusal talks about. */
export interface ProblemSubject {
  physician: PersonWithHome;
  clinic: Institution;
  program: Program;
}

/** A local date as people say it: `12月3日`. */
export function dayLabel(ctx: Pick<Context, 't'>, date: string): string {
  return ctx.t('coordinator.assign.day', { date, month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) });
}

/** One line per problem, in the order the rules report them, each saying what stands in the way. */
export async function describeAssignmentProblems(
  ctx: Context,
  problems: readonly AssignmentProblem[],
  subject: ProblemSubject,
): Promise<string> {
  const lines = await Promise.all(problems.map((problem) => problemLine(ctx, problem, subject)));
  return lines.map((line) => `· ${line}`).join('\n');
}

async function problemLine(ctx: Context, problem: AssignmentProblem, subject: ProblemSubject): Promise<string> {
  const physician = subject.physician.name;
  switch (problem.code) {
    case 'PHYSICIAN_INACTIVE':
      return ctx.t('coordinator.assign.problem.inactive', { physician });
    case 'TITLE_TOO_LOW': {
      const title = titleLabel(ctx.locale, subject.physician.title);
      const minTitle = titleLabel(ctx.locale, problem.minTitle) ?? problem.minTitle;
      return title === undefined
        ? ctx.t('coordinator.assign.problem.titleUnknown', { physician, minTitle })
        : ctx.t('coordinator.assign.problem.titleTooLow', { physician, title, minTitle });
    }
    case 'NOT_A_RECIPIENT':
      return ctx.t('coordinator.assign.problem.notRecipient', {
        clinic: subject.clinic.name,
        program: subject.program.name,
      });
    case 'OUTSIDE_PROGRAM':
      return ctx.t('coordinator.assign.problem.outsideProgram', {
        program: subject.program.name,
        from: problem.startDate,
        to: problem.endDate,
      });
    case 'DATE_CONFLICT': {
      const other = await findInstitutionById(ctx.db, problem.institutionId);
      return ctx.t('coordinator.assign.problem.dateConflict', {
        day: dayLabel(ctx, problem.date),
        physician,
        clinic: other?.name ?? String(problem.institutionId),
      });
    }
  }
}
