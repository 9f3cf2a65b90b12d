import type { Context } from '../core/context.js';
import type { WorkLogMetric } from '../db/queries/work-logs.js';
import { term } from '../i18n/locale.js';
import type { BoundBreach } from './worklog-bounds.js';
import type { WorkLogProblem } from './worklog-parser.js';

/** The glossary word of a work-log figure (`诊疗人次`). */
export function metricWord(ctx: Pick<Context, 'locale'>, metric: WorkLogMetric): string {
  return term(ctx.locale, metric);
}

/** One line per problem of a rejected work log, in the speaker's language. */
export function workLogProblemsText(ctx: Context, problems: readonly WorkLogProblem[]): string {
  return problems.map((problem) => problemLine(ctx, problem)).join('\n');
}

/** One line per value over its hard maximum. */
export function impossibleValuesText(ctx: Context, breaches: readonly BoundBreach[]): string {
  return breaches
    .map((b) =>
      ctx.t('physician.worklog.problem.impossible', {
        metric: metricWord(ctx, b.metric),
        value: b.value,
        limit: b.limit,
      }),
    )
    .join('\n');
}

function problemLine(ctx: Context, problem: WorkLogProblem): string {
  switch (problem.kind) {
    case 'empty':
      return ctx.t('physician.worklog.problem.empty');
    case 'tooLong':
    case 'noteTooLong':
      return ctx.t(`physician.worklog.problem.${problem.kind}`, { max: problem.max });
    case 'unknownLabel':
      return problem.suggestion === undefined
        ? ctx.t('physician.worklog.problem.unknownLabel', { label: problem.label })
        : ctx.t('physician.worklog.problem.unknownLabelSuggest', {
            label: problem.label,
            suggestion: problem.suggestion,
          });
    case 'strayNumber':
      return ctx.t('physician.worklog.problem.strayNumber', { value: problem.value });
    case 'missingValue':
    case 'duplicate':
    case 'tooLarge':
      return ctx.t(`physician.worklog.problem.${problem.kind}`, { metric: metricWord(ctx, problem.metric) });
    case 'notInteger':
    case 'negative':
      return ctx.t(`physician.worklog.problem.${problem.kind}`, {
        metric: metricWord(ctx, problem.metric),
        value: problem.value,
      });
  }
}
