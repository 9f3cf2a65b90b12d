import type { CommandDefinition } from '../core/context.js';
import { runSurvey } from '../survey/run-survey.js';

/** `/满意度 [抽样|记录|导出] …` (`survey`): the bureau's year-end satisfaction phone survey. */
export const surveyCommand: CommandDefinition = {
  name: '满意度',
  aliases: ['survey', 'satisfaction'],
  summaryKey: 'survey.summary',
  usageKey: 'survey.usage',
  audience: ['REGION_COORDINATOR', 'ADMIN'],
  run: runSurvey,
};
