import type { CardActionDefinition } from '../core/context.js';
import { recordSurveyCall } from '../survey/record-call.js';

/** 记录 on a `/满意度 记录` card's form: value `{ itemId }`, form `{ result, note }`. */
export const surveyCallAction: CardActionDefinition = {
  action: 'survey.call',
  audience: ['REGION_COORDINATOR', 'ADMIN'],
  run: recordSurveyCall,
};
