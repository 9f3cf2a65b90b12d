import type { CommandArgs, Context } from '../core/context.js';
import { drawSurvey } from './draw-survey.js';
import { surveyCalls } from './survey-calls.js';
import { exportSurvey } from './survey-export.js';
import { requireSurveyScope } from './survey-load.js';
import { surveyProgress } from './survey-progress.js';

/** The verbs of `/满意度`, by the words people type for them; no verb is the progress card. */
const VERBS: Record<string, typeof drawSurvey> = {
  抽样: drawSurvey,
  draw: drawSurvey,
  记录: surveyCalls,
  record: surveyCalls,
  导出: exportSurvey,
  export: exportSurvey,
};

/**
 * `/满意度 [抽样|记录|导出] …` (`survey`): the year-end satisfaction survey of a bureau's regions. The
 * permission comes first (a bureau or an administrator), then the verb.
 */
export async function runSurvey(ctx: Context, args: CommandArgs): Promise<void> {
  const scope = requireSurveyScope(ctx);
  const [first = '', ...rest] = args.tokens;
  const verb = VERBS[first.toLowerCase()];
  if (verb) await verb(ctx, scope, rest);
  else await surveyProgress(ctx, scope, args.tokens);
}
